/**
 * What the window knows of the SVG frappe-gantt 1.2.2 draws, and of how it listens: the class names
 * of its layers, bars, labels and handles, as functions, so that no file outside this folder names a
 * frappe class. frappe-internals.test.ts checks these names against the installed package.
 */

const BAR_GROUP = 'g.bar-wrapper[data-id]';

/** Every drawn bar's group; its data-id is the row key frappe-gantt was given. */
export function barGroups(svg: SVGSVGElement): NodeListOf<SVGGElement> {
  return svg.querySelectorAll<SVGGElement>(BAR_GROUP);
}

/** The row key of the bar an event happened on, if it happened on one. */
export function rowKeyAt(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest(BAR_GROUP)?.getAttribute('data-id') ?? null;
}

/** A press on a bar's progress handle drags its percentage, not its dates. */
export function isProgressHandle(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.handle.progress') !== null;
}

/** The rectangle of the bar drawn for `rowKey`, when it is drawn. */
export function barRectOf(svg: SVGSVGElement, rowKey: string): SVGRectElement | null {
  for (const group of barGroups(svg)) {
    if (group.getAttribute('data-id') === rowKey) return group.querySelector<SVGRectElement>('rect.bar');
  }
  return null;
}

/** A bar group's rectangle and label. */
export function barParts(group: SVGGElement): { rect: SVGRectElement | null; label: SVGTextElement | null } {
  return {
    rect: group.querySelector<SVGRectElement>('rect.bar'),
    label: group.querySelector<SVGTextElement>('text.bar-label'),
  };
}

/** frappe-gantt marks a label too wide for its bar "big" and places it after the bar. */
export const isLabelOutside = (label: SVGTextElement): boolean => label.classList.contains('big');
export const placeLabelOutside = (label: SVGTextElement): void => label.classList.add('big');

/** The layer frappe-gantt draws the grid (rows, columns) in: what goes behind everything. */
export function gridLayer(svg: SVGSVGElement): SVGGElement | null {
  return svg.querySelector<SVGGElement>('g.grid');
}

/** Puts `layer` under the bars and their labels (so a label stays readable over it), above the grid. */
export function insertUnderBars(svg: SVGSVGElement, layer: SVGGElement): void {
  const barsLayer = svg.querySelector('.bar-wrapper')?.parentElement;
  if (barsLayer && barsLayer.parentNode === svg) svg.insertBefore(layer, barsLayer);
  else svg.appendChild(layer);
}

/** Bars would otherwise grow from zero width on every redraw, and filters redraw often. */
export function stopBarAnimations(svg: SVGSVGElement): void {
  svg.querySelectorAll('animate').forEach((a) => a.remove());
}

/**
 * frappe-gantt has no destroy(): it adds one `mouseup` listener to `document` per instance. The
 * listeners it adds while being built are recorded here so that unmounting can remove them.
 */
export function constructReleasable<T>(make: () => T): { gantt: T; release: () => void } {
  const added: Parameters<Document['addEventListener']>[] = [];
  const hadOwn = Object.hasOwn(document, 'addEventListener');
  const original = document.addEventListener;
  document.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
    added.push(args);
    original.apply(this, args);
  };
  try {
    return { gantt: make(), release: () => added.forEach((args) => document.removeEventListener(...args)) };
  } finally {
    if (hadOwn) document.addEventListener = original;
    else Reflect.deleteProperty(document, 'addEventListener');
  }
}
