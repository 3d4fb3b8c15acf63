// The story editor's one entry point (features/story-editor): the header's button (the editor itself
// is its own chunk, StoryEditor.tsx) and what reads `&story=<id>` at start (chosen.ts, fetched only
// when the URL names a story).
export { StoryButton } from './StoryButton';

/** Loads the story `&story=<id>` names and makes it the one presented (chosen.ts); null when the URL names none. */
export function restoreStory(search: string): Promise<void> | null {
  return /[?&]story=/.test(search) ? import('./chosen').then((m) => m.restoreStory(search) ?? undefined) : null;
}
