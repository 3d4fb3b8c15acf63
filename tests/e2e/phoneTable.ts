// What a phone reader sees of a table (issue 13: "tables stack into labelled rows on a phone, with
// the source visible, no cell narrower than 4 characters"), measured in the page: each body cell
// against the width of "0000" in its own font, whether anything between the table and its panel
// scrolls sideways, whether the page does, the labels the stacked cells show, and the source.
import type { Page } from 'playwright-core';

export interface PhoneTableReport {
  /** Body cells narrower than four digits of their own font (text and widths). */
  narrow: { text: string; width: number; four: number }[];
  /** Something between the table (included) and its panel is wider than its box: it scrolls sideways or spills out. */
  overflows: boolean;
  /** How far the page is wider than the window. */
  pageOverflow: number;
  /** The ::before label of each cell of the first body row (the stacked layout's line labels). */
  firstRowLabels: string[];
  /** The source element is drawn, inside the window, and not hidden. */
  sourceVisible: boolean;
}

export async function phoneTableReport(page: Page, table: string, source: string): Promise<PhoneTableReport> {
  return page.evaluate(
    ([tableSel, sourceSel]) => {
      const t = document.querySelector(tableSel) as HTMLElement | null;
      if (!t) throw new Error(`no table at ${tableSel}`);
      t.scrollIntoView();
      const probe = document.createElement('span');
      probe.textContent = '0000';
      const narrow = ([...t.querySelectorAll('tbody th, tbody td')] as HTMLElement[])
        .map((c) => {
          c.appendChild(probe);
          const four = probe.getBoundingClientRect().width;
          probe.remove();
          return { text: c.innerText.slice(0, 20), width: c.getBoundingClientRect().width, four };
        })
        .filter((c) => c.width < c.four);
      let overflows = false;
      for (let el: HTMLElement | null = t; el && !el.matches('[data-panel]'); el = el.parentElement)
        if (el.scrollWidth > el.clientWidth + 1) overflows = true;
      const firstRow = t.querySelector('tbody tr');
      const firstRowLabels = firstRow ? [...firstRow.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content) : [];
      const s = document.querySelector(sourceSel) as HTMLElement | null;
      const r = s?.getBoundingClientRect();
      const sourceVisible =
        !!s && !!r && r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth && getComputedStyle(s).visibility !== 'hidden';
      return { narrow, overflows, pageOverflow: document.documentElement.scrollWidth - window.innerWidth, firstRowLabels, sourceVisible };
    },
    [table, source] as const,
  );
}
