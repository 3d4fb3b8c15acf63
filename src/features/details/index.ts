// The details panel's one entry point: the app (and other features) import from here, never a file inside.
export { default, preloadDetails } from './DetailsShell';
