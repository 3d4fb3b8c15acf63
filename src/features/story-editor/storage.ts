// The trainer's stories are kept in this browser's IndexedDB (idb-keyval, loaded on first use), apart
// from the datasets a user opens (src/datasets/storage.ts): a story is a sequence of steps over the
// picture shown, not data, so it is never validated as a dataset nor labelled as user-supplied data.
import type { Story } from '../presentation';

async function db() {
  const { createStore, get, set, del, values } = await import('idb-keyval');
  const store = createStore('lankao-stories', 'stories');
  return {
    get: (id: string) => get<Story>(id, store),
    set: (s: Story) => set(s.id, s, store),
    del: (id: string) => del(id, store),
    all: () => values<Story>(store),
  };
}

export async function loadStory(id: string): Promise<Story | undefined> {
  return (await db()).get(id);
}

export async function saveStory(story: Story): Promise<void> {
  await (await db()).set(story);
}

export async function deleteStory(id: string): Promise<void> {
  await (await db()).del(id);
}

/** Every kept story, by title. */
export async function listStories(): Promise<Story[]> {
  const all = await (await db()).all();
  return all
    .filter((s) => s && typeof s === 'object' && typeof s.id === 'string' && Array.isArray(s.steps))
    .sort((a, b) => a.title.zh.localeCompare(b.title.zh));
}

export function newStoryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `s${[...bytes]
    .map((b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 10)}`;
}
