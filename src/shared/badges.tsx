// Visible flags for how sure a fact is: as printed, reconstructed from garbled text, from a
// public source, or a link that is our interpretation. Shown next to the thing they qualify.
import type { Bilingual, Confidence } from '../model/schema';
import { ui, tr } from '../i18n/text';
import { useLang } from './useEntity';

const CONFIDENCE_KEY = { verbatim: 'verbatim', reconstructed: 'reconstructed', external: 'external' } as const;

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const lang = useLang();
  return <span className={`badge badge-${confidence}`}>{ui(CONFIDENCE_KEY[confidence], lang)}</span>;
}

export function InterpretiveBadge() {
  const lang = useLang();
  return <span className="badge badge-interpretive">{ui('interpretive', lang)}</span>;
}

const MARK_TEXT = {
  reconstructed: { zh: '重构读法（与印刷原文不同，见详情）', en: 'reconstructed reading (differs from the print; see details)' },
  external: { zh: '来自公开来源，非书中原文', en: 'from a public source, not the book' },
  reading: { zh: '虚线或空心：我们的解读，不是书中的连线', en: 'dashed or hollow: our reading, not a line in the book' },
} satisfies Record<string, Bilingual>;

export type MarkKind = keyof typeof MARK_TEXT;

/** The key to the marks; `only` limits it to the marks a panel actually uses (beside that panel). */
export function MarksLegend({ only }: { only?: readonly MarkKind[] } = {}) {
  const lang = useLang();
  const kinds = only ?? (['reconstructed', 'external'] as const);
  if (kinds.length === 0) return null;
  return (
    <p className="marks-legend" data-marks-key={kinds.join(' ')}>
      {kinds.includes('reconstructed') ? <span>※ {tr(MARK_TEXT.reconstructed, lang)}</span> : null}
      {kinds.includes('external') ? <span>† {tr(MARK_TEXT.external, lang)}</span> : null}
      {kinds.includes('reading') ? (
        <span>
          <span className="marks-dash" aria-hidden="true" /> {tr(MARK_TEXT.reading, lang)}
        </span>
      ) : null}
    </p>
  );
}
