// The map of the fight against poverty on a projector: the focused branch laid out to the stage —
// the path to it, then one row per sub-branch with what it holds — without the panel's toolbar,
// outline or key help. Loaded with the stage forms.
import { useMemo } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { StageFrame, StageItem, type StageProps } from '../../shared/StageKit';
import { branchStage } from './stage';

export default function CampaignMapStage({ step, selectedId }: StageProps) {
  const graph = useGraph();
  const m = useMemo(() => branchStage(graph, selectedId, step.state?.mapLevel), [graph, selectedId, step.state?.mapLevel]);
  if (!m)
    return (
      <StageFrame part="campaign-map" fitKey="none">
        {null}
      </StageFrame>
    );
  return (
    <StageFrame part="campaign-map" fitKey={`${m.focus.id} ${m.rows.length}`}>
      {m.path.length ? (
        <p className="stage-path">
          {m.path.map((p) => (
            <StageItem key={p.id} entity={p} className="stage-path-item" />
          ))}
        </p>
      ) : null}
      <StageItem entity={m.focus} as="h2" className="stage-heading" />
      <ul className="stage-branches">
        {m.rows.map((r) => (
          <li key={r.node.id} className={r.children.length ? 'stage-branch' : 'stage-branch leaf'}>
            <StageItem entity={r.node} className="stage-branch-label" />
            {r.children.length ? (
              <span className="stage-branch-children">
                {r.children.map((c) => (
                  <StageItem key={c.id} entity={c} className="stage-chip" />
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </StageFrame>
  );
}
