// The About dialog (issue 22): the book, what the picture is, every source, and how to read the
// marks ※ and †. Its own chunk, loaded when it opens (the ☰ menu, the intro, or `?about`).
import { useEffect, useRef } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { SourceList } from '../../shared/Sources';
import type { Bilingual, SourceRef } from '../../model/schema';

const T = {
  title: { zh: '关于本图', en: 'About this map' },
  close: { zh: '关闭', en: 'Close' },
  lineSources: { zh: '这句话的每个事实出自：', en: 'Each fact of that line comes from:' },
  bookHead: { zh: '这本书', en: 'The book' },
  book: {
    zh: '本图依据《中国脱贫攻坚·兰考故事》（国务院扶贫办 组织编写，研究出版社，2020 年 8 月）开篇的“一张图看懂兰考脱贫”和“脱贫攻坚图”：把印在一页上的图拆成可以点击、互相关联的几个部分，每一项都注明出处。',
    en: 'This map follows the one-page diagrams “一张图看懂兰考脱贫” (Lankao’s exit from poverty at a glance) and “脱贫攻坚图” (map of the fight against poverty) at the opening of China’s Fight against Poverty: The Lankao Story (《中国脱贫攻坚·兰考故事》, State Council Leading Group Office of Poverty Alleviation and Development, Yanjiu Chubanshe, August 2020). The printed page becomes linked parts you can click, and every item says where it comes from.',
  },
  useHead: { zh: '怎么用', en: 'How to use it' },
  use: {
    zh: '点击（或用 Tab 选中后按回车）任意一项：与它相关的各项在所有部分中亮起，右侧（手机上是底部）显示它的来源和关联；Esc 清除。按 / 搜索。“演示”逐步讲解整张图。',
    en: 'Click any item (or Tab to it and press Enter): everything it links to lights up in every part, and the details (a sheet at the bottom on a phone) show its sources and links; Esc clears. Press / to search. Present walks through the picture step by step.',
  },
  marksHead: { zh: '※ 和 † 怎么读', en: 'How to read ※ and †' },
  reconstructed: {
    zh: '※ 重构读法：书中的图是从印刷页面提取的，部分文字残缺。带 ※ 的一项是我们重构的读法；详情里有印刷原文和理由。',
    en: '※ reconstructed reading: the diagram’s text was taken from a printed page and is partly garbled. An item marked ※ is our reconstruction; its details show the text as printed and why we read it so.',
  },
  external: {
    zh: '† 公开来源：这一事实不在书中，来自公开网页（详情里有链接）。',
    en: '† public source: the fact is not in the book but from a public web page (linked in the details).',
  },
  reading: {
    zh: '虚线箭头或空心标记：我们的解读，书中没有画出这条连线。两个来源说法不同时，两个都保留。',
    en: 'A dashed arrow or a hollow mark: our reading, not a line drawn in the book. Where two sources disagree, both are kept.',
  },
  sourcesHead: { zh: '全部来源', en: 'All sources' },
} satisfies Record<string, Bilingual>;

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const graph = useGraph();
  const lang = useLang();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const intro = graph.model.intro;
  // Every source once, in the order sources.json lists them.
  const all: SourceRef[] = [...graph.model.sources.keys()].map((source) => ({ source }));
  return (
    <dialog
      ref={ref}
      className="about-dialog"
      aria-labelledby="about-title"
      onClose={onClose}
      // Escape closes the dialog only; the page's Escape (clear the selection) does not also run.
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.nativeEvent.stopPropagation();
      }}
    >
      <div className="about-head">
        <h2 id="about-title">{tr(T.title, lang)}</h2>
        <button type="button" className="about-close" onClick={() => ref.current?.close()} aria-label={tr(T.close, lang)}>
          ×
        </button>
      </div>
      {intro ? (
        <>
          <p className="about-line">{tr(intro.line, lang)}</p>
          <p className="about-small">{tr(T.lineSources, lang)}</p>
          <SourceList refs={intro.sources} compact />
        </>
      ) : null}
      <h3>{tr(T.bookHead, lang)}</h3>
      <p>{tr(T.book, lang)}</p>
      <h3>{tr(T.useHead, lang)}</h3>
      <p>{tr(T.use, lang)}</p>
      <h3>{tr(T.marksHead, lang)}</h3>
      <ul className="about-marks">
        <li>{tr(T.reconstructed, lang)}</li>
        <li>{tr(T.external, lang)}</li>
        <li>{tr(T.reading, lang)}</li>
      </ul>
      <h3>{tr(T.sourcesHead, lang)}</h3>
      <SourceList refs={all} compact className="about-sources" />
    </dialog>
  );
}
