// Saving a chart: its figure as SVG (vector shapes and text), as PNG (that SVG drawn on a canvas at twice the
// size) or as CSV (its numbers). No HTML is captured: what is saved is built from the chart's own data.
import { download, slug } from '../lib/download';
import { figureCsv, figureSvg, type Figure, type FigureStamp, type FigureText, type StampWords } from './figure';
import * as figures from './figures';

/** The per-chart figure builders a chart's `figure` request is given. */
export type FigureBuilders = typeof figures;

export type FigureFormat = 'png' | 'svg' | 'csv';

/** Draw an SVG document on a canvas at `scale` and encode it as PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Build a chart's figure and save it in one format: SVG and PNG of its drawing, or CSV of its numbers. */
export async function saveFigure(
  format: FigureFormat,
  request: (f: FigureBuilders) => Figure,
  text: FigureText,
  stamp: FigureStamp,
  words: StampWords,
): Promise<void> {
  const figure = request(figures);
  const name = `${slug(text.title)}.${format}`;
  if (format === 'csv') {
    download(name, new Blob([figureCsv(figure, text, stamp, words)], { type: 'text/csv;charset=utf-8' }));
    return;
  }
  const svg = figureSvg(figure, text, stamp, words);
  download(name, format === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg));
}
