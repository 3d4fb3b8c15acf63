// The header's one entry point: the app imports from here, never a file inside.
export { Header, preloadHeadlineFigures } from './Header';
export { Intro } from './Intro';
