// The data control's code (control.tsx: the dialog, what opening data does, the notices, the lines that
// name a user's picture) is its own chunk: the first picture is Lankao's and needs none of it. The page
// fetches it when idle after hydration, or at once when it is needed first (the 数据 / Data button
// pressed, a file dropped, a URL naming a kept dataset). What the start JavaScript keeps is here, in
// DataMenu.tsx (the button) and in app/DatasetHost.tsx (which picture is shown).
import { onDemand } from '../../shared/useOnDemand';
import { ui } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { useDatasets } from '../../datasets/context';
import type { ShownDataset } from '../../datasets/shown';

export const datasetControl = onDemand(() => import('./control'));

// A user's picture can only be on screen through the control, so its code is here whenever these render one.

/** The header's line under a user's picture's name: user-supplied, and the way back. */
export function UserDataLine({ d }: { d: ShownDataset }) {
  const control = datasetControl.useModule(true).module;
  return control ? <control.UserDataLine d={d} /> : null;
}

/** The picture's title where a header has no room for the banner line (the presentation): a user's picture says whose. */
export function PictureTitle() {
  const lang = useLang();
  const shown = useDatasets()?.shown;
  const control = datasetControl.useModule(!!shown?.userSupplied).module;
  if (!shown?.userSupplied) return <>{ui('title', lang)}</>;
  return control ? <control.UserPictureTitle d={shown} /> : <bdi>{shown.name}</bdi>;
}
