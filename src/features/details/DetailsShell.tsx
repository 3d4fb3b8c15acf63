// The details panel's frame and what it says with nothing selected: in the first picture. The
// selection's details (DetailsPanel.tsx) are their own chunk, fetched right after hydration.
import { useEffect, type ReactNode } from 'react';
import { ui } from '../../i18n/text';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { useLang } from '../../shared/useEntity';
import { onDemand } from '../../shared/useOnDemand';
import { withBothLanguages } from '../../model/dataset';
import { PartLoadFailed } from '../../shared/PartLoadFailed';
import { selectionAfterPaint, useAfterPaint } from '../../shared/useAfterPaint';

const details = onDemand(withBothLanguages(() => import('./DetailsPanel')));
/** Fetches the selection's details ahead of their first use (a page that opens on a selection). */
export const preloadDetails = details.preload;

/** `empty`: what the panel shows above its hint while nothing is selected (the app's introduction). */
export default function DetailsPanel({ empty }: { empty?: ReactNode } = {}) {
  const lang = useLang();
  // One frame after the selection: the click paints its emphasis first (shared/useAfterPaint.ts).
  const selectedId = useAfterPaint(selectionAfterPaint);
  return (
    <PanelFrame name="details" title={ui('details', lang)} className="panel-details" panelTools={false}>
      <DetailsBody selectedId={selectedId} empty={empty} />
    </PanelFrame>
  );
}

function DetailsBody({ selectedId, empty }: { selectedId: string | null; empty?: ReactNode }) {
  const lang = useLang();
  const markReady = usePanelReady();
  const { module: loaded, failed, retry } = details.useModule(selectedId !== null);
  // A selection whose details have not arrived yet is not this panel's final content.
  const waiting = selectedId !== null && loaded === null && !failed;
  useEffect(() => markReady(!waiting), [markReady, waiting]);
  if (selectedId === null) return empty ?? <p className="empty">{ui('detailsEmpty', lang)}</p>;
  if (loaded) return <loaded.Details id={selectedId} />;
  return failed ? <PartLoadFailed retry={retry} /> : <p className="empty">{ui('panelLoading', lang)}</p>;
}
