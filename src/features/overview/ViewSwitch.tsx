// The way between the picture and the full panels: 总览 (the one-screen overview) and 全部面板
// (every full panel, one after another). A panel opened on its own offers its way back itself.
import { useState } from 'react';
import { useAppStore } from '../../store/store';
import { tr, ui } from '../../i18n/text';
import { downloadBlob } from '../../shared/exportImage';
import { elementToPicture } from '../../shared/exportPicture';
import { pictureCaption, pictureFileName } from '../../shared/pictureLayout';
import { useLang } from '../../shared/useEntity';
import { OV_TEXT } from './text';
import { openView } from './navigation';

export function ViewSwitch() {
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  return (
    <div className="view-switch" role="group" aria-label={tr(OV_TEXT.overview, lang)}>
      {(['overview', 'all'] as const).map((v) => (
        <button key={v} type="button" data-view-button={v} aria-pressed={view === v} onClick={() => openView(v)}>
          {tr(v === 'overview' ? OV_TEXT.overview : OV_TEXT.allPanels, lang)}
        </button>
      ))}
    </div>
  );
}

/** Closes the details sheet on a phone (the same as Escape). Hidden where details sit in a column. */
export function SheetClose() {
  const lang = useLang();
  return (
    <button type="button" className="sheet-close" aria-label={tr(OV_TEXT.closeDetails, lang)} onClick={() => useAppStore.getState().select(null)}>
      ✕
    </button>
  );
}

/**
 * 存为整图: the whole overview as one PNG at 2×, or fitted into a 16:9 slide, framed with the
 * title, the source line and the key (shown only while the overview is on screen).
 */
export function SaveWholePicture() {
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  const [failed, setFailed] = useState(false);
  if (view !== 'overview') return null;
  const save = async (slide: boolean) => {
    const root = document.querySelector<HTMLElement>('.overview[data-panel="overview"]:not(.overview-single)');
    try {
      if (!root) throw new Error('no overview on the page');
      const title = ui('title', lang);
      const blob = await elementToPicture(root, pictureCaption(title, tr(OV_TEXT.wholeSection, lang), lang), slide);
      downloadBlob(blob, pictureFileName('overview', lang, slide));
      setFailed(false);
    } catch (e) {
      console.warn('[overview] PNG export', e);
      setFailed(true);
    }
  };
  return (
    <div className="save-whole" data-export="skip" role="group" aria-label={ui('saveWhole', lang)}>
      {/* An icon: the header has no room for words at 1280 px without wrapping onto a second row. */}
      <button
        type="button"
        data-action="save-whole"
        title={ui('saveWholeHint', lang)}
        aria-label={ui('saveWhole', lang)}
        onClick={() => void save(false)}
      >
        <span aria-hidden="true">⤓</span>
      </button>
      <button
        type="button"
        data-action="save-whole-slide"
        title={ui('saveSlideHint', lang)}
        aria-label={ui('saveSlideHint', lang)}
        onClick={() => void save(true)}
      >
        {ui('saveSlide', lang)}
      </button>
      {failed ? (
        <span className="save-whole-note" role="status">
          {ui('wholeFailed', lang)}
        </span>
      ) : null}
    </div>
  );
}
