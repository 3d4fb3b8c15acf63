export { SearchBox } from './SearchBox';
export { PANEL_NAME } from './panelOf';
