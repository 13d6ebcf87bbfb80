/** Timeline SVG → PNG with resvg (native, prebuilt for Windows and Linux through npm). */
import zlib from 'node:zlib';
import { type RenderedImage, type ResvgRenderOptions, Resvg, renderAsync } from '@resvg/resvg-js';
import { type TimelineSvgLayout, timelineSvgText } from '../../shared/timeline-picture/timeline-svg';
import { SHIPPED_FONT_FAMILY, drawingFontFiles } from './timeline-font';

/** Pixels per SVG unit: twice the picture's size keeps text sharp when printed. */
const DEFAULT_ZOOM = 2;
/** A very tall timeline (a thousand tasks) is drawn at a lower zoom rather than running out of memory. */
export const MAX_PIXELS = 24_000_000;

export type RenderedPicture = { png: Buffer; width: number; height: number };

export function svgSize(svg: string): { width: number; height: number } {
  const width = /<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1];
  const height = /<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1];
  if (width === undefined || height === undefined) throw new Error('SVG without width and height');
  return { width: Number(width), height: Number(height) };
}

/** The zoom a picture of this size is drawn at: `zoom`, or less when that would exceed MAX_PIXELS. */
const boundedZoom = (size: { width: number; height: number }, zoom: number) =>
  Math.min(zoom, Math.sqrt(MAX_PIXELS / (size.width * size.height)));

function fontOptions(): ResvgRenderOptions['font'] {
  const fontFiles = drawingFontFiles();
  return {
    fontFiles,
    // Without the shipped font, the SVG's font-family list falls back to Segoe UI, Arial or DejaVu Sans.
    loadSystemFonts: fontFiles.length === 0,
    defaultFontFamily: fontFiles.length > 0 ? SHIPPED_FONT_FAMILY : 'DejaVu Sans',
  };
}

function renderOptions(svg: string, zoom: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: boundedZoom(svgSize(svg), zoom) },
    background: '#ffffff',
    font: fontOptions(),
  };
}

/** Draws the SVG with the shipped font only, so that it looks the same on every computer. */
export function rasterize(svg: string, zoom: number = DEFAULT_ZOOM): RenderedImage {
  return new Resvg(svg, renderOptions(svg, zoom)).render();
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** PNG rows: each row of RGBA pixels, from row `first` on, after its filter byte (0: none). */
function filteredRows(width: number, height: number, rgba: Uint8Array, first = 0): Buffer {
  const stride = width * 4;
  const raw = Buffer.allocUnsafe(height * (stride + 1));
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    raw[at] = 0; // filter: none
    pixels.copy(raw, at + 1, (first + y) * stride, (first + y + 1) * stride);
  }
  return raw;
}

function pngFile(width: number, height: number, idat: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * RGBA pixels → PNG, with fast compression (zlib level 1, no row filter). resvg's own encoder
 * compresses harder and takes about twice as long on a large plan's picture, for a file only a
 * little smaller: the drawing is mostly flat colour, which compresses well either way.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  return pngFile(width, height, zlib.deflateSync(filteredRows(width, height, rgba), { level: 1 }));
}

const toPicture = (image: RenderedImage): RenderedPicture => ({
  png: encodePng(image.width, image.height, image.pixels),
  width: image.width,
  height: image.height,
});

export function renderSvgToPng(svg: string, zoom: number = DEFAULT_ZOOM): RenderedPicture {
  return toPicture(rasterize(svg, zoom));
}

/** Pixel rows per band of a tall picture (about 6 MB of pixels at the width of a timeline). */
export const BAND_ROWS = 1536;
/** Where a picture of `height` pixel rows is cut into bands: [0, …, height]; [0, height] for one band. */
export function bandEdges(height: number): number[] {
  const count = Math.max(1, Math.round(height / BAND_ROWS));
  return Array.from({ length: count + 1 }, (_, i) => Math.round((i * height) / count));
}

/** Pixel rows drawn past each edge of a band, and left out. */
const BAND_OVERLAP = 4;

/** resvg sizes a picture as round(length × zoom), in single precision (resvg-js FitToDef::fit_to). */
const pixelsAt = (length: number, zoom: number) =>
  Math.round(Math.fround(Math.fround(length) * Math.fround(zoom)));

/** A band's rows compressed on their own: a piece of the picture's zlib stream, and its Adler-32. */
type DeflatedBand = { body: Buffer; adler: number; length: number };

