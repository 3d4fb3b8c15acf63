// CSV for every tabular panel: one writer (UTF-8 BOM so Excel reads Chinese, RFC 4180 quoting,
// CRLF, spreadsheet-formula guard), a first line naming the source and the download date, and a
// download that works offline and from file://.

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
