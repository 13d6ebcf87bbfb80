/**
 * The font the timeline picture is drawn with: Be Vietnam Pro (SIL OFL), shipped as TrueType in
 * an npm package, so the picture looks the same offline on Windows and Linux. resvg reads
 * TrueType/OpenType files only (no woff2), and only real files: in a packaged app the package must
 * be unpacked beside app.asar (electron-builder `asarUnpack`); without it, system fonts are used.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';
const FONT_FILES = [
  '400Regular/BeVietnamPro_400Regular.ttf',
  '400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf',
  '700Bold/BeVietnamPro_700Bold.ttf',
  '700Bold_Italic/BeVietnamPro_700Bold_Italic.ttf',
];

export const SHIPPED_FONT_FAMILY = 'Be Vietnam Pro';

/**
 * Where native code can read a file: a path inside app.asar is only readable by Electron's own fs,
 * so its copy in app.asar.unpacked is taken, or nothing.
 */
export function readableFontPath(file: string, exists: (file: string) => boolean): string | null {
  const inArchive = `${path.sep}app.asar${path.sep}`;
  if (!file.includes(inArchive)) return exists(file) ? file : null;
  const unpacked = file.replace(inArchive, `${path.sep}app.asar.unpacked${path.sep}`);
  return exists(unpacked) ? unpacked : null;
}

let cached: string[] | undefined;

/** Paths of the shipped font files; empty when they cannot be read (the SVG's system fonts are used then). */
export function shippedFontFiles(): string[] {
  if (cached) return cached;
  // __filename, not import.meta: the CLI and Electron main are bundled to CommonJS.
  const require = createRequire(__filename);
  cached = FONT_FILES.flatMap((file) => {
    try {
      const readable = readableFontPath(require.resolve(`${FONT_PACKAGE}/${file}`), fs.existsSync);
      return readable === null ? [] : [readable];
    } catch {
      return [];
    }
  });
  return cached;
}

/**
 * A TrueType file without its hinting (the instructions in each glyph, fpgm, prep, cvt, gasp) and
 * without its glyph names (post format 3); null when it is not a plain TrueType file. resvg does not
 * hint, so the glyphs draw the same; the file is about half the size.
 */
export function withoutHinting(font: Buffer): Buffer | null {
  try {
    if (font.readUInt32BE(0) !== 0x00010000) return null;
    const tables = new Map<string, Buffer>();
    for (let i = 0; i < font.readUInt16BE(4); i++) {
      const at = 12 + 16 * i;
      const offset = font.readUInt32BE(at + 8);
      tables.set(
        font.toString('latin1', at, at + 4),
        font.subarray(offset, offset + font.readUInt32BE(at + 12)),
      );
    }
    const head = tables.get('head');
    const maxp = tables.get('maxp');
    const loca = tables.get('loca');
    const glyf = tables.get('glyf');
    const post = tables.get('post');
    if (!head || !maxp || !loca || !glyf || !post) return null;
    const longOffsets = head.readInt16BE(50) === 1;
    const glyphCount = maxp.readUInt16BE(4);
    const offset = (i: number) => (longOffsets ? loca.readUInt32BE(4 * i) : 2 * loca.readUInt16BE(2 * i));
    const glyphs: Buffer[] = [];
    const newLoca = Buffer.alloc(4 * (glyphCount + 1));
    let length = 0;
    for (let g = 0; g < glyphCount; g++) {
      let glyph = glyf.subarray(offset(g), offset(g + 1));
      const contours = glyph.length > 0 ? glyph.readInt16BE(0) : -1;
      if (contours >= 0) {
        // A simple glyph: header, contour ends, instruction length and instructions, then the points.
        const instructions = 10 + 2 * contours;
        glyph = Buffer.concat([
          glyph.subarray(0, instructions),
          Buffer.alloc(2),
          glyph.subarray(instructions + 2 + glyph.readUInt16BE(instructions)),
        ]);
      }
      glyphs.push(glyph, Buffer.alloc((4 - (glyph.length % 4)) % 4));
      length += glyph.length + ((4 - (glyph.length % 4)) % 4);
      newLoca.writeUInt32BE(length, 4 * (g + 1));
    }
    const newHead = Buffer.from(head);
    newHead.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    newHead.writeInt16BE(1, 50); // long loca offsets
    const newPost = Buffer.from(post.subarray(0, 32));
    newPost.writeUInt32BE(0x00030000, 0);
    for (const tag of ['fpgm', 'prep', 'cvt ', 'gasp', 'hdmx', 'LTSH', 'VDMX']) tables.delete(tag);
    tables.set('head', newHead).set('loca', newLoca).set('glyf', Buffer.concat(glyphs)).set('post', newPost);
    return assembleFont(tables);
  } catch {
    return null;
  }
}

function checksum(data: Buffer): number {
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function assembleFont(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const directory = Buffer.alloc(12 + 16 * tags.length);
  let selector = 0;
  while (2 << selector <= tags.length) selector += 1;
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(tags.length, 4);
  directory.writeUInt16BE(16 << selector, 6);
  directory.writeUInt16BE(selector, 8);
  directory.writeUInt16BE(tags.length * 16 - (16 << selector), 10);
  const bodies: Buffer[] = [];
  let offset = directory.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const at = 12 + 16 * i;
    directory.write(tag, at, 'latin1');
    directory.writeUInt32BE(checksum(data), at + 4);
    directory.writeUInt32BE(offset, at + 8);
    directory.writeUInt32BE(data.length, at + 12);
    bodies.push(data, Buffer.alloc((4 - (data.length % 4)) % 4));
    offset += data.length + ((4 - (data.length % 4)) % 4);
  });
  const font = Buffer.concat([directory, ...bodies]);
  const head = 12 + 16 * tags.indexOf('head');
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, font.readUInt32BE(head + 8) + 8);
  return font;
}

let drawing: string[] | undefined;

/**
 * The font files resvg draws with. resvg-js reads a font file whole each time it outlines a glyph
 * (its font database maps no file into memory): about 52,000 reads of 130 KB for a 1,000-task
 * timeline, a quarter of the time the picture takes. Copies without hinting (see withoutHinting),
 * kept in the temporary folder, draw the same pixels and are read in half the time. The shipped
 * files themselves when a copy cannot be made.
 */
export function drawingFontFiles(): string[] {
  if (drawing) return drawing;
  const folder = path.join(os.tmpdir(), 'ecourt-plan-fonts');
  drawing = shippedFontFiles().map((file) => {
    try {
      const font = fs.readFileSync(file);
      const hash = crypto.createHash('sha256').update(font).digest('hex').slice(0, 16);
      const copy = path.join(folder, `${hash}-${path.basename(file)}`);
      if (fs.existsSync(copy)) return copy;
      const lighter = withoutHinting(font);
      if (lighter === null) return file;
      fs.mkdirSync(folder, { recursive: true });
      // Written aside then renamed, so that another process never reads half a file.
      const partial = `${copy}.${process.pid}.tmp`;
      fs.writeFileSync(partial, lighter);
      fs.renameSync(partial, copy);
      return copy;
    } catch {
      return file;
    }
  });
  return drawing;
}
