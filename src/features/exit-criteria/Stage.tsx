// The exit standards on a projector: the selection's level (household, village or county) as a
// table of its criteria, the county's assessed value large against the threshold (named by the picture's own
// county, exitCriteria.ts assessedBy). Loaded with the stage forms.
import { useMemo } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { useLang } from '../../shared/useEntity';
import { StageFrame, StageItem, type StageProps } from '../../shared/StageKit';
import { formatMeasure } from '../../shared/format';
import { tr } from '../../i18n/text';
import { exitStage } from './stage';
import { assessedBy } from './exitCriteria';

const TEXT = {
  threshold: { zh: '标准', en: 'Threshold' },
};

export default function ExitCriteriaStage({ selectedId }: StageProps) {
  const graph = useGraph();
  const lang = useLang();
  const one = lang === 'both' ? 'zh' : lang;
  const m = useMemo(() => exitStage(graph, selectedId), [graph, selectedId]);
  const county = useMemo(() => assessedBy(graph), [graph]);
  if (!m)
    return (
      <StageFrame part="exit-criteria" fitKey="none">
        {null}
      </StageFrame>
    );
  const assessed = m.criteria.some((c) => c.value);
  return (
    <StageFrame part="exit-criteria" fitKey={m.level.id}>
      <StageItem entity={m.level} as="h2" className="stage-heading" />
      <table className="stage-criteria">
        {assessed ? (
          <thead>
            <tr>
              <th />
              <th scope="col">{tr(county, one)}</th>
              <th scope="col">{tr(TEXT.threshold, one)}</th>
            </tr>
          </thead>
        ) : null}
        <tbody>
          {m.criteria.map((c) => (
            <tr key={c.criterion.id}>
              <th scope="row">
                <StageItem entity={c.criterion} />
              </th>
              {assessed ? (
                <>
                  <td className="stage-value">{c.value ? formatMeasure(c.value, one) : '—'}</td>
                  <td className="stage-threshold">{c.threshold ? formatMeasure(c.threshold, one) : '—'}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </StageFrame>
  );
}
