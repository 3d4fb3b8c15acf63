// The data files' schemas: the single source of truth for the model's TypeScript types.
// Every file in data/ is parsed by exactly one of these; the cross-file checks live in
// validate.ts. zod runs "jitless" so that the strict CSP (no unsafe-eval) holds.
import { z } from 'zod';

z.config({ jitless: true });

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Id = z.string().regex(ID_PATTERN, 'a lowercase ASCII id like "fund-special"');

const NonEmpty = z.string().trim().min(1, 'a non-empty string');

export const Bilingual = z.object({ zh: NonEmpty, en: NonEmpty }).strict();

/** How sure we are of a reading. */
export const Confidence = z.enum([
  'verbatim', // legible in the book as printed
  'reconstructed', // the printed text is garbled; we reconstructed the reading (see `printed`)
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

export const Measure = z
  .object({
    id: Id,
    label: Bilingual,
    value: z.number().finite(),
    /** Unit as printed, e.g. 亿元, %, 万人, 元/人/年. */
    unit: NonEmpty,
    unitEn: NonEmpty,
    /** What the figure covers in time: "2014–2016", "2016-12", "2017", or "unstated" where the source gives none. */
    period: NonEmpty,
    /** A value is a measured figure; a threshold is a standard it is compared with. */
    role: z.enum(['value', 'threshold']),
    /** For thresholds: which side passes. */
    comparator: z.enum(['<', '<=', '>', '>=']).optional(),
    /** Derived figures (computed from other sourced figures) say how. */
    derivation: z.string().optional(),
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
    /** The text exactly as the extracted page prints it, where it differs from `label`. */
    printed: z.string().optional(),
    description: Bilingual.optional(),
    confidence: Confidence,
    /** Why a reading was reconstructed, or what is uncertain about it. */
    note: Bilingual.optional(),
    /** The number printed beside an item (policy 1–12) or the item's place in its list. */
    order: z.number().int().optional(),
    /** ISO date or year, for events. */
    date: z.string().optional(),
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

export const Link = z
  .object({
    from: Id,
    to: Id,
    type: LinkType,
    /** True where the link is our reading of the subject matter, not a line in the book's drawing. */
    interpretive: z.boolean(),
    note: Bilingual.optional(),
    sources: z.array(SourceRef).optional(),
  })
  .strict();

/** A graph file: one themed part of the picture (leadership, funding, campaign map, …). */
/** A data file may name its JSON Schema (public/schema/, generated from this file) for editors. */
const SchemaRef = z.string().optional();

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
    /** For the book: the section (e.g. 开篇「兰考脱贫了」). */
    section: z.string().optional(),
    url: z.string().url().refine((u) => /^https?:\/\//.test(u), 'an http(s) address').optional(),
    publisher: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const SourcesFile = z
  .object({ $schema: SchemaRef, $comment: z.string().optional(), sources: z.array(Source).min(1) })
  .strict();

/** Which figures the header shows, in order: an entity and one of its measures, or an event (its date). */
export const HeadlineFile = z
  .object({
    $schema: SchemaRef,
    $comment: z.string().optional(),
    headline: z.array(z.object({ entity: Id, measure: Id.optional() }).strict()).min(1),
  })
  .strict();

/** The guided presentation for trainings: each step opens one panel with one entity selected. */
export const PresentationFile = z
  .object({
    $schema: SchemaRef,
    $comment: z.string().optional(),
    steps: z.array(z.object({ panel: Id, entity: Id }).strict()).min(1),
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
export type GraphFile = z.infer<typeof GraphFile>;
export type Source = z.infer<typeof Source>;
export type SourcesFile = z.infer<typeof SourcesFile>;
export type HeadlineFile = z.infer<typeof HeadlineFile>;
export type PresentationFile = z.infer<typeof PresentationFile>;

/** The data folder's files and the schema each must satisfy. */
export const GRAPH_FILES = [
  'overview.json',
  'leadership.json',
  'precision.json',
  'four-focuses.json',
  'support-and-funding.json',
  'exit-criteria.json',
  'household-policies.json',
  'history.json',
  'campaign-map.json',
] as const;
export const SOURCES_FILE = 'sources.json';
export const HEADLINE_FILE = 'headline.json';
export const PRESENTATION_FILE = 'presentation.json';
