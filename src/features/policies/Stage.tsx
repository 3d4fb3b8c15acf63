// The stage form of the policies: the overview's own compact matrix on its own, its text grown to fill
// the stage (the twelve policies by household status) — already composed as a slide. The 兜底 categories
// under it show when the step is about a household status or category (what the selection links to);
// otherwise the room goes to larger text. Loaded with the stage forms (src/app/stageForms.tsx).
import { useGraph } from '../../shared/GraphProvider';
import type { StageProps } from '../../shared/StageKit';
import { Overview } from '../overview';
import { nearestFit } from '../../shared/fitNear';

export default function PoliciesStage({ selectedId }: StageProps) {
  const kind = useGraph().model.entities.get(selectedId)?.kind;
  const categories = kind === 'household-status' || kind === 'household-category';
  return (
    <div className="stage-contents" data-categories={categories ? 'shown' : 'hidden'}>
      <Overview only="policies" fitSearch={nearestFit} />
    </div>
  );
}
