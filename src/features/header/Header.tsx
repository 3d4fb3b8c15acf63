import { useState, useSyncExternalStore } from 'react';
import { useAppStore } from '../../store/store';
import { hasLanguage, loadBuiltInWords, loadLanguage } from '../../model/dataset';
import { PartBoundary, PartLoadFailed } from '../../shared/PartLoadFailed';
import { LANGS, type Lang } from '../../store/url';
import { tr, ui, type UiKey } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { onDemand } from '../../shared/useOnDemand';
import { PresentButton } from '../presentation';
import { ViewSwitch } from './ViewSwitch';
import { useDatasets } from '../../datasets/context';
import { DataMenu, UserDataLine } from '../datasets';
import { SearchBox } from '../search';
import { StoryButton } from '../story-editor';
import { HeaderMenu } from './HeaderMenu';
import { aboutIsOpen, closeAbout, openAbout, subscribeAbout } from './aboutState';
import { INTRO_TEXT } from './Intro';
import { pictureTitle } from '../../shared/partTitle';

// The headline figures show above the full panels only (view=all; the overview carries them in the
// picture): their own chunk, with the source lists, fetched when idle or before a page that opens on them.
// Their source lists' quotes are later texts (model/laterTexts.ts): the figures wait for them (and show without them if they cannot come).
const headlineFigures = onDemand(() => Promise.all([import('./HeadlineFigures'), loadBuiltInWords().catch(() => undefined)]).then(([m]) => m));
export const preloadHeadlineFigures = headlineFigures.preload;

function HeadlineSlot({ shown }: { shown: boolean }) {
  const { module: loaded, failed, retry } = headlineFigures.useModule(shown);
  if (!shown) return null;
  if (loaded)
    return (
      <PartBoundary name="headline figures">
        <loaded.HeadlineFigures />
      </PartBoundary>
    );
  return failed ? <PartLoadFailed retry={retry} /> : null;
}

// The About dialog's words, the book and the sources: a chunk of their own, loaded when it opens.
// With the later words: the intro's sources (model/laterTexts.ts) and the quotes' translations.
const about = onDemand(() => Promise.all([import('./About'), loadBuiltInWords()]).then(([m]) => m));

function AboutSlot() {
  // Closed in the prerendered page (and while hydrating): a `?about` link opens it right after.
  const open = useSyncExternalStore(subscribeAbout, aboutIsOpen, () => false);
  const { module: loaded, failed, retry } = about.useModule(open);
  if (!open) return null;
  if (loaded) return <loaded.AboutDialog onClose={closeAbout} />;
  return failed ? (
    <div className="floating-notice">
      <PartLoadFailed retry={retry} />
    </div>
  ) : null;
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
            <StoryButton />
            <ViewSwitch />
            <ClearSelection lang={lang} />
            {/* In the line: a round ⓘ (named for screen readers); in the folded menu: its words. */}
            <button
              type="button"
              className="about-button"
              data-action="about"
              aria-haspopup="dialog"
              aria-label={tr(INTRO_TEXT.about, lang)}
              title={tr(INTRO_TEXT.about, lang)}
              onClick={openAbout}
            >
              <span aria-hidden="true" className="about-icon">
                i
              </span>
              <span aria-hidden="true" className="about-text">
                {tr(INTRO_TEXT.about, lang)}
              </span>
            </button>
          </HeaderMenu>
        </div>
      </div>
      <AboutSlot />
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
