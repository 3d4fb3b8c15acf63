// The presentation's one entry point: the app and the header import from here, never a file inside.
export { Presentation, PresentButton, StoriesButton, useGoToStep, handlePresentationKey, preloadPresentation } from './PresentationControls';
