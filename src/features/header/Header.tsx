import { useState } from 'react';
import { useAppStore } from '../../store/store';
import { hasLanguage, loadLanguage } from '../../model/dataset';
import { PartLoadFailed } from '../../shared/PartLoadFailed';
import { LANGS, type Lang } from '../../store/url';
import { tr, ui, type UiKey } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { onDemand } from '../../shared/useOnDemand';
import { PresentButton } from '../presentation';
import { ViewSwitch } from '../overview';
import { useDatasets } from '../../datasets/context';
import { DataMenu, UserDataLine } from '../datasets';
import { SearchBox } from '../search';
import { HeaderMenu } from './HeaderMenu';
import { pictureTitle } from '../../shared/partTitle';
import './header.css';

// The headline figures show above the full panels only (view=all; the overview carries them in the
// picture): their own chunk, with the source lists, fetched when idle or before a page that opens on them.
const headlineFigures = onDemand(() => import('./HeadlineFigures'));
export const preloadHeadlineFigures = headlineFigures.preload;

function HeadlineSlot({ shown }: { shown: boolean }) {
  const { module: loaded, failed, retry } = headlineFigures.useModule(shown);
  if (!shown) return null;
  if (loaded) return <loaded.HeadlineFigures />;
  return failed ? <PartLoadFailed retry={retry} /> : null;
}

const NO_ENGLISH = {
  zh: '此数据集有 {n} 处文字没有英文，英文界面中显示其中文。',
  en: 'This dataset has no English for {n} texts: they are shown in Chinese.',
};

const LANG_LABEL: Record<Lang, UiKey> = { zh: 'langZh', en: 'langEn', both: 'langBoth' };

export function Header() {
  const lang = useLang();
  // A user-supplied picture is never titled as Lankao: its own name stands in the title.
  const userData = useDatasets()?.shown;
  // The overview carries the headline figures in the picture itself; a panel on its own takes the room.
  const showFigures = useAppStore((s) => s.view === 'all');
  return (
    <header className="app-header" data-ui-lang={lang}>
      <div className="title-row">
        <div>
          {/* The dataset's own name (headline.json "name"), else a user's folder name, else the app's title. */}
          <h1>
            {userData?.userSupplied ? (
              <bdi>{pictureTitle(userData.graph.model, userData.name, lang)}</bdi>
            ) : (
              pictureTitle(userData?.graph.model, undefined, lang)
            )}
          </h1>
          {userData?.userSupplied ? <UserDataLine d={userData} /> : <p className="subtitle">{ui('subtitle', lang)}</p>}
          {lang !== 'zh' && userData?.graph.model.englishFromChinese ? (
            <p className="english-missing" role="note" data-english-missing={userData.graph.model.englishFromChinese}>
              {tr(NO_ENGLISH, lang).replace('{n}', String(userData.graph.model.englishFromChinese))}
            </p>
          ) : null}
        </div>
        <SearchBox />
        <div className="header-controls">
          <LangSwitch lang={lang} />
          <PresentButton />
          {/* One line on every screen: what is used less folds into a menu where the line is short. */}
          <HeaderMenu>
            <DataMenu />
            <ViewSwitch />
            <ClearSelection lang={lang} />
          </HeaderMenu>
        </div>
      </div>
      <HeadlineSlot shown={showFigures} />
    </header>
  );
}

/** Its own subscription: a selection re-renders this button, not the header (search box, menus). */
function ClearSelection({ lang }: { lang: Lang }) {
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  return (
    <button type="button" className="clear-selection" disabled={!hasSelection} onClick={() => useAppStore.getState().select(null)}>
      {ui('clearSelection', lang)} <kbd>Esc</kbd>
    </button>
  );
}

/**
 * The language switch. The built-in data's words in another language are a module of their own
 * (model/langTexts.ts), fetched right after hydration: a switch before they are here waits for them, and
 * if they cannot be loaded the page stays in its language and says so, with a retry.
 */
function LangSwitch({ lang }: { lang: Lang }) {
  const [failed, setFailed] = useState<Lang | null>(null);
  const choose = (l: Lang) => {
    setFailed(null);
    if (hasLanguage(l)) useAppStore.getState().setLang(l);
    else
      loadLanguage(l).then(
        () => useAppStore.getState().setLang(l),
        () => setFailed(l),
      );
  };
  return (
    <>
      <div role="radiogroup" aria-label={ui('language', lang)} className="lang-switch">
        {LANGS.map((l) => (
          <button key={l} type="button" role="radio" aria-checked={lang === l} data-lang={l} onClick={() => choose(l)}>
            {ui(LANG_LABEL[l], lang)}
          </button>
        ))}
      </div>
      {/* Floats over the page like the data notices: the header keeps its one line. */}
      {failed ? (
        <div className="floating-notice lang-failed">
          <PartLoadFailed retry={() => choose(failed)} />
        </div>
      ) : null}
    </>
  );
}
