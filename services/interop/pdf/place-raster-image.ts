/**
 * Puts raw RGBA pixels on a PDF page as a Flate-compressed RGB image. pdf-lib's own embedPng decodes
 * and re-compresses each PNG in JavaScript, which took most of a minute for a thousand-task plan;
 * here Node's zlib compresses the pixels resvg already has, and pdf-lib writes the objects.
 */
import { deflateSync } from 'node:zlib';
import {
  type PDFDocument,
  type PDFPage,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';

export type RasterImage = { width: number; height: number; pixels: Uint8Array };
export type Placement = { x: number; y: number; width: number; height: number };

/** The picture is drawn on a white background, so alpha is dropped rather than kept as a soft mask. */
function rgbOf(rgba: Uint8Array): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  return rgb;
}

export function placeRasterImage(pdf: PDFDocument, page: PDFPage, image: RasterImage, at: Placement): void {
  const stream = pdf.context.stream(deflateSync(rgbOf(image.pixels), { level: 6 }), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.width,
    Height: image.height,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  const name = page.node.newXObject('Image', pdf.context.register(stream));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(at.width, 0, 0, at.height, at.x, at.y),
    drawObject(name),
    popGraphicsState(),
  );
}
