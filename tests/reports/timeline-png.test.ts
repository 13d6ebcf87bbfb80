import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { renderTimelineSvg } from '../../shared/timeline-picture/timeline-svg';
import { generatedPlanData } from './report-fixtures';
import { MAX_PIXELS, rasterize, renderSvgToPng } from '../../services/timeline-picture/render-timeline-png';
import { readableFontPath, shippedFontFiles } from '../../services/timeline-picture/timeline-font';

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

  it('renders a 1,000-task timeline in one picture, at a zoom that bounds memory', () => {
    const view = buildPlanView(generatedPlanData(1000), '2022-06-30');
    const started = performance.now();
    const svg = renderTimelineSvg(view);
    const picture = renderSvgToPng(svg);
    const elapsed = performance.now() - started;
    console.log(`PNG of 1,000 tasks: ${Math.round(elapsed)} ms, ${picture.width}×${picture.height}`);
    expect(picture.width * picture.height).toBeLessThanOrEqual(MAX_PIXELS * 1.01);
    expect(picture.height).toBeGreaterThan(1000 * 10);
    expect(elapsed).toBeLessThan(20_000);
  });
});
