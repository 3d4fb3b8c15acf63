// The overview's one entry point: the app, the header and the presentation import from here.
// (The header's view switch is the header's own: features/header/ViewSwitch.tsx.)
export { Overview } from './Overview';
export { buildOverview, partOf, percentText, type OverviewModel } from './model';
export { openView, OVERVIEW } from './navigation';
export { SheetClose } from './SheetClose';
