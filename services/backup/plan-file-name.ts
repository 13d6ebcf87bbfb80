/** The name offered when saving the plan to a file: readable, and sorted by date in a folder. */
export function planFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `Kế hoạch Tòa án điện tử ${day}.sqlite`;
}
