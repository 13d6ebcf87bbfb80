/**
 * The timeline as a landscape PDF (A4 or A3) outside Electron: the report's timeline picture
 * (PlanView → SVG → PNG, services/timeline-picture) placed page by page with pdf-lib. Inside the
 * app, the window's own timeline can also be printed with Electron's printToPDF (see the report).
 */
import { PDFDocument, PageSizes } from 'pdf-lib';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { renderTimelineSvg, timelinePages } from '../../../shared/timeline-picture/timeline-svg';
import { rasterize } from '../../timeline-picture/render-timeline-png';
import { placeRasterImage } from './place-raster-image';

export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Rows per page that stay legible once the picture is scaled to the page (A3 is √2 larger). */
const ROWS_PER_PAGE: Record<PaperSize, number> = { A4: 22, A3: 34 };
const MARGIN_PT = 28;
/** About 170 dpi on A4, 120 on A3: sharp in print without making a large plan's file heavy. */
const ZOOM = 1.5;

export async function exportTimelinePdf(
  view: PlanView,
  paper: PaperSize,
  now: Date = new Date(),
): Promise<Buffer> {
  const [short, long] = PageSizes[paper];
  const pages = timelinePages(view, ROWS_PER_PAGE[paper]);
  const title = `${view.plan.documentType} số ${view.plan.code} — tiến độ đến ngày ${formatDisplayDate(view.asOf)}`;

  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setSubject(view.plan.title);
  pdf.setCreator('Kế hoạch Tòa án điện tử');
  pdf.setProducer('ecourt-plan (pdf-lib)');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  pages.forEach((rows, i) => {
    // One page at a time: only one page's pixels are in memory, whatever the plan's size.
    const svg = renderTimelineSvg(view, {
      rows,
      title: pages.length > 1 ? `${title} (trang ${i + 1}/${pages.length})` : title,
    });
    const image = rasterize(svg, ZOOM);
    const page = pdf.addPage([long, short]);
    const scale = Math.min((long - 2 * MARGIN_PT) / image.width, (short - 2 * MARGIN_PT) / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    placeRasterImage(
      pdf,
      page,
      { width: image.width, height: image.height, pixels: image.pixels },
      {
        x: (long - width) / 2,
        y: short - MARGIN_PT - height,
        width,
        height,
      },
    );
  });
  return Buffer.from(await pdf.save());
}
