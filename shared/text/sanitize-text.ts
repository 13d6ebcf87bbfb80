/**
 * Text from outside (the API, an imported file) made safe to keep, show and write into any document.
 * Control characters (ESC, BEL …) make Word, SVG and PDF writers fail and reach a terminal raw;
 * bidirectional embeddings, overrides and isolates make a name display reversed ("exe.png" shown for
 * a file really named "gnp.exe"). Neither has a place in a plan's text, so both are removed here,
 * once, where text enters. Tab and line breaks are kept only where a field holds several lines.
 */

/** C0 controls except tab and line breaks, DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the invisible direction marks. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/** Half of a UTF-16 pair without its other half: no encoding can store it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const withoutInvisibles = (text: string) =>
  text.replace(CONTROLS, '').replace(BIDI_CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');

/** For a field of several lines (notes, results): line ends become "\n", tab stays, a page break is a line end. */
export function sanitizeMultiline(text: string): string {
  return withoutInvisibles(text.replace(/\r\n?|[\f\v\u2028\u2029\u0085]/g, '\n'));
}

/** For a one-line field (a title, a name): any line break or tab becomes a space. */
export function sanitizeLine(text: string): string {
  return withoutInvisibles(text.replace(/\r\n|[\r\n\t\f\v\u2028\u2029\u0085]/g, ' '));
}

/**
 * Every string in a plain value (objects, arrays) made multiline-safe, in place where it is a
 * fresh object: for results that come out of a parser, which are built for this call alone.
 */
export function sanitizeStringsDeep<T>(value: T): T {
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return sanitizeMultiline(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = visit(node[i]);
      return node;
    }
    if (node !== null && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = visit(record[key]);
    }
    return node;
  };
  return visit(value) as T;
}
