/**
 * What an output format cannot carry, made harmless where the text leaves the app. Input is already
 * sanitised (sanitize-text.ts); these guard the writers against text stored before that was so.
 */

/** XML 1.0 (SVG) cannot hold these even as character references; resvg refuses the whole picture. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text an XML document (SVG, ICS text values) can carry: invalid characters and direction overrides removed. */
export function textForXml(text: string): string {
  return text.replace(NOT_IN_XML, '').replace(BIDI_CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Text for a terminal: a control character is shown as its visible symbol (ESC → ␛, BEL → ␇) so
 * that it can neither move the cursor, recolour the screen nor set the window title; direction
 * overrides are removed.
 */
export function textForTerminal(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
      .replace(/\u007f/g, '\u2421')
      .replace(/[\u0080-\u009f]/g, '\ufffd')
      .replace(BIDI_CONTROLS, '')
      .replace(LONE_SURROGATE, '\ufffd')
  );
}

/** Several lines for a terminal: each line as textForTerminal makes it, the line breaks kept. */
export function linesForTerminal(text: string): string {
  return text.split('\n').map(textForTerminal).join('\n');
}
