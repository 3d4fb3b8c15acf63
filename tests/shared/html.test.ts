import { describe, expect, it } from 'vitest';
import { format } from 'echarts/core';
import { escapeHtml } from '../../src/shared/html';

describe('escapeHtml', () => {
  it('escapes exactly what ECharts’ own encodeHTML escapes', () => {
    for (const s of ['<img src=x onerror="a(1)">', "it's & <b>", '兰考 “引号” ＆', '&amp;', '']) {
      expect(escapeHtml(s)).toBe(format.encodeHTML(s));
    }
    expect(escapeHtml('<a href="x">\'&')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });
});
