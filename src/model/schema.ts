// The data files' schemas: the single source of truth for the model's TypeScript types.
// Every file in data/ is parsed by exactly one of these; the cross-file checks live in
// validate.ts. zod runs "jitless" so that the strict CSP (no unsafe-eval) holds.
import { z } from 'zod';

z.config({ jitless: true });

import { ID_PATTERN } from './files.ts';
import { PART_NAMES } from '../parts/registry.ts';

export { GRAPH_FILES, HEADLINE_FILE, ID_PATTERN, PRESENTATION_FILE, SOURCES_FILE } from './files.ts';
export const Id = z.string().regex(ID_PATTERN, 'a lowercase ASCII id like "fund-special"');

const NonEmpty = z.string().trim().min(1, 'a non-empty string');

/** http(s) only, in any letter case (HTTPS:// is the same scheme): never javascript:, data: or the like. */
export function isWebAddress(u: string): boolean {
  if (u !== u.trim()) return false;
  try {
    const url = new URL(u);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "2017", "2017-02", "2017-02-27" or "2014/2016" naming days that exist (no 2017-13-45, no 2017-02-29). */
export function isCalendarDate(date: string): boolean {
  const parts = date.split('/');
  if (parts.length > 2) return false;
  return parts.every((d) => {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
    if (!m) return false;
    const year = Number(m[1]);
    if (m[2] === undefined) return true;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return false;
    if (m[3] === undefined) return true;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
    const day = Number(m[3]);
    return day >= 1 && day <= days;
  });
}

export const Bilingual = z.object({ zh: NonEmpty, en: NonEmpty }).strict();

/** How sure we are of a reading. */
export const Confidence = z.enum([
  'verbatim', // legible in the book as printed
  'reconstructed', // the label is not printed that way (garbled, or our wording of the book's sentence): see `printed` and `note`
  'external', // not in the book; from a cited public source
]);

export const SourceRef = z
  .object({
    source: Id,
    /** The source's own words for this fact (a short citation, never a long passage). */
    quote: z.string().max(200, 'a short citation (at most 200 characters)').optional(),
    note: z.string().optional(),
  })
  .strict();

export const MEASURE_QUALIFIERS = ['sampled'] as const;
export const Measure = z
  .object({
    id: Id,
    label: Bilingual,
    value: z.number().finite(),
    /** Unit as printed, e.g. 亿元, %, 万人, 元/人/年. */
    unit: NonEmpty,
    unitEn: NonEmpty,
    /**
     * What the figure covers in time: "2014–2016", "2016-12", "2017", or "unstated" where the source
     * gives none (never guessed; the UI shows it as unknown).
     */
    period: NonEmpty,
    /** A value is a measured figure; a threshold is a standard it is compared with. */
    role: z.enum(['value', 'threshold']),
    /** For thresholds: which side passes. */
    comparator: z.enum(['<', '<=', '>', '>=']).optional(),
    /**
     * Derived figures (computed from other sourced figures) say how: the formula, e.g. "9.33 亿元 ÷ 58.7 万人次",
     * or the formula in each language ({ zh, en }), so that English readers read English units (issue 22).
     */
    derivation: z.union([z.string(), Bilingual]).optional(),
    /**
     * How many decimals the source prints, where it writes trailing zeros that JSON drops: 3.20 亿元 is
     * `"value": 3.2, "decimals": 2`, and the page shows 3.20 (src/model/rules/decimals.ts checks it against the quotes).
     */
    decimals: z.number().int().min(0).max(6).optional(),
    /** How the source qualifies the figure: "sampled" (抽样) where it comes from a sample. */
    qualifier: z.enum(MEASURE_QUALIFIERS).optional(),
    sources: z.array(SourceRef).min(1, 'at least one source'),
  })
  .strict();

export const ENTITY_KINDS = [
  'goal',
  'place',
  'principle',
  'leader',
  'duty',
  'question',
  'precision',
  'focus',
  'focus-item',
  'support-type',
  'fund',
  'exit-level',
  'criterion',
  'policy',
  'household-status',
  'household-category',
  'event',
  'campaign-node',
] as const;
export const EntityKind = z.enum(ENTITY_KINDS);

export const Entity = z
  .object({
    id: Id,
    kind: EntityKind,
    label: Bilingual,
    /**
     * A shorter English form of `label` for the compact one-screen overview (issue 22): an abbreviation
     * of the English label (no new facts, the glossary's renderings). The full label stays in the
     * item's title, its accessible name, the full panels, the details and search.
     */
    short: z
      .object({ en: z.string().trim().min(1, 'a non-empty string') })
      .strict()
      .optional(),
    /** The text exactly as the extracted page prints it, where it differs from `label`. */
    printed: z.string().optional(),
    description: Bilingual.optional(),
    confidence: Confidence,
    /** Why a reading was reconstructed, or what is uncertain about it. */
    note: Bilingual.optional(),
    /** The number printed beside an item (policy 1–12) or the item's place in its list. */
    order: z.number().int().optional(),
    /** ISO date or year, for events: 2017, 2014-03, 2017-02-27, or a range 2014/2016. */
    date: z.string().refine(isCalendarDate, 'a real date written 2017, 2017-02 or 2017-02-27, or a range of two such dates joined by "/"').optional(),
    measures: z.array(Measure).optional(),
    sources: z.array(SourceRef).min(1, 'at least one source'),
  })
  .strict();

export const LINK_TYPES = [
  'part-of', // a branch or item belongs to its parent in a drawn hierarchy
  'responsible-for', // a leader or department is responsible for a duty
  'realises', // a duty, practice or policy puts a principle or precision into practice
  'funds', // a fund pays for a support type or practice
  'measures', // an exit criterion measures a level or a goal
  'applies-to', // a policy or criterion applies to a household status or category
  'answers', // an item answers one of the key questions (扶持谁 / 谁来扶 / 怎么扶 / 如何退)
  'concerns', // an event concerns an entity
] as const;
export const LinkType = z.enum(LINK_TYPES);

/**
 * What in the book shows a link that is not interpretive: its own words (`quote`, literal, e.g.
 * 书记县长总负责 on one line) or how the page is laid out (`layout`: the line, grouping,
 * numbering or indentation that joins the two, e.g. "1.–6. are listed under 已脱贫").
 */
export const LinkEvidence = z
  .object({
    source: Id,
    quote: z.string().max(200, 'a short citation (at most 200 characters)').optional(),
    layout: Bilingual.optional(),
  })
  .strict();

export const Link = z
  .object({
    from: Id,
    to: Id,
    type: LinkType,
    /**
     * True where the link is our reading of the subject matter. A link is interpretive unless a
     * line, grouping, numbering or indentation in the book shows it; then `evidence` says which.
     */
    interpretive: z.boolean(),
    evidence: LinkEvidence.optional(),
    note: Bilingual.optional(),
    sources: z.array(SourceRef).optional(),
  })
  .strict();

/** A graph file: one themed part of the picture (leadership, funding, campaign map, …). */
/** A data file may name its JSON Schema (public/schema/, generated from this file) for editors. */
export const SchemaRef = z.string().optional();

export const GraphFile = z
  .object({
    $schema: SchemaRef,
    $comment: z.string().optional(),
    section: Bilingual,
    entities: z.array(Entity),
    links: z.array(Link),
  })
  .strict();

export const Source = z
  .object({
    id: Id,
    type: z.enum(['book', 'web']),
    title: NonEmpty,
    /**
     * Web sources: is `title` the page's own title ("page") or our description of the page
     * ("description")? The UI marks descriptions so that no one searches for them as titles.
     */
    titleKind: z.enum(['page', 'description']).optional(),
    /** For the book: the section (e.g. 开篇「兰考脱贫了」). */
    section: z.string().optional(),
    url: z.string().refine(isWebAddress, 'a web address starting with http:// or https://').optional(),
    publisher: z.string().optional(),
    note: z.string().optional(),
    /**
     * For the book: where the section is, in the book's own page numbers — only what the book prints
     * (its table of contents gives the page each part starts on), e.g. { zh: "开篇自第1页起", en: "the Opening starts on p. 1" }.
     */
    pages: Bilingual.optional(),
    /** Our English rendering of a Chinese title or section (the original stays in title/section). */
    titleEn: z.string().optional(),
    sectionEn: z.string().optional(),
    /** What a reference needs (GB/T 7714, APA), as printed on the book's copyright page. */
    cite: z
      .object({
        author: Bilingual,
        /** The title in pinyin, as the book prints it. */
        titlePinyin: NonEmpty,
        place: Bilingual,
        publisher: Bilingual,
        year: z.number().int(),
        isbn: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((s) => s.type !== 'web' || s.titleKind !== undefined, {
    path: ['titleKind'],
    message: 'a titleKind on a web source: "page" (the title is the page\'s own) or "description" (it is our description of the page)',
  });

export const SourcesFile = z.object({ $schema: SchemaRef, $comment: z.string().optional(), sources: z.array(Source).min(1) }).strict();

/** A figure: an entity and one of its measures, or an event (its date). */
const HeadlineFigure = z.object({ entity: Id, measure: Id.optional() }).strict();

/** Which figures the header shows, in order. */
export const HeadlineFile = z
  .object({
    $schema: SchemaRef,
    $comment: z.string().optional(),
    /** The picture's name, the page's title (一张图看懂兰考脱贫). Optional: data made before it existed shows its folder's name. */
    name: Bilingual.optional(),
    headline: z.array(HeadlineFigure).min(1),
    /**
     * What a first-time visitor reads first (issue 22): one line saying what Lankao is and what this picture
     * is, in our words, each fact of it backed by `sources` (the book's words, or a public page), and the
     * few figures a newcomer needs (shown beside it, each an entity as in `headline`).
     */
    intro: z
      .object({
        line: Bilingual,
        sources: z.array(SourceRef).min(1),
        figures: z.array(HeadlineFigure).min(1).max(4),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The parts of the picture a presentation step can show: the registry's (src/parts/registry.ts). */
export const PICTURE_PARTS = PART_NAMES;

/**
 * A step's view of its panel. Setting any of it shows the full panel rather than the overview's
 * compact part: the mind map opened to a level, funding as shares or side by side.
 */
export const StepPanelState = z
  .object({
    mapLevel: z.union([z.literal(1), z.literal(2), z.literal('all')]).optional(),
    fundView: z.enum(['share', 'compare']).optional(),
  })
  .strict();

/**
 * One step of a presentation (a story): one part of the picture as a slide (the part's stage form),
 * with `entity` selected (none: the part as it is); `state` is the part's view (the mind map's level);
 * `full` is kept for older files (the stage form shows every step now). `caption` is the line under
 * the slide (short, from the data's own sourced text); `notes` the speaker's notes (presenter view).
 */
export const PresentationStep = z
  .object({
    panel: z.enum(PICTURE_PARTS),
    entity: Id.optional(),
    full: z.boolean().optional(),
    state: StepPanelState.optional(),
    caption: Bilingual.optional(),
    notes: Bilingual.optional(),
  })
  .strict();

/**
 * The guided presentation for trainings: each step shows one part of the picture with one entity
 * selected, as the part's stage form. It is the default story (features/presentation/story.ts).
 */
export const PresentationFile = z
  .object({
    $schema: SchemaRef,
    $comment: z.string().optional(),
    steps: z.array(PresentationStep).min(1),
  })
  .strict();

export type Bilingual = z.infer<typeof Bilingual>;
export type Confidence = z.infer<typeof Confidence>;
export type SourceRef = z.infer<typeof SourceRef>;
export type Measure = z.infer<typeof Measure>;
export type EntityKind = z.infer<typeof EntityKind>;
export type Entity = z.infer<typeof Entity>;
export type LinkType = z.infer<typeof LinkType>;
export type Link = z.infer<typeof Link>;
export type LinkEvidence = z.infer<typeof LinkEvidence>;
export type GraphFile = z.infer<typeof GraphFile>;
export type Source = z.infer<typeof Source>;
export type SourcesFile = z.infer<typeof SourcesFile>;
export type HeadlineFile = z.infer<typeof HeadlineFile>;
export type PresentationFile = z.infer<typeof PresentationFile>;
export type PresentationStep = z.infer<typeof PresentationStep>;
export type StepPanelState = z.infer<typeof StepPanelState>;
