// Visible flags for how sure a fact is: as printed, reconstructed from garbled text, from a
// public source, or a link that is our interpretation. Shown next to the thing they qualify.
import type { Confidence } from '../model/schema';
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

export function MarksLegend() {
  const lang = useLang();
  return (
    <p className="marks-legend">
      <span>※ {tr({ zh: '重构读法（与印刷原文不同，见详情）', en: 'reconstructed reading (differs from the print; see details)' }, lang)}</span>
      <span>† {tr({ zh: '来自公开来源，非书中原文', en: 'from a public source, not the book' }, lang)}</span>
    </p>
  );
}
