// Visible flags for how sure a fact is: as printed, reconstructed from garbled text, from a
// public source, or a link that is our interpretation. Shown next to the thing they qualify.
import type { Bilingual, Confidence, EntityKind } from '../model/schema';
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

/** A small mark for reconstructed readings inside dense views (tree nodes, table cells). */
export function reconstructedMark(confidence: Confidence): string {
  return confidence === 'reconstructed' ? '※' : confidence === 'external' ? '†' : '';
}

export const KIND_LABEL: Record<EntityKind, Bilingual> = {
  goal: { zh: '目标', en: 'Goal' },
  place: { zh: '地方', en: 'Place' },
  principle: { zh: '机制', en: 'Mechanism' },
  leader: { zh: '领导或部门', en: 'Leader or department' },
  duty: { zh: '职责', en: 'Duty' },
  question: { zh: '关键问题', en: 'Key question' },
  precision: { zh: '六个精准', en: 'Targeted efforts in six areas' },
  focus: { zh: '四个紧扣', en: 'Four priorities' },
  'focus-item': { zh: '紧扣事项', en: 'Work under a priority' },
  'support-type': { zh: '扶贫方式', en: 'Type of support' },
  fund: { zh: '资金', en: 'Funding' },
  'exit-level': { zh: '退出标准', en: 'Exit standard' },
  criterion: { zh: '指标', en: 'Criterion' },
  policy: { zh: '到户政策', en: 'Household policy' },
  'household-status': { zh: '贫困户类别', en: 'Household status' },
  'household-category': { zh: '兜底类别', en: 'Safety-net category' },
  event: { zh: '事件', en: 'Event' },
  'campaign-node': { zh: '脱贫攻坚图', en: 'Map of the fight against poverty' },
};

const MARK_TEXT = {
  reconstructed: { zh: '重构读法（印刷原文有误）', en: 'reconstructed reading (garbled in print)' },
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
      {kinds.includes('reading') ? <span><span className="marks-dash" aria-hidden="true" /> {tr(MARK_TEXT.reading, lang)}</span> : null}
    </p>
  );
}
