// Pure: a story (the presentation's steps) read for handouts and slides. A step is
// `{ panel, entity?, full?, state? }` and may carry `caption` and `notes` in both languages (a
// trainer's own words); without them the step's entity gives the title (its label) and the notes
// (its description). Kept loose on purpose: it reads the built-in presentation and a story from the
// story editor alike, and ignores what it does not know.
import type { EntityGraph } from '../../core/graph';
import type { Bilingual, Entity, Source } from '../../model/schema';
import { tr } from '../../i18n/text';
import { primarySource, shortReference } from '../../shared/cite';
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
  const source: Source | undefined = entity ? primarySource(entity.sources, graph.model.sources) : undefined;
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
