/** Timeline SVG → PNG with resvg (native, prebuilt for Windows and Linux through npm). */
import { type RenderedImage, type ResvgRenderOptions, Resvg, renderAsync } from '@resvg/resvg-js';
import { SHIPPED_FONT_FAMILY, shippedFontFiles } from './timeline-font';

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

function renderOptions(svg: string, zoom: number): ResvgRenderOptions {
  const size = svgSize(svg);
  const fontFiles = shippedFontFiles();
  return {
    fitTo: { mode: 'zoom', value: Math.min(zoom, Math.sqrt(MAX_PIXELS / (size.width * size.height))) },
    background: '#ffffff',
    font: {
      fontFiles,
      // Without the shipped font, the SVG's font-family list falls back to Segoe UI, Arial or DejaVu Sans.
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: fontFiles.length > 0 ? SHIPPED_FONT_FAMILY : 'DejaVu Sans',
    },
  };
}

/** Draws the SVG with the shipped font only, so that it looks the same on every computer. */
export function rasterize(svg: string, zoom: number = DEFAULT_ZOOM): RenderedImage {
  return new Resvg(svg, renderOptions(svg, zoom)).render();
}

const toPicture = (image: RenderedImage): RenderedPicture => ({
  png: image.asPng(),
  width: image.width,
  height: image.height,
});

export function renderSvgToPng(svg: string, zoom: number = DEFAULT_ZOOM): RenderedPicture {
  return toPicture(rasterize(svg, zoom));
}

/** Several pictures at once: resvg draws them on its worker threads, in parallel. */
export async function renderSvgsToPng(
  svgs: string[],
  zoom: number = DEFAULT_ZOOM,
): Promise<RenderedPicture[]> {
  const images = await Promise.all(svgs.map((svg) => renderAsync(svg, renderOptions(svg, zoom))));
  return images.map(toPicture);
}
