// The header and the intro are a chunk of their own (chrome.tsx), so that the picture hydrates without
// them (issue 20: the start JavaScript). Both are prerendered (shared/prerenderedOnDemand.tsx); the page
// asks for their code at once, beside the words (main.tsx), and hydration waits a little for it, so it
// is nearly always here in time. If it cannot come, the header's error boundary (app/HeaderBoundary)
// keeps the title and offers a retry; the intro's (app/App.tsx) says so in its place.
import { onDemand } from '../../shared/useOnDemand';
import { prerenderedOnDemand } from '../../shared/prerenderedOnDemand';
// Their stylesheets are start CSS: the prerendered header and intro are styled from the first paint.
import './header.css';
// eslint-disable-next-line no-restricted-imports -- the search box is prerendered in the header: its stylesheet must be start CSS, its code comes with the header's chunk.
import '../search/search.css';

const chrome = onDemand(() => import('./chrome'));
export const preloadChrome = chrome.preload;

/** The headline figures (view=all) are loaded from the header's chunk: this waits for both. */
export const preloadHeadlineFigures = () => chrome.preload().then((m) => m.preloadHeadlineFigures());

export const HeaderOnDemand = prerenderedOnDemand(chrome, (m) => m.Header, <header className="app-header" aria-busy="true" />);
export const IntroOnDemand = prerenderedOnDemand(chrome, (m) => m.Intro);
