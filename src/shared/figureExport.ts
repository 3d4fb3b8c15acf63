// A composed figure (shared/figure.ts) to files: the SVG as it is, and a PNG drawn by the browser
// from the same SVG through a canvas at 2×. The SVG is loaded as a data: URL image (the strict CSP
// allows img-src data:), so the canvas stays untainted and nothing is fetched; its text is drawn
// with the page's fonts (the Noto CJK faces the page uses), so Chinese renders as on the page.
import { downloadBlob, ExportError } from './exportImage';
import type { Figure } from './figure';

function loadSvg(svg: string): Promise<HTMLImageElement> {
  const img = new Image();
  return new Promise((resolve, reject) => {
    img.onload = () => resolve(img);
    img.onerror = () => reject(new ExportError('draw'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/** The figure as a PNG at `scale` (2× for print by default). */
export async function figurePng(fig: Pick<Figure, 'svg' | 'width' | 'height'>, scale = 2): Promise<Blob> {
  // The page's faces are ready before the image is drawn: a font still loading would draw as a fallback.
  await document.fonts?.ready;
  const img = await loadSvg(fig.svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(fig.width * scale);
  canvas.height = Math.round(fig.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new ExportError('encode'))), 'image/png'));
}

export function svgBlob(fig: Pick<Figure, 'svg'>): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${fig.svg}`], { type: 'image/svg+xml;charset=utf-8' });
}

export async function downloadFigure(fig: Figure, format: 'png' | 'svg'): Promise<void> {
  const blob = format === 'svg' ? svgBlob(fig) : await figurePng(fig, 2);
  downloadBlob(blob, `${fig.fileName}.${format}`);
}
