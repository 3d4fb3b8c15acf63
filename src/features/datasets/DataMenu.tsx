// The header's one data control: a "数据 / Data" button that opens a small dialog with everything
// about datasets (DataDialog.tsx). Nothing of it sits on the page until asked for, so the one-screen
// overview keeps its room; the dialog's code comes with the data control's chunk (onDemand.tsx), and a
// press before it has arrived opens the dialog as soon as it does, or says that it could not be loaded.
//
// It renders the same button with or without a DatasetHost above it (the build's static render has
// none), so the prerendered header hydrates as it is.
import { useId, useRef, useState } from 'react';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { PartLoadFailed } from '../../shared/PartLoadFailed';
import { datasetControl } from './onDemand';
import { DATASET_START_TEXT as T } from './startText';
import './datasets.css';

export function DataMenu() {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const dialogId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const { module: control, failed, retry } = datasetControl.useModule(open);

  return (
    <div className="data-menu" ref={root}>
      <button
        ref={trigger}
        type="button"
        className="data-menu-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        data-data-menu
        onClick={() => setOpen((o) => !o)}
      >
        {tr(T.dataMenu, lang)}
      </button>
      {control ? (
        <control.DataDialog open={open} setOpen={setOpen} dialogId={dialogId} root={root} trigger={trigger} />
      ) : open && failed ? (
        <div id={dialogId} role="dialog" aria-label={tr(T.dataMenuTitle, lang)} className="data-dialog">
          <PartLoadFailed retry={retry} />
        </div>
      ) : null}
    </div>
  );
}
