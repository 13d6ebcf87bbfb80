/**
 * Plain-text tables for the terminal. Vietnamese text is NFC, so one code point is one column. A
 * control character in a cell is shown as its symbol (␛), never sent raw to the terminal.
 */
import { textForTerminal } from '../../shared/text/escape-output';

export type Column = { title: string; max?: number };

function width(text: string): number {
  return [...text].length;
}

function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function renderTable(columns: Column[], rows: string[][]): string {
  const cells = rows.map((row) =>
    row.map((cell, i) => fit(textForTerminal(cell.replace(/\s+/g, ' ')), columns[i]?.max ?? 80)),
  );
  const widths = columns.map((c, i) => Math.max(width(c.title), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (values: string[]) =>
    values
      .map((v, i) => v + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(v))))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.title)),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...cells.map(line),
  ].join('\n');
}
