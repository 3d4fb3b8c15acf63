// In the header: the way between the picture and the full panels: 总览 (the one-screen overview) and 全部面板
// (every full panel, one after another). A panel opened on its own offers its way back itself.
import { useAppStore } from '../../store/store';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { openView } from '../overview';
import type { Bilingual } from '../../model/schema';

const VIEW_TEXT = {
  overview: { zh: '总览', en: 'Overview' },
  allPanels: { zh: '全部面板', en: 'All panels' },
} satisfies Record<string, Bilingual>;

export function ViewSwitch() {
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  return (
    <div className="view-switch" role="group" aria-label={tr(VIEW_TEXT.overview, lang)}>
      {(['overview', 'all'] as const).map((v) => (
        <button key={v} type="button" data-view-button={v} aria-pressed={view === v} onClick={() => openView(v)}>
          {tr(v === 'overview' ? VIEW_TEXT.overview : VIEW_TEXT.allPanels, lang)}
        </button>
      ))}
    </div>
  );
}
