// Pure: a story (the presentation's steps) read for handouts and slides. A step is
// `{ panel, entity?, full?, state? }` and may carry `caption` and `notes` in both languages (a
// trainer's own words); without them the step's entity gives the title (its label) and the notes
// (its description). Kept loose on purpose: it reads the built-in presentation and a story from the
// story editor alike, and ignores what it does not know.
import type { EntityGraph } from '../../core/graph';
import type { Bilingual, Entity, PresentationStep, Source } from '../../model/schema';
import type { Model } from '../../model/types';
import { tr } from '../../i18n/text';
import { entitySources, shortReference } from '../../shared/cite';
import type { FigureView } from '../../shared/figure';

export interface StoryStep {
  panel: string;
  entity?: string;
  full?: boolean;
  state?: { mapLevel?: 1 | 2 | 'all'; fundView?: 'share' | 'compare' };
  caption?: Partial<Bilingual>;
  notes?: Partial<Bilingual>;
}

/** The steps of a story, whatever else the object holds: `{ steps: [...] }` or the array itself. */
export function readStory(story: unknown): StoryStep[] {
  const list = Array.isArray(story) ? story : story && typeof story === 'object' ? (story as { steps?: unknown }).steps : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter((s): s is StoryStep => !!s && typeof s === 'object' && typeof (s as StoryStep).panel === 'string');
}

export interface StepPage {
  part: string;
  title: string;
  /** The step's source: the entity's primary source as a short reference. */
  source: string;
  notes: string;
  view: FigureView;
  entity: Entity | undefined;
}

const SOURCE = { zh: '资料来源：', en: 'Source: ' };
const pick = (b: Partial<Bilingual> | undefined, lang: 'zh' | 'en') => (b ? (b[lang] ?? '').trim() || undefined : undefined);

/** What one page or slide of the handout says, in one language. */
export function stepPage(graph: EntityGraph, step: StoryStep, lang: 'zh' | 'en'): StepPage {
  const entity = step.entity ? graph.model.entities.get(step.entity) : undefined;
  const title = pick(step.caption, lang) ?? (entity ? tr(entity.label, lang) : step.panel);
  const notes = pick(step.notes, lang) ?? (entity?.description ? tr(entity.description, lang) : '');
  const source: Source | undefined = entity ? entitySources(entity.sources, graph.model.sources)[0] : undefined;
  return {
    part: step.panel,
    title,
    source: source ? `${tr(SOURCE, lang)}${shortReference(source, lang)}` : '',
    notes,
    view: {
      unit: 'yi',
      fundView: step.state?.fundView ?? 'share',
      map: { level: step.state?.mapLevel ?? (step.panel === 'campaign-map' ? 1 : 2) },
      focusId: entity?.id ?? null,
    },
    entity,
  };
}

export const HANDOUT_TEXT = {
  menu: { zh: '讲义与幻灯片', en: 'Handouts and slides' },
  pdf: { zh: 'PDF 讲义（打印）', en: 'PDF handout (print)' },
  pptx: { zh: 'PowerPoint（.pptx）', en: 'PowerPoint (.pptx)' },
  print: { zh: '打印 / 存为 PDF', en: 'Print / save as PDF' },
  working: { zh: '正在生成…', en: 'Preparing…' },
  failed: { zh: '没能生成，请再试一次。', en: 'Could not be made; please try again.' },
  blocked: { zh: '浏览器拦截了新窗口：请允许本页打开弹出窗口。', en: 'The browser blocked the new window: allow pop-ups for this page.' },
  step: { zh: '第 {n} / {total} 步', en: 'Step {n} of {total}' },
  notes: { zh: '讲解要点', en: 'Notes' },
  handoutTitle: { zh: '讲义', en: 'Handout' },
} satisfies Record<string, Bilingual>;

// ── The story model (issue 21's editor, presenter view and stage) ─────────────────────────────────
// A story is the steps a trainer presents. The built-in presentation (data/presentation.json) is the
// default story; the story editor makes others over the same data (kept in IndexedDB, saved and
// opened as a small file). Its steps are the schema's PresentationStep
// `{ panel, entity?, full?, state?, caption?, notes? }`, which the loose StoryStep above reads.

export interface Story {
  format: 'lankao-story';
  version: 1;
  /** Stable id (IndexedDB key); "builtin" is the data's own presentation. */
  id: string;
  title: Bilingual;
  /** Which picture the steps point into: "lankao" for the built-in data. */
  dataset: string;
  steps: PresentationStep[];
}

export const BUILT_IN_STORY_ID = 'builtin';

/** The steps being presented (steps.ts: in the start JavaScript, without this module's citation code). */
export { stepsOf } from './steps';

export function builtInStory(model: Model, title: Bilingual): Story {
  return { format: 'lankao-story', version: 1, id: BUILT_IN_STORY_ID, title, dataset: 'lankao', steps: model.presentation.map((s) => ({ ...s })) };
}

/** The caption under a step's slide: the step's own, else the selected entity's description (its sourced text). */
export function captionOf(step: PresentationStep, model: Model, selectedId: string | null): Bilingual | undefined {
  if (step.caption && (selectedId === null || selectedId === (step.entity ?? null))) return step.caption;
  const e = selectedId ? model.entities.get(selectedId) : undefined;
  return e?.description;
}

