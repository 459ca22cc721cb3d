// PNG and SVG of a chart's whole frame (title, chart, legend, source), made by html-to-image, loaded on demand.
import { download, slug } from '../lib/download';
import { importWithReload } from '../lib/lazy';

/** Leave the buttons and the table alternative out of the picture. */
const keep = (node: HTMLElement) =>
  !(node.classList?.contains('chart-actions') || node.classList?.contains('chart-table'));

export async function exportFigure(figure: HTMLElement, format: 'png' | 'svg', title: string): Promise<void> {
  const { toPng, toSvg } = await importWithReload(() => import('html-to-image'));
  const options = { backgroundColor: '#ffffff', pixelRatio: 2, filter: keep, cacheBust: false };
  const dataUrl = format === 'png' ? await toPng(figure, options) : await toSvg(figure, options);
  download(`${slug(title)}.${format}`, dataUrl);
}
