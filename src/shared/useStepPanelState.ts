// The panel view a presentation step asks for (data/presentation.json `state`): the mind map
// opened to a level, funding side by side. A panel reads it once, when it mounts for the step.
import { useGraph } from './GraphProvider';
import { useAppStore } from '../store/store';
import type { StepPanelState } from '../model/schema';

export function useStepPanelState(): StepPanelState | undefined {
  const graph = useGraph();
  const step = useAppStore((s) => s.step);
  const story = useAppStore((s) => s.story);
  return step === null ? undefined : (story ?? graph.model.presentation)[step]?.state;
}
