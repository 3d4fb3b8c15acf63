// What the header feature draws around the picture: the header (title, search, controls) and the intro.
// A chunk of its own (OnDemand.tsx): the picture hydrates without it.
export { Header, preloadHeadlineFigures } from './Header';
export { Intro } from './Intro';
