import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import {
  renderTimelineSvg,
  timelineSvgLayout,
  timelineSvgText,
} from '../../shared/timeline-picture/timeline-svg';
import { generatedPlanData } from './report-fixtures';
import {
  MAX_PIXELS,
  adler32,
  bandEdges,
  combineAdler32,
  rasterize,
  renderSvgToPng,
  renderTimelinePng,
} from '../../services/timeline-picture/render-timeline-png';
import {
  drawingFontFiles,
  readableFontPath,
  shippedFontFiles,
  withoutHinting,
} from '../../services/timeline-picture/timeline-font';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Pixels darker than mid-grey: where something was drawn on the white background. */
function darkPixels(svg: string): number {
  const { pixels } = rasterize(svg, 1);
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128) dark += 1;
  return dark;
}

const textSvg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="45" font-size="40" font-family="'Be Vietnam Pro'">${text}</text></svg>`;

describe('timeline font', () => {
  it('ships Be Vietnam Pro as TrueType files (resvg reads no woff2)', () => {
    const files = shippedFontFiles();
    expect(files.map((f) => f.split(/[\\/]/).pop())).toEqual([
      'BeVietnamPro_400Regular.ttf',
      'BeVietnamPro_400Regular_Italic.ttf',
      'BeVietnamPro_700Bold.ttf',
      'BeVietnamPro_700Bold_Italic.ttf',
    ]);
    for (const file of files) expect([...fs.readFileSync(file).subarray(0, 4)]).toEqual([0, 1, 0, 0]);
  });

  it('reads the font from beside app.asar in a packaged app, never from inside it', () => {
    const archived = path.join('C:', 'App', 'resources', 'app.asar', 'node_modules', 'f.ttf');
    const unpacked = path.join('C:', 'App', 'resources', 'app.asar.unpacked', 'node_modules', 'f.ttf');
    expect(readableFontPath(archived, (f) => f === unpacked)).toBe(unpacked);
    expect(readableFontPath(archived, (f) => f === archived)).toBeNull();
    expect(readableFontPath(unpacked, () => true)).toBe(unpacked);
    expect(readableFontPath(unpacked, () => false)).toBeNull();
  });

  it('draws with copies of the font without hinting, which draw the very same pixels', () => {
    const drawing = drawingFontFiles();
    expect(drawing).toHaveLength(4);
    shippedFontFiles().forEach((file, i) => {
      expect(fs.statSync(drawing[i]!).size).toBeLessThan(fs.statSync(file).size * 0.7);
      expect(drawing[i]!.endsWith(path.basename(file))).toBe(true);
    });
    const svg = (weight: string, style: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="5" y="40" font-size="26" font-family="'Be Vietnam Pro'" font-weight="${weight}" font-style="${style}">Quá hạn 6 ngày — Tòa án ỘỮẪ</text></svg>`;
    const draw = (text: string, fontFiles: string[]) =>
      new Resvg(text, {
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' },
      }).render().pixels;
    for (const [weight, style] of [
      ['normal', 'normal'],
      ['bold', 'normal'],
      ['normal', 'italic'],
      ['bold', 'italic'],
    ] as const) {
      const shipped = draw(svg(weight, style), shippedFontFiles());
      expect(shipped.some((v) => v > 0)).toBe(true);
      expect(draw(svg(weight, style), drawing).equals(shipped)).toBe(true);
    }
    expect(withoutHinting(Buffer.from('not a font'))).toBeNull();
  });

  it('draws Vietnamese letters with their marks, and only with the shipped font', () => {
    expect(darkPixels(textSvg('Ệ ữ ẫ ỗ'))).toBeGreaterThan(200);
    // A letter the shipped font lacks draws nothing: no system font stands in, so every computer draws alike.
    expect(darkPixels(textSvg('中'))).toBe(0);
  });
});

