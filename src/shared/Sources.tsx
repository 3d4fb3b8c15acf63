// How a fact shows where it comes from: the book's section and its own words, or the public
// page's title and address. Used by the details view, the header figures and chart tables.
// In English the book's title, its section and each quote come first in English (the quote
// marked as our translation); the Chinese original always follows.
import type { Source, SourceRef } from '../model/schema';
import { useGraph } from './GraphProvider';
import { useLang } from './useEntity';
import { useWordsVersion } from './useWords';
import { tr } from '../i18n/text';
import { laterUi } from '../i18n/laterText';
import { sourceTitle } from './entityText';
import type { Lang } from '../store/url';

const OUR_TRANSLATION = { zh: '我们的翻译', en: 'our translation' };

function BookSource({ s, r, lang, compact, skipQuote }: { s: Source; r: SourceRef; lang: Lang; compact: boolean; skipQuote?: string }) {
  const graph = useGraph();
  useWordsVersion(); // the translation below, once the quote translations have arrived
  const zhTitle = (
    <span className="source-title" lang="zh-CN">
      《{s.title}》
    </span>
  );
  const enTitle = s.titleEn ? (
    <cite className="source-title-en" lang="en">
      {s.titleEn}
    </cite>
  ) : null;
  const zhSection = s.section ? (
    <span className="source-section" lang="zh-CN">
      {s.section}
    </span>
  ) : null;
  const enSection = s.sectionEn ? (
    <span className="source-section-en" lang="en">
      {s.sectionEn}
    </span>
  ) : null;
  const translation = r.quote && r.quote !== skipQuote ? graph.model.quoteTranslations.get(r.quote) : undefined;
  // skipQuote: the quote is the label itself, already shown beside the source.
  const zhQuote =
    r.quote && r.quote !== skipQuote ? (
      <q className="source-quote" lang="zh-CN">
        {r.quote}
      </q>
    ) : null;
  const enQuote = translation ? (
    <span className="source-quote-en">
      <q lang="en">{translation.en}</q> <span className="our-translation">({tr(OUR_TRANSLATION, lang === 'both' ? 'en' : lang)})</span>
    </span>
  ) : null;
  const note = r.note && !compact ? <span className="source-note"> ({r.note})</span> : null;
  if (lang === 'zh' || !enTitle) {
    return (
      <>
        {zhTitle} {zhSection}
        {zhQuote}
        {lang !== 'zh' ? enQuote : null}
        {note}
      </>
    );
  }
  if (lang === 'en') {
    return (
      <>
        {enTitle}, {enSection ?? zhSection}
        {enQuote}
        {zhQuote ? (
          <span className="source-original">
            {zhTitle} {zhSection}
            {zhQuote}
          </span>
        ) : null}
        {note}
      </>
    );
  }
  return (
    <>
      {zhTitle} {enTitle} {zhSection} {enSection}
      {zhQuote}
      {enQuote}
      {note}
    </>
  );
}

export interface SourceListProps {
  refs: readonly SourceRef[];
  /** Dense form (cards, the presentation bar): no reference notes. */
  compact?: boolean;
  /** A quote already shown next to the list (e.g. the printed label) is not repeated. */
  skipQuote?: string;
  className?: string;
}

export function SourceList({ refs, compact = false, skipQuote, className }: SourceListProps) {
  const graph = useGraph();
  const lang = useLang();
  return (
    <ul className={`sources${compact ? ' compact' : ''}${className ? ` ${className}` : ''}`}>
      {refs.map((r, i) => {
        const s = graph.model.sources.get(r.source);
        if (!s) return null;
        // Our descriptions of a page are bracketed in every language, so that nobody searches for them as titles.
        const bracket = (t: string) => (s.titleKind === 'description' ? `[${t}]` : t);
        const webTitle =
          lang === 'en' && s.titleEn
            ? bracket(s.titleEn)
            : lang === 'both' && s.titleEn && s.titleEn !== s.title
              ? `${sourceTitle(s)} · ${bracket(s.titleEn)}`
              : sourceTitle(s);
        return (
          <li key={`${r.source}-${i}`} className={`source source-${s.type}`}>
            {s.type === 'book' ? (
              <BookSource s={s} r={r} lang={lang} compact={compact} skipQuote={skipQuote} />
            ) : (
              <>
                <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">
                  {webTitle}
                </a>
                {s.titleKind === 'description' && !compact ? <span className="source-described"> ({laterUi('ourDescription', lang)})</span> : null}
                {r.note && !compact ? <span className="source-note"> — {r.note}</span> : null}
                {s.note && !compact ? <span className="source-note source-caveat"> ({s.note})</span> : null}
              </>
            )}
          </li>
        );
      })}
      {refs.length === 0 ? <li>{laterUi('sources', lang)}: —</li> : null}
    </ul>
  );
}
