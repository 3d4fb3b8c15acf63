// The header's one entry point: the app imports from here, never a file inside.
// The header and the intro load on demand (OnDemand.tsx); their code is chrome.ts's chunk.
export { HeaderOnDemand as Header, IntroOnDemand as Intro, preloadChrome, preloadHeadlineFigures } from './OnDemand';
