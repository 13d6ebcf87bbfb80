/**
 * The timeline as pictures in a landscape part of a report: split into pages of rows that stay
 * legible at A4 size, each scaled to the width between the margins.
 */
import { AlignmentType, type FileChild, ImageRun, Paragraph } from 'docx';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { renderTimelineSvg, timelinePages } from '../../shared/timeline-picture/timeline-svg';
import { type RenderedPicture, renderSvgsToPng } from '../timeline-picture/render-timeline-png';
import { contentHeight, contentWidth, twipsToPixels } from './format/page-layout';
import { run } from './format/typography';

/** Rows per picture: with the axis and legend, a page of them fills a landscape page. */
export const TIMELINE_ROWS_PER_PAGE = 20;
/** About 170 dpi once placed on the page: sharp in print, and quick for a plan of many pages. */
const REPORT_ZOOM = 1.5;
/** Room left on the page for the caption above the picture. */
const CAPTION_ALLOWANCE_PX = 70;

export function renderTimelinePictures(view: PlanView): Promise<RenderedPicture[]> {
  const svgs = timelinePages(view, TIMELINE_ROWS_PER_PAGE).map((rows) => renderTimelineSvg(view, { rows }));
  return renderSvgsToPng(svgs, REPORT_ZOOM);
}

/** `firstOnNewPage`: false when the figure opens a section, which already starts a page. */
export function timelineFigure(
  pictures: RenderedPicture[],
  caption: string,
  firstOnNewPage = true,
): FileChild[] {
  const maxWidth = twipsToPixels(contentWidth('landscape'));
  const maxHeight = twipsToPixels(contentHeight('landscape')) - CAPTION_ALLOWANCE_PX;
  return pictures.flatMap((picture, index) => {
    const scale = Math.min(maxWidth / picture.width, maxHeight / picture.height);
    const title = `${caption}${pictures.length > 1 ? ` (phần ${index + 1}/${pictures.length})` : ''}`;
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        pageBreakBefore: index > 0 || firstOnNewPage,
        keepNext: true,
        spacing: { after: 120 },
        children: [run(title, { bold: true })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'png',
            data: picture.png,
            transformation: {
              width: Math.round(picture.width * scale),
              height: Math.round(picture.height * scale),
            },
            altText: { name: `timeline-${index + 1}`, title, description: title },
          }),
        ],
      }),
    ];
  });
}