// ── Editing (each returns a new story) ─────────────────────────────────────────────────────────

export function addStep(story: Story, step: PresentationStep, at = story.steps.length): Story {
  const steps = [...story.steps];
  steps.splice(Math.max(0, Math.min(at, steps.length)), 0, step);
  return { ...story, steps };
}

export function removeStep(story: Story, index: number): Story {
  return { ...story, steps: story.steps.filter((_, i) => i !== index) };
}

/** Move step `from` by `by` places (−1 up, +1 down), clamped to the list. */
export function moveStep(story: Story, from: number, by: number): Story {
  const to = Math.max(0, Math.min(story.steps.length - 1, from + by));
  if (to === from || from < 0 || from >= story.steps.length) return story;
  const steps = [...story.steps];
  const [s] = steps.splice(from, 1);
  steps.splice(to, 0, s!);
  return { ...story, steps };
}

/** Set one language of a step's caption or notes; both empty removes it. */
export function setStepText(story: Story, index: number, field: 'caption' | 'notes', lang: 'zh' | 'en', text: string): Story {
  return {
    ...story,
    steps: story.steps.map((s, i) => {
      if (i !== index) return s;
      const next = { zh: s[field]?.zh ?? '', en: s[field]?.en ?? '', [lang]: text };
      const out: PresentationStep = { ...s };
      if (next.zh.trim() === '' && next.en.trim() === '') delete out[field];
      else out[field] = next;
      return out;
    }),
  };
}

// ── The file ───────────────────────────────────────────────────────────────────────────────────

export function storyToFile(story: Story): string {
  return `${JSON.stringify(story, null, 1)}\n`;
}

const PARTS = new Set(['leadership', 'precision', 'four-focuses', 'exit-criteria', 'funding', 'policies', 'campaign-map', 'timeline']);
const isText = (v: unknown): v is string => typeof v === 'string';
const isBilingual = (v: unknown): v is Bilingual => typeof v === 'object' && v !== null && isText((v as Bilingual).zh) && isText((v as Bilingual).en);

/**
 * Reads a story file. Every problem is named with its place and what was expected; ids are checked
 * against `model` (a step whose entity this picture does not have is refused, not silently dropped).
 */
export function storyFromFile(text: string, model: Model, fileName = 'story'): { story: Story } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { error: `${fileName}: not JSON (${(e as Error).message}); expected a story file saved by this page` };
  }
  const o = raw as Partial<Story> | null;
  if (!o || typeof o !== 'object' || o.format !== 'lankao-story') return { error: `${fileName}: format: expected "lankao-story"` };
  if (o.version !== 1) return { error: `${fileName}: version: found ${JSON.stringify(o.version)}; expected 1` };
  if (!isBilingual(o.title)) return { error: `${fileName}: title: expected { "zh": text, "en": text }` };
  if (!Array.isArray(o.steps)) return { error: `${fileName}: steps: expected a list` };
  const steps: PresentationStep[] = [];
  for (const [i, s] of (o.steps as unknown[]).entries()) {
    const at = `${fileName}: steps[${i}]`;
    if (!s || typeof s !== 'object') return { error: `${at}: expected a step object` };
    const step = s as Record<string, unknown>;
    if (!isText(step.panel) || !PARTS.has(step.panel))
      return { error: `${at}.panel: found ${JSON.stringify(step.panel)}; expected one of ${[...PARTS].join(', ')}` };
    if (step.entity !== undefined && (!isText(step.entity) || !model.entities.has(step.entity)))
      return { error: `${at}.entity: found ${JSON.stringify(step.entity)}, which this picture does not have; expected an entity id` };
    for (const f of ['caption', 'notes'] as const)
      if (step[f] !== undefined && !isBilingual(step[f])) return { error: `${at}.${f}: expected { "zh": text, "en": text }` };
    const out: PresentationStep = { panel: step.panel as PresentationStep['panel'] };
    if (isText(step.entity)) out.entity = step.entity;
    if (step.full === true) out.full = true;
    if (step.state && typeof step.state === 'object') {
      const st = step.state as Record<string, unknown>;
      const state: NonNullable<PresentationStep['state']> = {};
      if (st.mapLevel === 1 || st.mapLevel === 2 || st.mapLevel === 'all') state.mapLevel = st.mapLevel;
      if (st.fundView === 'share' || st.fundView === 'compare') state.fundView = st.fundView;
      out.state = state;
    }
    if (isBilingual(step.caption)) out.caption = { zh: step.caption.zh, en: step.caption.en };
    if (isBilingual(step.notes)) out.notes = { zh: step.notes.zh, en: step.notes.en };
    steps.push(out);
  }
  const id = isText(o.id) && o.id !== BUILT_IN_STORY_ID ? o.id : `story-${Date.now().toString(36)}`;
  return { story: { format: 'lankao-story', version: 1, id, title: o.title, dataset: isText(o.dataset) ? o.dataset : 'lankao', steps } };
}
