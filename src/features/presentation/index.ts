// The presentation's one entry point: the app and the header import from here, never a file inside.
export { Presentation, PresentButton, useGoToStep, handlePresentationKey, preloadPresentation } from './PresentationControls';
// The story editor (features/story-editor) edits and files stories with the story kit (storyKit.ts, its own chunk).
export type { Story } from './story';
export type StoryKit = typeof import('./storyKit');
export const loadStoryKit = (): Promise<StoryKit> => import('./storyKit');
export { partOf } from './steps';
