// CSV for every tabular panel: one writer (UTF-8 BOM so Excel reads Chinese, RFC 4180 quoting,
// CRLF, spreadsheet-formula guard), a first line naming the source and the download date, and a
// download that works offline and from file://. What a spreadsheet reads: numbers written plainly in
// every language (no thousands separators, "." decimals, the precision the book prints), the unit in
// the column header, the ※ / † mark and the confidence in columns of their own, and the same
// columns in Chinese and English (only the words change). The writer stays these few lines: a CSV
// library would replace the quoting below and nothing else, and the page would load it for that.
import type { Bilingual, Confidence } from '../model/schema';
import { confidenceMark } from './entityText';

/** A number as a spreadsheet reads it in any locale: "3.20", "41500", never "41,500". */
export function csvNumber(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '';
}

/** Decimals a figure is written with: its printed precision (3.20), else its own (1.27), at least `min`. */
export function figureDecimals(m: { value: number; decimals?: number }, min = 0): number {
  const own = /e/i.test(String(m.value)) ? 0 : (String(m.value).split('.')[1]?.length ?? 0);
  return Math.max(min, m.decimals ?? own);
}

/** The two columns every table of entities has after its label. */
export const MARK_COLUMNS = {
  mark: { zh: '标记（※ 重构解读，† 公开来源）', en: 'Mark (※ reconstructed reading, † public source)' },
  confidence: { zh: '可信度（verbatim 原文 / reconstructed 重构 / external 公开来源）', en: 'Confidence (verbatim / reconstructed / external)' },
} satisfies Record<string, Bilingual>;

/** The mark and the confidence as cells: "※", "reconstructed" (the data's own word, the same in both languages). */
export function markCells(e: { confidence: Confidence }): [string, string] {
  return [confidenceMark(e.confidence), e.confidence];
}

/**
 * One CSV cell. Spreadsheet formula injection (OWASP): a cell starting with = + - @ (or a tab or
 * carriage return) is prefixed with a single quote so it stays text. RFC 4180: cells with a
 * comma, a quote or a line break are quoted, quotes doubled.
 */
export function csvCell(raw: string): string {
  const safe = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV text, after an optional first line (the source and date, one cell). */
export function toCsv(rows: readonly (readonly string[])[], sourceLine?: string): string {
  const lines = [...(sourceLine ? [[sourceLine]] : []), ...rows].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** "Source: …; downloaded 2026-11-30" / "来源：…；下载于 2026-11-30". */
export function sourceLine(source: string, downloaded: string, lang: 'zh' | 'en' | 'both'): string {
  return lang === 'en' ? `Source: ${source}; downloaded ${downloaded}` : `来源：${source}；下载于 ${downloaded}`;
}

/** A file name under 100 bytes: lankao-<panel>[-<detail>]-<lang>.csv, ASCII only. */
export function csvFileName(parts: readonly string[]): string {
  const name = ['lankao', ...parts]
    .map((p) => p.replace(/[^0-9a-z-]+/gi, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('-');
  return `${name.slice(0, 90)}.csv`;
}

/** Download text as a file: a Blob and an object URL work offline and from file://. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
