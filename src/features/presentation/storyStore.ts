// Stories kept in this browser (IndexedDB through idb-keyval, loaded on first use), and which one
// the editor last showed (localStorage). A story over the built-in data is just its steps: it
// points into Lankao's picture and never changes which dataset is shown (no "user data" label).
import type { Story } from './story';

async function db() {
  const { createStore, entries, set, del } = await import('idb-keyval');
  const store = createStore('lankao-stories', 'stories');
  return {
    all: () => entries<string, Story>(store),
    set: (story: Story) => set(story.id, story, store),
    del: (id: string) => del(id, store),
  };
}

/** Every kept story, oldest first (by id, which starts with its creation time). */
export async function listStories(): Promise<Story[]> {
  const all = await (await db()).all();
  return all.map(([, s]) => s).sort((a, b) => a.id.localeCompare(b.id));
}

export async function saveStory(story: Story): Promise<void> {
  await (await db()).set(story);
}

export async function deleteStory(id: string): Promise<void> {
  await (await db()).del(id);
}

const CURRENT = 'lankao-story-current';

export function rememberCurrent(id: string): void {
  try {
    localStorage.setItem(CURRENT, id);
  } catch {
    /* private mode: the editor opens on the built-in story next time */
  }
}

export function rememberedCurrent(): string | null {
  try {
    return localStorage.getItem(CURRENT);
  } catch {
    return null;
  }
}

export function newStoryId(): string {
  return `story-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
