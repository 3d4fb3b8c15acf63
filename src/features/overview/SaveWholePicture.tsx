// The overview's own tool: the whole picture saved as one image. Prerendered with the overview; its code
// (with the export's) hydrates after the picture's (Overview.tsx, shared/prerenderedOnDemand.tsx).
import { useState } from 'react';
import { useAppStore } from '../../store/store';
import { tr, ui } from '../../i18n/text';
import { savePicture } from '../../shared/savePicture';
import { useLang } from '../../shared/useEntity';
import type { Bilingual } from '../../model/schema';

const WHOLE_SECTION: Bilingual = { zh: '“一张图”总览', en: 'the one-page diagram' };

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
      await savePicture(root, { name: 'overview', title, section: tr(WHOLE_SECTION, lang), lang, slide });
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
