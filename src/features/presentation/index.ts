// The presentation's one entry point: the app and the header import from here, never a file inside.
export { Presentation, PresentButton, useGoToStep, handlePresentationKey, preloadPresentation } from './PresentationControls';
// The story editor (features/story-editor) edits and files stories with the story kit (storyKit.ts, its own chunk).
export type { Story } from './story';
import { loadBuiltInWords } from '../../model/dataset';
export type StoryKit = typeof import('./storyKit');
// With the later texts: the built-in story's captions and notes are among them (model/laterTexts.ts), and an edit copies them.
export const loadStoryKit = (): Promise<StoryKit> => Promise.all([import('./storyKit'), loadBuiltInWords()]).then(([m]) => m);
