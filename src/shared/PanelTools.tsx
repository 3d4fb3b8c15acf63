// A full panel's tools in its frame's header: cite, save as an image or a slide, expand / back; and
// the key to the marks it uses, under the header.
// Their own chunk (with CiteThis and the picture saving): the first picture has no full panel, and
// every full panel's loader brings them (app/lazyPanel.tsx), so a panel draws with its tools at once.
import { useCallback, useMemo, type RefObject } from 'react';
import { savePicture } from './savePicture';
import { useAppStore } from '../store/store';
import { tr, ui } from '../i18n/text';
import { laterUi } from '../i18n/laterText';
import type { Lang } from '../store/url';
import { CiteThis } from './CiteThis';
import { MarksLegend } from './badges';
import { marksOfPanel } from './panelKey';
import { useGraph } from './GraphProvider';
import { hasFigure, loadFigure } from './figureSlot';
import type { FigureView } from './figure';
import type { EntityGraph } from '../core/graph';
import type { Bilingual } from '../model/schema';

const TEXT = {
  saveSvg: { zh: 'SVG', en: 'SVG' },
  saveSvgHint: { zh: '存为 SVG 图（矢量，带标题、图例、来源和符号说明）', en: 'Save the figure as SVG (vector, with title, legend, source and key)' },
  saveFigureHint: {
    zh: '存为论文用图（PNG，2 倍清晰度）：标题、当前视图与单位、图例、来源和符号说明，不含按钮',
    en: 'Save the figure for a paper (PNG, 2×): title, the current view and unit, legend, source and key; no controls',
  },
} satisfies Record<string, Bilingual>;

/** What the panel shows now: the store's view of it, the selection, and what the panel itself says (data-figure-state). */
export function currentFigureView(root: HTMLElement | null): FigureView {
  const s = useAppStore.getState();
  let map: FigureView['map'];
  const own = root?.querySelector<HTMLElement>('[data-figure-state]')?.dataset.figureState;
  if (own) {
    try {
      map = JSON.parse(own) as FigureView['map'];
    } catch {
      map = undefined;
    }
  }
  return { unit: s.panelView.unit, fundView: s.panelView.fundView, map, focusId: s.selectedId };
}

async function saveFigure(graph: EntityGraph, name: string, lang: Lang, root: HTMLElement | null, format: 'png' | 'svg'): Promise<void> {
  const [figure, { downloadFigure }] = await Promise.all([loadFigure(name), import('./figureExport')]);
  await downloadFigure(figure({ graph, lang, view: currentFigureView(root) }), format);
}

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
  const graph = useGraph();
  const figure = hasFigure(name);
  const saveImage = useCallback(
    async (slide: boolean, format: 'png' | 'svg' = 'png') => {
      const root = rootRef.current;
      if (!root) return;
      try {
        // The part's figure, composed from its data; a panel without one (or the 16:9 slide) is pictured as drawn,
        // and so is a panel whose figure cannot be composed (a county's data the figure does not expect).
        let saved = false;
        if (figure && !slide) {
          try {
            await saveFigure(graph, name, lang, root, format);
            saved = true;
          } catch (e) {
            if (format === 'svg') throw e;
            console.warn(`[panel ${name}] figure`, e);
          }
        }
        if (!saved) await savePicture(root, { name, title, section: title, lang, slide });
        onExportNote(null);
      } catch (e) {
        console.warn(`[panel ${name}] PNG export`, e);
        onExportNote(laterUi('exportFailed', lang));
      }
    },
    [name, title, lang, rootRef, onExportNote, figure, graph],
  );
  return (
    <>
      <CiteThis panel={name} />
      <button
        type="button"
        className="ghost"
        data-action="save-image"
        onClick={() => void saveImage(false)}
        title={figure ? tr(TEXT.saveFigureHint, lang) : laterUi('saveImageHint', lang)}
      >
        {laterUi('saveImage', lang)}
      </button>
      {figure ? (
        <button
          type="button"
          className="ghost"
          data-action="save-svg"
          onClick={() => void saveImage(false, 'svg')}
          title={tr(TEXT.saveSvgHint, lang)}
          aria-label={tr(TEXT.saveSvgHint, lang)}
        >
          {tr(TEXT.saveSvg, lang)}
        </button>
      ) : null}
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
        {expanded ? (returnView === 'overview' ? laterUi('backToOverview', lang) : laterUi('backToAll', lang)) : ui('expand', lang)}
      </button>
    </>
  );
}
