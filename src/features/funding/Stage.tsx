// Funding on a projector: the total, then three big bars (special, sector, social) with their
// figures and shares, each with what it pays for. Loaded with the stage forms.
import { useMemo } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { useFollowerProps, useLang } from '../../shared/useEntity';
import { StageFrame, StageItem, type StageProps } from '../../shared/StageKit';
import { formatMeasure } from '../../shared/format';
import { buildOverview, percentText } from '../overview';

export default function FundingStage({ selectedId }: StageProps) {
  const graph = useGraph();
  const lang = useLang();
  const one = lang === 'both' ? 'zh' : lang;
  const m = useMemo(() => buildOverview(graph).funding, [graph]);
  const largest = Math.max(...m.parts.map((p) => p.share), 0.0001);
  return (
    <StageFrame part="funding" fitKey={selectedId}>
      {m.total && m.amount ? (
        <StageItem entity={m.total} as="h2" className="stage-total">
          <span className="stage-figure">{formatMeasure(m.amount, one)}</span>{' '}
          <span className="stage-total-label">
            {m.total.label[one]} · {m.amount.period}
          </span>
        </StageItem>
      ) : null}
      <ol className="stage-bars">
        {m.parts.map((p, i) => (
          <li key={p.fund.id} className={`stage-bar-row seg-${i}`}>
            <StageItem entity={p.fund} className="stage-bar-label" />
            <span className="stage-bar-track">
              <Bar id={p.fund.id} index={i} width={p.share / largest} />
              <span className="stage-bar-figure">
                <strong>{formatMeasure(p.amount, one)}</strong> <span className="stage-share">{percentText(p.share)}</span>
              </span>
            </span>
            {p.supportTypes.length ? (
              <span className="stage-bar-links">
                {p.supportTypes.map((s) => (
                  <StageItem key={s.id} entity={s} className="stage-chip" />
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </StageFrame>
  );
}

/** The bar follows its fund's emphasis (it is not selectable itself); the largest fund's bar takes 55% of the line, the figure the rest. */
function Bar({ id, index, width }: { id: string; index: number; width: number }) {
  const follow = useFollowerProps(id);
  return <span className={`stage-bar ov-fund-seg seg-${index}`} style={{ width: `${Math.round(width * 550) / 10}%` }} {...follow} />;
}
