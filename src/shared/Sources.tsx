// How a fact shows where it comes from: the book's section and its own words, or the public
// page's title and address. Used by the details view, the header figures and chart tables.
import type { SourceRef } from '../model/schema';
import { useGraph } from './GraphProvider';
import { useLang } from './useEntity';
import { ui } from '../i18n/text';
import { sourceTitle } from './entityText';

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
        return (
          <li key={`${r.source}-${i}`} className={`source source-${s.type}`}>
            {s.type === 'book' ? (
              <>
                <span className="source-title">《{s.title}》</span> <span className="source-section">{s.section}</span>
                {r.quote && r.quote !== skipQuote ? <q className="source-quote" lang="zh-CN">{r.quote}</q> : null}
              </>
            ) : (
              <>
                <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">
                  {sourceTitle(s)}
                </a>
                {s.titleKind === 'description' && !compact ? <span className="source-described"> ({ui('ourDescription', lang)})</span> : null}
                {r.note && !compact ? <span className="source-note"> — {r.note}</span> : null}
                {s.note && !compact ? <span className="source-note source-caveat"> ({s.note})</span> : null}
              </>
            )}
            {r.note && s.type === 'book' && !compact ? <span className="source-note"> ({r.note})</span> : null}
          </li>
        );
      })}
      {refs.length === 0 ? <li>{ui('sources', lang)}: —</li> : null}
    </ul>
  );
}
