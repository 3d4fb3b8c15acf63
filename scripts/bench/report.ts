// Plain-text tables for the terminal.
export function table(title: string, head: string[], rows: Array<Array<string | number>>): string {
  const cells = [head, ...rows.map((r) => r.map((c) => String(c)))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`\n${title}`, line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const ms = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '—' : `${Math.round(n)} ms`);
/** Event Timing reports nothing under 16 ms. */
export const lat = (n: number) => (Number.isNaN(n) ? '—' : n < 16 ? '<16 ms' : `${Math.round(n)} ms`);
export const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '—');
