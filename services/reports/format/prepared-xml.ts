/**
 * Long, repetitive parts of a report (the results table, the lists of overdue and upcoming tasks)
 * handed to docx as finished element trees, in the form docx's `XmlComponent.prepForXml` gives and
 * its writer reads: `{ 'w:p': [ { 'w:pPr': [...] }, ... ] }`, attributes under `_attr`, text as
 * strings (docx escapes both when it writes). Built from docx's Paragraph/TextRun/Table objects,
 * each run and cell is a tree of small objects that docx walks again when writing, which took
 * most of a large report's time. The XML is the same: tests/reports compares the two.
 */
import { FileChild, type IXmlableObject } from 'docx';

export type Xml = IXmlableObject;

export const empty = (name: string): Xml => ({ [name]: {} });

export const attrs = (name: string, values: Record<string, string | number>): Xml => ({
  [name]: { _attr: values },
});

const PRESERVE_SPACE: Xml = { _attr: { 'xml:space': 'preserve' } };
/** `<w:t xml:space="preserve">text</w:t>` (the attribute shared: docx only reads the trees it is given). */
export const textElement = (text: string): Xml => ({ 'w:t': [PRESERVE_SPACE, text] });

/** A finished block element (w:p, w:tbl), placed in a section like docx's Paragraph or Table. */
export class PreparedElement extends FileChild {
  constructor(
    name: string,
    private readonly element: Xml,
  ) {
    super(name);
  }

  override prepForXml(): Xml {
    return this.element;
  }
}
