// Escaping for the HTML that ECharts tooltip formatters return (ECharts does not escape it).
// Pure, with no ECharts import, so option builders stay free of anything that registers charts.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The same five characters echarts.format.encodeHTML escapes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
