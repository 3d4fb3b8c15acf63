// A .tsx: it brings a component (ExportStory), so lint does not hold it to the pure modules' rules.
// What the story editor (features/story-editor, its own chunk) needs of a story: editing, the file
// round trip (story.ts), and the handouts and slides menu for the story being edited (ExportStory's `steps`). Loaded with the editor through index.ts's loadStoryKit, never in the start JavaScript.
export { addStep, builtInStory, BUILT_IN_STORY_ID, moveStep, removeStep, setStepText, storyFromFile, storyToFile } from './story';
export { ExportStory } from './ExportStory';
