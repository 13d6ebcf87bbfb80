/** Reads a generated .docx in tests: it is a zip of XML parts, opened with fflate (docx's own zip library). */
import { strFromU8, unzipSync } from 'fflate';

export type Docx = {
  names: string[];
  /** The XML of a part such as "word/document.xml". */
  xml(name: string): string;
  has(name: string): boolean;
  /** The bytes of a part, such as a picture in word/media. */
  file(name: string): Buffer;
};

export function openDocx(data: Uint8Array): Docx {
  const files = unzipSync(data);
  return {
    names: Object.keys(files),
    has: (name) => name in files,
    file: (name) => {
      const file = files[name];
      if (!file) throw new Error(`No part ${name} in the document`);
      return Buffer.from(file);
    },
    xml: (name) => {
      const file = files[name];
      if (!file) throw new Error(`No part ${name} in the document`);
      return strFromU8(file);
    },
  };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The text of each paragraph, its runs joined, as a reader sees it. */
export function paragraphTexts(xml: string): string[] {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) =>
    decodeEntities(
      (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
    ),
  );
}

/** Table rows (w:tr elements), each with the texts of its cells. */
export function tableRows(xml: string): { xml: string; cells: string[] }[] {
  return (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => ({
    xml: row,
    cells: (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => paragraphTexts(cell).join('\n')),
  }));
}

/** Every section's properties, in document order. */
export function sections(xml: string): string[] {
  return xml.match(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g) ?? [];
}

/** The attributes of the first `tag` element in a fragment, as a map. */
export function attributes(fragment: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}( [^>]*)?/?>`).exec(fragment)?.[1] ?? '';
  return Object.fromEntries([...element.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** The header part a section refers to for a type ("first", "default"). */
export function headerPart(docx: Docx, section: string, type: 'first' | 'default'): string {
  const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(section)?.[1];
  if (!id) throw new Error(`Section without a ${type} header`);
  const rels = docx.xml('word/_rels/document.xml.rels');
  const target =
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!target) throw new Error(`No relationship ${id}`);
  return docx.xml(`word/${target}`);
}
