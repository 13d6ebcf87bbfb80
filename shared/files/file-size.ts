/**
 * The one way a file's size is written to a person, in the window, the command line and every
 * refusal: "900 byte", "856 KB", "12,4 MB" (Vietnamese decimal comma). A size is never "0,0 MB".
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}
