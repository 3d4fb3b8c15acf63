// A refused dataset's problems as the page lists them: the first PROBLEMS_SHOWN drawn (a file with
// thousands of problems would otherwise draw thousands of rows), the rest counted, and every one of
// them in a text file the reader can download. Pure: the panel (ProblemsPanel.tsx) and the plain
// list that stands in for it (DatasetStatus.tsx) read the same.
import type { IntakeProblem } from '../../datasets/types';
import type { Lang } from '../../store/url';

/** The most problems drawn as rows. */
export const PROBLEMS_SHOWN = 200;

const TEXT = {
  more: { zh: '另有 {n} 个问题没有列出。', en: '{n} more problems are not listed here.' },
  download: { zh: '下载全部 {total} 个问题（.txt）', en: 'Download all {total} problems (.txt)' },
  heading: { zh: '数据有问题，没有打开：{source}（{total} 个问题）', en: 'The data has problems and was not opened: {source} ({total} problem(s))' },
};

const fill = (text: { zh: string; en: string }, lang: Lang, values: Record<string, string | number>) =>
  (lang === 'en' ? text.en : text.zh).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));

/** A problem's place ('' for the whole file) and message as the page says them (IntakeProblem's `said`, else as written). */
export function problemCells(p: IntakeProblem, lang: Lang): { place: string; message: string } {
  return p.said?.[lang === 'en' ? 'en' : 'zh'] ?? { place: p.path, message: p.message };
}

/** One problem as a line: file, place, message. */
export function problemLine(p: IntakeProblem, lang: Lang): string {
  const { place, message } = problemCells(p, lang);
  if (lang === 'en') return `${p.file}: ${place || '(root)'}: ${message}`;
  return `${p.file}：${place || '（整个文件）'}：${message}`;
}

/** The rows to draw and how many are left out. */
export function shownProblems<T>(list: readonly T[]): { shown: readonly T[]; more: number } {
  return { shown: list.slice(0, PROBLEMS_SHOWN), more: Math.max(0, list.length - PROBLEMS_SHOWN) };
}

/** "另有 4800 个问题没有列出。" / "4,800 more problems are not listed here." */
export function moreProblemsText(more: number, lang: Lang): string {
  return fill(TEXT.more, lang, { n: more.toLocaleString(lang === 'en' ? 'en' : 'zh-CN') });
}

/** The download button's label. */
export function downloadProblemsLabel(total: number, lang: Lang): string {
  return fill(TEXT.download, lang, { total: total.toLocaleString(lang === 'en' ? 'en' : 'zh-CN') });
}

/** Every problem, one line each (file, place, message), under a line naming what was opened: the downloaded file's text. */
export function problemsReport(source: string, list: readonly IntakeProblem[], lang: Lang): string {
  const lines = [fill(TEXT.heading, lang, { source, total: list.length }), ''];
  for (const p of list) lines.push(problemLine(p, lang));
  return `${lines.join('\n')}\n`;
}

/** "county-problems.txt" for "county.zip". */
export function problemsFileName(source: string): string {
  const stem = source
    .replace(/\.(zip|json)$/i, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'data'}-problems.txt`;
}
