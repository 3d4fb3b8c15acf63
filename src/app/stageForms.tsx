// A part's stage form (its presentation slide, features/<part>/Stage.tsx), from the `stage` slot of
// its forms (features/<part>/forms.ts, found by app/partForms.ts). Each is its own chunk, loaded when a
// step shows it; a part without one is presented by its overview form, enlarged (PresentationBar.tsx).
// This module is in the full panels' chunk (FullPanels.tsx), which presenting loads.
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { StageProps } from '../shared/StageKit';
import { PartLoadFailed } from '../shared/PartLoadFailed';
import { formsOf } from './partForms';

const loaded = new Map<string, ComponentType<StageProps>>();

function stageOf(name: string): ComponentType<StageProps> | null {
  const load = formsOf(name)?.stage;
  if (!load) return null;
  let Stage = loaded.get(name);
  if (!Stage) {
    Stage = lazy(() => load() as Promise<{ default: ComponentType<StageProps> }>);
    loaded.set(name, Stage);
  }
  return Stage;
}

/** A stage whose chunk failed says so, with a retry (a fresh lazy component), instead of emptying the page. */
class StageBoundary extends Component<{ name: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    const retry = () => {
      loaded.delete(this.props.name);
      this.setState({ failed: false });
    };
    return (
      <div className="stage-form" data-panel="stage" data-ready="true" data-error="true">
        <PartLoadFailed retry={retry} />
      </div>
    );
  }
}

/**
 * Fetches a part's stage form ahead of its step (the presentation rehearses the next step: PresentationBar.tsx).
 * A form fetched before its first render is drawn directly, without suspending; one already drawn keeps its lazy wrapper.
 */
export function preloadStage(name: string): Promise<void> {
  const load = formsOf(name)?.stage;
  if (!load || loaded.has(name)) return Promise.resolve();
  return load().then(
    (m) => {
      if (!loaded.has(name)) loaded.set(name, (m as { default: ComponentType<StageProps> }).default);
    },
    () => {}, // its step shows the failure, with a retry (StageBoundary)
  );
}

/** A part's stage form for a step, or null when the part has none. */
export function stageByName(name: string, props: StageProps) {
  const Stage = stageOf(name);
  if (!Stage) return null;
  return (
    <StageBoundary name={name}>
      <Suspense fallback={<div className="stage-form" data-panel="stage" data-ready="false" />}>
        <Stage {...props} />
      </Suspense>
    </StageBoundary>
  );
}
