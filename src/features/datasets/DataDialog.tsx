// The data control's dialog (the header's "数据 / Data" button, DataMenu.tsx, opens it): everything about
// datasets — open a folder, a zip or a bundle (or drop one on the page), export the picture's data as a
// bundle, compare with a kept dataset, and go back to Lankao. In the data control's chunk (control.tsx):
// the page loads it when idle after hydration, or when the button is pressed first.
import { useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import type { Lang } from '../../store/url';
import { useDatasets } from '../../datasets/context';
import { BUILT_IN_ID } from '../../datasets/types';
import type { ShownDataset } from '../../datasets/shown';
import { bundleFileName } from '../../datasets/naming';
import { fromFileList } from './pick';
import { DATASET_TEXT as T } from './text';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The bundle writer is only needed for export: it loads on demand. */
export async function exportDataset(d: ShownDataset): Promise<void> {
  const { makeBundle } = await import('../../datasets/bundle');
  download(bundleFileName(d.name), makeBundle(d.name, await d.files()));
}

/** What the problems panel calls the attempt: the one file's name, or how many were picked. */
function pickedName(files: FileList | null, lang: Lang): string {
  const n = files?.length ?? 0;
  return n === 1 ? files![0]!.name : lang === 'en' ? `${n} files` : `${n} 个文件`;
}

function NameOf({ d }: { d: ShownDataset }) {
  const lang = useLang();
  return d.userSupplied ? <bdi className="dataset-name">{d.name}</bdi> : <span className="dataset-name">{tr(T.builtInName, lang)}</span>;
}

export interface DataDialogProps {
  open: boolean;
  setOpen: Dispatch<SetStateAction<boolean>>;
  dialogId: string;
  /** The menu's root (a press outside it closes the dialog) and its button (focus returns there). */
  root: RefObject<HTMLDivElement | null>;
  trigger: RefObject<HTMLButtonElement | null>;
}

export function DataDialog({ open, setOpen, dialogId, root, trigger }: DataDialogProps) {
  const lang = useLang();
  const api = useDatasets();
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  // Export loads the bundle writer on demand: its failure (offline) is said here, beside the button.
  const [exportFailed, setExportFailed] = useState(false);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };
  // A press outside closes it, like any menu; focus stays where the reader put it.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    root.current?.querySelector<HTMLElement>('[role="dialog"] button:not(:disabled), [role="dialog"] select')?.focus();
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, root, setOpen]);

  const onPick = (input: HTMLInputElement | null, source: string) => {
    if (!input || !api) return;
    const items = fromFileList(input.files);
    input.value = ''; // picking the same folder again must fire change again
    setOpen(false);
    if (items.length > 0) api.open(items, source);
  };
  const shown = api?.shown;
  const other = api?.other ?? null;
  const kept = api?.kept ?? [];
  // The picture compared with is always an option, even before the kept list has loaded (it loads when idle).
  const listed = other && other.id !== BUILT_IN_ID && !kept.some((k) => k.id === other.id) ? [...kept, { id: other.id, name: other.name }] : kept;
  const compareOptions = [{ id: BUILT_IN_ID, name: tr(T.builtInName, lang) }, ...listed].filter((k) => k.id !== shown?.id);
  const away = !!shown && (shown.userSupplied || other !== null);

  return (
    <>
      {/* Always in the page (hidden): the file choosers open from the dialog's buttons. */}
      <input
        ref={folderInput}
        type="file"
        hidden
        data-open="folder"
        // webkitdirectory is not in React's types; the attribute picks a whole folder
        {...{ webkitdirectory: '', directory: '' }}
        onChange={(e) => onPick(e.currentTarget, e.currentTarget.files?.[0]?.webkitRelativePath.split('/')[0] ?? 'folder')}
      />
      <input
        ref={filesInput}
        type="file"
        hidden
        multiple
        data-open="files"
        accept=".json,.zip,application/json,application/zip"
        onChange={(e) => onPick(e.currentTarget, pickedName(e.currentTarget.files, lang))}
      />
      {open && api && shown && (
        <div
          id={dialogId}
          role="dialog"
          aria-label={tr(T.dataMenuTitle, lang)}
          className="data-dialog"
          data-dataset-dialog
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            // The dialog's Escape only closes it: the page's own Escape (clear the selection) waits.
            e.preventDefault();
            e.stopPropagation();
            close(true);
          }}
        >
          <p className="data-dialog-shown">
            {tr(T.showing, lang)}
            <NameOf d={shown} />
            {other && (
              <>
                {' ⇄ '}
                <NameOf d={other} />
              </>
            )}
            {away && <span className="data-dialog-warning"> — {tr(T.userWarning, lang)}</span>}
          </p>
          {away && (
            <button type="button" className="dataset-back" onClick={() => (setOpen(false), api.showBuiltIn())}>
              {tr(T.backToLankao, lang)}
            </button>
          )}
          <fieldset>
            <legend>{tr(T.openGroup, lang)}</legend>
            <button type="button" data-pick="folder" onClick={() => folderInput.current?.click()} disabled={api.busy}>
              {tr(T.openFolder, lang)}
            </button>
            <button type="button" data-pick="files" onClick={() => filesInput.current?.click()} disabled={api.busy}>
              {tr(T.openFiles, lang)}
            </button>
            <p className="dataset-hint">{tr(T.dropHint, lang)}</p>
          </fieldset>
          <button
            type="button"
            data-export
            onClick={() => {
              setExportFailed(false);
              exportDataset(shown).catch((e: unknown) => {
                console.warn('export:', e instanceof Error ? e.message : e);
                setExportFailed(true);
              });
            }}
          >
            {tr(T.exportBundle, lang)}
          </button>
          {exportFailed && (
            <p className="dataset-hint" role="alert" data-export-failed>
              {tr(T.exportFailed, lang)}
            </p>
          )}
          <label className="dataset-compare">
            {tr(T.compareWith, lang)}
            <select value={other?.id ?? ''} onChange={(e) => api.compareWith(e.currentTarget.value || null)} data-compare-select>
              <option value="">{tr(T.noCompare, lang)}</option>
              {compareOptions.map((k) => (
                <option key={k.id} value={k.id} data-damaged={'damaged' in k && k.damaged ? 'true' : undefined}>
                  {'damaged' in k && k.damaged ? `${k.name} (${tr(T.damaged, lang)})` : k.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="data-dialog-close" onClick={() => close(true)}>
            {tr(T.close, lang)}
          </button>
        </div>
      )}
    </>
  );
}
