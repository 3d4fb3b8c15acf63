// Which story the presentation plays: `&story=<id>` in the URL (a story kept in this browser's
// IndexedDB), none for the built-in presentation, the default story. The store holds its steps
// (store.story); a reload reads the id back and loads the story before the stage shows (src/main.tsx).
// In the start JavaScript: small, and the storage code is only fetched when the URL names a story.
import { useAppStore } from '../../store/store';
import type { Bilingual, PresentationStep } from '../../model/schema';

export const STORY_PARAM = 'story';
const STORY_ID = /^[A-Za-z0-9_-]{1,40}$/;

const filled = (b: Bilingual | undefined): Bilingual | undefined => (b ? { zh: b.zh.trim() || b.en, en: b.en.trim() || b.zh } : undefined);

/**
 * The steps as presented: a caption or notes written in one language only shows in the other too (rather
 * than an empty line); with neither, the step has none and the slide shows the data's own description.
 */
export function forPresenting(steps: readonly PresentationStep[]): PresentationStep[] {
  return steps.map((s) => {
    if (!s.caption && !s.notes) return s;
    const out: PresentationStep = { ...s };
    if (s.caption) out.caption = filled(s.caption);
    if (s.notes) out.notes = filled(s.notes);
    return out;
  });
}

/** The story the URL names, if it names one well-formed. */
export function storyIdOf(search: string): string | null {
  let v: string | null;
  try {
    v = new URLSearchParams(search).get(STORY_PARAM);
  } catch {
    return null;
  }
  return v !== null && STORY_ID.test(v) ? v : null;
}

/** The query with `story=` set to `id` (null: removed), everything else as it is. */
export function withStoryId(search: string, id: string | null): string {
  const params = new URLSearchParams(search);
  if (id === null) params.delete(STORY_PARAM);
  else params.set(STORY_PARAM, id);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function writeStoryId(id: string | null, win: Window = window): void {
  const next = withStoryId(win.location.search, id);
  if (next !== win.location.search) win.history.replaceState(win.history.state, '', `${win.location.pathname}${next}${win.location.hash}`);
}

/**
 * Loads the story the URL names and makes it the one presented. A story this browser does not have
 * (another browser's link, storage cleared) leaves the built-in presentation playing and the id out
 * of the URL, with a warning in the console; never a blank page.
 */
export function restoreStory(search: string): Promise<void> | null {
  const id = storyIdOf(search);
  if (id === null) return null;
  return import('./storage')
    .then((m) => m.loadStory(id))
    .then(
      (story) => {
        if (story && Array.isArray(story.steps) && story.steps.length > 0) useAppStore.getState().setStory(forPresenting(story.steps));
        else {
          console.warn(`story=${id}: no such story is kept in this browser; the built-in presentation plays`);
          writeStoryId(null);
        }
      },
      (e: unknown) => console.warn(`story=${id}: could not be read (${e instanceof Error ? e.message : String(e)}); the built-in presentation plays`),
    );
}