describe('timeline PNG', () => {
  it('renders a picture at twice the SVG size', () => {
    const view = buildPlanView(generatedPlanData(40), '2021-09-01');
    const svg = renderTimelineSvg(view);
    const picture = renderSvgToPng(svg);
    expect([...picture.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(picture.width).toBe(2200);
    expect(picture.png.readUInt32BE(16)).toBe(picture.width);
    expect(picture.png.readUInt32BE(20)).toBe(picture.height);
  });

  it('renders a 1,000-task timeline in one picture, at a zoom that bounds memory', async () => {
    const view = buildPlanView(generatedPlanData(1000), '2022-06-30');
    const started = performance.now();
    const picture = await renderTimelinePng(timelineSvgLayout(view));
    const elapsed = performance.now() - started;
    console.log(`PNG of 1,000 tasks: ${Math.round(elapsed)} ms, ${picture.width}×${picture.height}`);
    expect(picture.width * picture.height).toBeLessThanOrEqual(MAX_PIXELS * 1.01);
    expect(picture.height).toBeGreaterThan(1000 * 10);
    expect(bandEdges(picture.height).length).toBeGreaterThan(10);
    expect(elapsed).toBeLessThan(20_000);
  });

  it('draws a small plan whole, as before', async () => {
    const layout = timelineSvgLayout(buildPlanView(generatedPlanData(40), '2021-09-01'));
    const picture = await renderTimelinePng(layout);
    expect(bandEdges(picture.height)).toEqual([0, picture.height]);
    expect(picture.png.equals(renderSvgToPng(timelineSvgText(layout)).png)).toBe(true);
  });

  it('draws a tall timeline in bands that match one drawing of the whole, without seams', async () => {
    const view = buildPlanView(generatedPlanData(150), '2022-06-30');
    const layout = timelineSvgLayout(view, { title: 'Tiến độ thực hiện' });
    expect(timelineSvgText(layout)).toBe(renderTimelineSvg(view, { title: 'Tiến độ thực hiện' }));
    const banded = await renderTimelinePng(layout);
    const whole = rasterize(timelineSvgText(layout));
    expect([banded.width, banded.height]).toEqual([whole.width, whole.height]);
    const edges = bandEdges(banded.height);
    expect(edges.length).toBeGreaterThan(4);

    // The bands' compressed pieces make one valid zlib stream (inflateSync checks its Adler-32).
    const idat: Buffer[] = [];
    for (let at = 8; at < banded.png.length; at += 12 + banded.png.readUInt32BE(at))
      if (banded.png.toString('latin1', at + 4, at + 8) === 'IDAT')
        idat.push(banded.png.subarray(at + 8, at + 8 + banded.png.readUInt32BE(at)));
    const rows = zlib.inflateSync(Buffer.concat(idat));
    const { width, height } = banded;
    expect(rows.length).toBe(height * (width * 4 + 1));

    // Drawn in bands, a line or a letter may land a fraction of a pixel off: nothing one can see.
    const pixels = whole.pixels;
    const differing = new Array<number>(height).fill(0);
    let identical = 0;
    let close = 0;
    for (let y = 0; y < height; y++) {
      expect(rows[y * (width * 4 + 1)]).toBe(0);
      for (let x = 0; x < width; x++) {
        const a = y * (width * 4 + 1) + 1 + x * 4;
        const b = (y * width + x) * 4;
        let d = 0;
        for (let c = 0; c < 4; c++) d = Math.max(d, Math.abs(rows[a + c]! - pixels[b + c]!));
        if (d === 0) identical += 1;
        if (d <= 2) close += 1;
        if (d > 8) differing[y]! += 1;
      }
    }
    expect(identical / (width * height)).toBeGreaterThan(0.99);
    expect(close / (width * height)).toBeGreaterThan(0.999);
    // No seam: the rows either side of each band edge match the whole drawing like any other row.
    for (const edge of edges.slice(1, -1))
      for (const y of [edge - 1, edge]) expect(differing[y]!, `row ${y}`).toBeLessThan(width * 0.02);
  });

  it('leaves no seam where the thin outline of a bar lies along a band edge', async () => {
    // 1000 × 3600 at zoom 1: two bands, meeting at 1800. Bars whose outline (thinner than a pixel)
    // lies on the edge or a fraction of a pixel either side of it: drawn right at the edge of a
    // band, such a line came out a row off.
    const bars = [-0.5, -0.3, -0.1, 0, 0.1, 0.3, 0.5].map((d, i) => {
      const box = `x="${20 + i * 120}" y="${1800 + d - 13}" width="100" height="13"`;
      return (
        `<rect ${box} fill="#d55e00" fill-opacity="0.35"/>` +
        `<rect ${box} fill="none" stroke="#1a1a1a" stroke-width="0.8"/>` +
        `<rect x="${20 + i * 120}" y="${1800 + d}" width="100" height="13" fill="none" stroke="#1a1a1a" stroke-width="0.8"/>`
      );
    });
    const layout = {
      width: 1000,
      height: 3600,
      parts: [
        { top: 0, bottom: 3600, svg: '<rect width="1000" height="3600" fill="#ffffff"/>' },
        ...bars.map((svg) => ({ top: 1780, bottom: 1820, svg })),
      ],
    };
    const banded = await renderTimelinePng(layout, 1);
    expect(bandEdges(banded.height)).toEqual([0, 1800, 3600]);
    const whole = rasterize(timelineSvgText(layout), 1).pixels;
    const png = banded.png;
    const rows = zlib.inflateSync(png.subarray(8 + 25 + 8, 8 + 25 + 8 + png.readUInt32BE(8 + 25)));
    const stride = banded.width * 4;
    for (let y = 1790; y < 1810; y++) {
      let worst = 0;
      for (let i = 0; i < stride; i++)
        worst = Math.max(worst, Math.abs(rows[y * (stride + 1) + 1 + i]! - whole[y * stride + i]!));
      expect(worst, `row ${y}`).toBeLessThanOrEqual(2);
    }
  });

  it('joins the Adler-32 of pieces as zlib computes it over the whole', () => {
    const adler = (data: Buffer) => zlib.deflateSync(data).readUInt32BE(zlib.deflateSync(data).length - 4);
    const first = Buffer.from('Kế hoạch số 76/KH-BCĐ-TANDTC '.repeat(5000));
    const second = Buffer.alloc(100_003, 0xff);
    expect(combineAdler32(adler(first), adler(second), second.length)).toBe(
      adler(Buffer.concat([first, second])),
    );
    expect(combineAdler32(1, adler(second), second.length)).toBe(adler(second));
    expect([adler32(first), adler32(second), adler32(Buffer.alloc(0))]).toEqual([
      adler(first),
      adler(second),
      1,
    ]);
  });
});