const ADLER_BASE = 65521;

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length;) {
    // 5552 bytes: the most that can be summed before the sums could overflow.
    const end = Math.min(data.length, i + 5552);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two pieces of data one after the other (zlib's adler32_combine). */
export function combineAdler32(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  let sum1 = first & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (second & 0xffff) + ADLER_BASE - 1;
  sum2 += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + ADLER_BASE - rem;
  sum1 %= ADLER_BASE;
  sum2 %= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/**
 * Compresses a band's rows on libuv's thread pool. A sync flush ends its deflate blocks on a byte,
 * so that the bands' blocks can follow one another in one stream; finishing then adds only an empty
 * final block (03 00) and the band's Adler-32, which are taken off. Should zlib's output not end
 * that way, the band is compressed again here, and its Adler-32 counted.
 */
function deflateBand(raw: Buffer): Promise<DeflatedBand> {
  return new Promise((resolve, reject) => {
    const pieces: Buffer[] = [];
    const deflate = zlib.createDeflate({ level: 1, chunkSize: 1 << 20 });
    deflate.on('data', (piece: Buffer) => pieces.push(piece));
    deflate.on('error', reject);
    deflate.on('end', () => {
      const out = Buffer.concat(pieces);
      const n = out.length;
      if (n >= 12 && out.readUInt32BE(n - 10) === 0xffff && out.readUInt16BE(n - 6) === 0x0300) {
        resolve({ body: out.subarray(2, n - 6), adler: out.readUInt32BE(n - 4), length: raw.length });
      } else {
        const body = zlib.deflateRawSync(raw, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
        resolve({ body, adler: adler32(raw), length: raw.length });
      }
    });
    deflate.write(raw);
    // Ended only once flushed: a flush still queued when the stream ends becomes the finish.
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => deflate.end());
  });
}

/** The zlib stream of the whole picture from its bands' pieces. */
function joinBands(bands: DeflatedBand[]): Buffer {
  let adler = 1;
  for (const band of bands) adler = combineAdler32(adler, band.adler, band.length);
  const trailer = Buffer.from([0x03, 0x00, 0, 0, 0, 0]); // an empty final block, then the Adler-32
  trailer.writeUInt32BE(adler, 2);
  return Buffer.concat([Buffer.from([0x78, 0x01]), ...bands.map((band) => band.body), trailer]);
}

/**
 * Bands drawn at once: enough to keep two cores busy while a band is being compressed, and one
 * thread of libuv's pool (four by default) left for file access meanwhile.
 */
const BANDS_AT_ONCE = 3;

/**
 * The timeline as a PNG, drawn off the main thread. A tall picture (a plan of hundreds of tasks) is
 * drawn in bands of about BAND_ROWS pixel rows, BANDS_AT_ONCE at a time on libuv's thread pool:
 * each band is an SVG of only the parts that show in it, over its slice of the picture (a viewBox),
 * so that parsing and drawing are both shared out; whatever crosses a band's edge is drawn in both
 * bands and clipped, so the bands meet without a seam. Each band's rows are compressed on the pool
 * as soon as it is drawn, and the pieces joined into one zlib stream.
 */
export async function renderTimelinePng(
  layout: TimelineSvgLayout,
  zoom: number = DEFAULT_ZOOM,
): Promise<RenderedPicture> {
  const bounded = boundedZoom(layout, zoom);
  const width = pixelsAt(layout.width, bounded);
  const height = pixelsAt(layout.height, bounded);
  const edges = bandEdges(height);
  const bandCount = edges.length - 1;
  if (bandCount <= 1) {
    const svg = timelineSvgText(layout);
    return toPicture(await renderAsync(svg, renderOptions(svg, zoom)));
  }
  // Picture units → pixel rows, as resvg maps them when it draws the picture whole.
  const scale = height / layout.height;
  const font = fontOptions();
  const drawBand = async (band: number): Promise<DeflatedBand> => {
    const from = edges[band]!;
    const to = edges[band + 1]!;
    // Drawn BAND_OVERLAP rows taller on each side, which are then left out: resvg may draw a thin line
    // that lies along a picture's edge a row off, and the bands' edges must not show.
    const top = from - BAND_OVERLAP;
    const rows = to - from + 2 * BAND_OVERLAP;
    const svg = timelineSvgText(layout, {
      top: top / scale,
      bottom: (top + rows) / scale,
      width,
      height: rows,
    });
    // No background: the picture's own white rectangle covers every band.
    const image = await renderAsync(svg, { font });
    if (image.width !== width || image.height !== rows)
      throw new Error(`Band drawn at ${image.width}×${image.height}, not ${width}×${rows}`);
    return deflateBand(filteredRows(width, to - from, image.pixels, BAND_OVERLAP));
  };
  const bands: Promise<DeflatedBand>[] = [];
  const lane = async () => {
    while (bands.length < bandCount) {
      const band = drawBand(bands.length);
      bands.push(band);
      await band;
    }
  };
  await Promise.all(Array.from({ length: Math.min(BANDS_AT_ONCE, bandCount) }, lane));
  return { png: pngFile(width, height, joinBands(await Promise.all(bands))), width, height };
}
