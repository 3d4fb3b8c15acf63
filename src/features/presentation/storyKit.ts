// What the story editor (features/story-editor, its own chunk) needs of a story: editing, the file
// round trip (story.ts). Loaded with the editor through index.ts's loadStoryKit, never in the start JavaScript.
export { addStep, builtInStory, BUILT_IN_STORY_ID, moveStep, removeStep, setStepText, storyFromFile, storyToFile } from './story';
