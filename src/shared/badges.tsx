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

export function MarksLegend() {
  const lang = useLang();
  return (
    <p className="marks-legend">
      <span>※ {tr({ zh: '重构读法（印刷原文有误）', en: 'reconstructed reading (garbled in print)' }, lang)}</span>
      <span>† {tr({ zh: '来自公开来源，非书中原文', en: 'from a public source, not the book' }, lang)}</span>
    </p>
  );
}
