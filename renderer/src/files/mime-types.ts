/** The type a browser download is labelled with, from the file's extension. */
const MIME_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xml: 'application/xml',
  ics: 'text/calendar',
  pdf: 'application/pdf',
  png: 'image/png',
  sqlite: 'application/vnd.sqlite3',
  txt: 'text/plain',
  zip: 'application/zip',
};

export function mimeTypeOf(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** The `accept` attribute of a file input for the given filters: ".docx,.txt". */
export function acceptAttribute(filters: readonly { extensions: readonly string[] }[]): string {
  return filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
}
