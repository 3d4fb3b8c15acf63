// A dataset with thousands of problems: the panel draws the first 200, says how many more there are,
// and downloads every one of them, in the page's language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import ProblemsPanel from '../../../src/features/datasets/ProblemsPanel';
import { PROBLEMS_SHOWN, problemsFileName, problemsReport } from '../../../src/features/datasets/problemsList';
import type { IntakeProblem } from '../../../src/datasets/types';
import { withSaid } from '../../../src/datasets/session';

// As the reader's code hands them to the page: with their words in both languages (datasets/session.ts).
const problems: IntakeProblem[] = withSaid(
  Array.from({ length: 5000 }, (_, i) => ({
    file: 'leadership.json',
    path: `entities[${i}].label.zh`,
    message: 'found nothing (the field is missing); expected text',
  })),
);

afterEach(() => vi.restoreAllMocks());

describe('the problems panel with thousands of problems', () => {
  for (const [lang, more, button] of [
    ['zh', '另有 4,800 个问题没有列出。', '下载全部 5,000 个问题（.txt）'],
    ['en', '4,800 more problems are not listed here.', 'Download all 5,000 problems (.txt)'],
  ] as const) {
    it(`draws ${PROBLEMS_SHOWN} rows, counts the rest and downloads all (${lang})`, async () => {
      const { container, getByRole } = render(<ProblemsPanel source="county.zip" problems={problems} lang={lang} onClose={() => {}} />);
      expect(container.querySelectorAll('tbody tr')).toHaveLength(PROBLEMS_SHOWN);
      const cells = [...container.querySelectorAll('tbody tr:first-child td')].map((td) => td.textContent);
      expect(cells).toEqual(
        lang === 'zh'
          ? ['leadership.json', 'entities[0].label.zh', '发现：空（缺少这个字段）；应为：文本']
          : ['leadership.json', 'entities[0].label.zh', 'found nothing (the field is missing); expected text'],
      );
      expect(container.querySelector('[data-problem-count]')).toHaveAttribute('data-problem-count', '5000');
      const note = container.querySelector('[data-problems-more]')!;
      expect(note).toHaveAttribute('data-problems-more', '4800');
      expect(note.textContent).toContain(more);

      let blob: Blob | null = null;
      const created = vi.fn((b: Blob) => ((blob = b), 'blob:problems'));
      Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        expect(this.download).toBe('county-problems.txt');
      });
      fireEvent.click(getByRole('button', { name: button }));
      expect(click).toHaveBeenCalledTimes(1);
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(blob!);
      });
      expect(text.trimEnd().split('\n')).toHaveLength(5000 + 2);
      expect(text).toContain(
        lang === 'zh'
          ? 'leadership.json：entities[4999].label.zh：发现：空（缺少这个字段）；应为：文本'
          : 'leadership.json: entities[4999].label.zh: found nothing',
      );
    });
  }

  it('draws every row and no note when there are few', () => {
    const { container } = render(<ProblemsPanel source="x" problems={problems.slice(0, 3)} lang="zh" onClose={() => {}} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(container.querySelector('[data-problems-more]')).toBeNull();
  });

  it('names the report after what was opened', () => {
    expect(problemsFileName('county.zip')).toBe('county-problems.txt');
    expect(problemsFileName('兰考 数据')).toBe('兰考-数据-problems.txt');
    expect(problemsReport('a.zip', problems.slice(0, 1), 'en').split('\n')[0]).toBe('The data has problems and was not opened: a.zip (1 problem(s))');
  });
});
