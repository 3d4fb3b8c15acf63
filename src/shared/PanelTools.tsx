// A full panel's tools in its frame's header: cite, save as an image or a slide, expand / back; and
// the key to the marks it uses, under the header.
// Their own chunk (with CiteThis and the picture saving): the first picture has no full panel, and
// every full panel's loader brings them (app/lazyPanel.tsx), so a panel draws with its tools at once.
import { useCallback, useMemo, type RefObject } from 'react';
import { savePicture } from './savePicture';
import { useAppStore } from '../store/store';
import { ui } from '../i18n/text';
import type { Lang } from '../store/url';
import { CiteThis } from './CiteThis';
import { MarksLegend } from './badges';
import { marksOfPanel } from './panelKey';
import { useGraph } from './GraphProvider';

/** The key to the marks this panel uses, beside it. */
export function PanelKey({ name }: { name: string }) {
  const graph = useGraph();
  const kinds = useMemo(() => marksOfPanel(graph, name), [graph, name]);
  return <MarksLegend only={kinds} />;
}

export interface PanelToolsProps {
  name: string;
  title: string;
  lang: Lang;
  /** The panel's root, the picture that is saved. */
  rootRef: RefObject<HTMLElement | null>;
  /** Says (or, with null, stops saying) that saving the picture failed. */
  onExportNote: (note: string | null) => void;
}

export function PanelTools({ name, title, lang, rootRef, onExportNote }: PanelToolsProps) {
  const expanded = useAppStore((s) => s.view === name);
  const returnView = useAppStore((s) => s.returnView);
  const saveImage = useCallback(
    async (slide: boolean) => {
      const root = rootRef.current;
      if (!root) return;
      try {
        await savePicture(root, { name, title, section: title, lang, slide });
        onExportNote(null);
      } catch (e) {
        console.warn(`[panel ${name}] PNG export`, e);
        onExportNote(ui('exportFailed', lang));
      }
    },
    [name, title, lang, rootRef, onExportNote],
  );
  return (
    <>
      <CiteThis panel={name} />
      <button type="button" className="ghost" data-action="save-image" onClick={() => void saveImage(false)} title={ui('saveImageHint', lang)}>
        {ui('saveImage', lang)}
      </button>
      <button
        type="button"
        className="ghost"
        data-action="save-slide"
        onClick={() => void saveImage(true)}
        title={ui('saveSlideHint', lang)}
        aria-label={ui('saveSlideHint', lang)}
      >
        {ui('saveSlide', lang)}
      </button>
      <button
        type="button"
        className="ghost"
        aria-pressed={expanded}
        data-action={expanded ? 'back' : 'expand'}
        onClick={() => useAppStore.getState().setView(expanded ? returnView : name)}
      >
        {expanded ? (returnView === 'overview' ? ui('backToOverview', lang) : ui('backToAll', lang)) : ui('expand', lang)}
      </button>
    </>
  );
}
