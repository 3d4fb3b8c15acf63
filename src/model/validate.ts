// Validation at the boundary: every data file is parsed by its schema, then the cross-file
// rules (unique ids, link ends, sources, funding sums) run over the whole set. Every problem is
// collected — never only the first — and names the file, the path inside it and what was expected.
import type { z } from 'zod';
import {
  GraphFile,
  GRAPH_FILES,
  Entity as EntitySchema,
  Link as LinkSchema,
  Source as SourceSchema,
  HEADLINE_FILE,
  HeadlineFile,
  PRESENTATION_FILE,
  PresentationFile,
  SOURCES_FILE,
  SourcesFile,
  type Entity,
  type Link,
  type Source,
} from './schema';
import type { Model, SectionInfo } from './types';
import { placeholderProblems } from './placeholders';

export interface Problem {
  file: string;
  /** JSONPath-like location inside the file, e.g. `entities[3].label.en`. */
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(root)'}: ${p.message}`;
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The data has ${problems.length} problem(s):\n` + problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}

function pathToString(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = raw;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const got = valueAt(raw, issue.path);
      const found = got === undefined ? 'it is missing' : `found ${got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got}`;
      return `expected ${issue.expected} (${found})`;
    }
    case 'unrecognized_keys':
      return `unexpected field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `expected ${issue.message.replace(/^Invalid input: /, '').replace(/^expected /i, '')}`;
  }
}

function parseWith<T>(schema: z.ZodType<T>, file: string, raw: unknown, problems: Problem[]): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, path: pathToString(issue.path), message: describeIssue(issue, raw) });
  }
  return undefined;
}

/** The raw contents of a data folder: file name → parsed JSON (or undefined when missing). */
export type RawDataset = Record<string, unknown>;

export interface ValidationResult {
  model?: Model;
  problems: Problem[];
}

const ROUNDING = 0.005; // figures are printed to two decimals

export function validateDataset(raw: RawDataset): ValidationResult {
  const problems: Problem[] = placeholderProblems(raw);

  const sourcesFile =
    raw[SOURCES_FILE] === undefined
      ? (problems.push({ file: SOURCES_FILE, path: '', message: 'expected the file to exist' }), undefined)
      : parseWith(SourcesFile, SOURCES_FILE, raw[SOURCES_FILE], problems);
  const headlineFile =
    raw[HEADLINE_FILE] === undefined
      ? (problems.push({ file: HEADLINE_FILE, path: '', message: 'expected the file to exist' }), undefined)
      : parseWith(HeadlineFile, HEADLINE_FILE, raw[HEADLINE_FILE], problems);

  const presentationFile =
    raw[PRESENTATION_FILE] === undefined
      ? (problems.push({ file: PRESENTATION_FILE, path: '', message: 'expected the file to exist' }), undefined)
      : parseWith(PresentationFile, PRESENTATION_FILE, raw[PRESENTATION_FILE], problems);

  const sources = new Map<string, Source>();
  // As with graph files: a source list with one bad entry still vouches for its other ids.
  const rawSources = (raw[SOURCES_FILE] as { sources?: unknown } | null | undefined)?.sources;
  const sourceList: Source[] = sourcesFile
    ? sourcesFile.sources
    : Array.isArray(rawSources)
      ? rawSources.flatMap((x) => {
          const one = SourceSchema.safeParse(x);
          return one.success ? [one.data] : typeof x?.id === 'string' ? [{ id: x.id, type: 'web', title: '(invalid)' } as Source] : [];
        })
      : [];
  const sourcesKnown = sourcesFile !== undefined || Array.isArray(rawSources);
  sourceList.forEach((s, i) => {
    if (sources.has(s.id)) problems.push({ file: SOURCES_FILE, path: `sources[${i}].id`, message: `expected a unique id; "${s.id}" is already used` });
    sources.set(s.id, s);
  });

  const entities = new Map<string, Entity>();
  const where = new Map<string, { file: string; path: string }>();
  const links: Array<Link & { file: string; index: number }> = [];
  const sectionOf = new Map<string, SectionInfo>();
  const sections: SectionInfo[] = [];

  // Ids seen in files that failed their schema: links to them are not reported as dangling,
  // so that one bad field does not bury the real problem under a hundred follow-on errors.
  const idsInBrokenFiles = new Set<string>();
  let unreadableFile = false;
  for (const file of GRAPH_FILES) {
    if (raw[file] === undefined) {
      problems.push({ file, path: '', message: 'expected the file to exist' });
      unreadableFile = true;
      continue;
    }
    let parsed = parseWith(GraphFile, file, raw[file], problems);
    // Positions in the file as written (they differ from array positions after a fallback).
    let entityIndex: number[] | undefined;
    let linkIndex: number[] | undefined;
    if (!parsed) {
      // Keep checking what is well-formed in a file that failed its schema (its problems are
      // already listed), so that cross-file problems in it are reported in the same run.
      const r = raw[file] as { entities?: unknown; links?: unknown; section?: unknown } | null;
      if (!Array.isArray(r?.entities) || !Array.isArray(r?.links)) {
        unreadableFile = true;
        continue;
      }
      const okEntities: Entity[] = [];
      entityIndex = [];
      linkIndex = [];
      for (const [k, e] of r.entities.entries()) {
        const one = EntitySchema.safeParse(e);
        if (one.success) {
          okEntities.push(one.data);
          entityIndex.push(k);
        } else if (typeof (e as { id?: unknown })?.id === 'string') idsInBrokenFiles.add((e as { id: string }).id);
      }
      const okLinks = r.links.flatMap((l, k) => {
        const one = LinkSchema.safeParse(l);
        if (one.success) linkIndex!.push(k);
        return one.success ? [one.data] : [];
      });
      parsed = { section: { zh: file, en: file }, entities: okEntities, links: okLinks };
    }
    const section: SectionInfo = { file, label: parsed.section, comment: parsed.$comment };
    sections.push(section);
    parsed.entities.forEach((e, at) => {
      const i = entityIndex?.[at] ?? at;
      const prev = where.get(e.id);
      if (prev) {
        problems.push({ file, path: `entities[${i}].id`, message: `expected a unique id; "${e.id}" is already defined in ${prev.file} at ${prev.path}` });
        return;
      }
      entities.set(e.id, e);
      where.set(e.id, { file, path: `entities[${i}]` });
      sectionOf.set(e.id, section);
      const checkRefs = (refs: { source: string }[], base: string) =>
        refs.forEach((r, k) => {
          if (sourcesKnown && !sources.has(r.source)) problems.push({ file, path: `${base}[${k}].source`, message: `expected a source id from ${SOURCES_FILE}; "${r.source}" is not there` });
        });
      checkRefs(e.sources, `entities[${i}].sources`);
      const measureIds = new Set<string>();
      e.measures?.forEach((m, k) => {
        if (measureIds.has(m.id)) problems.push({ file, path: `entities[${i}].measures[${k}].id`, message: `expected a unique measure id within "${e.id}"; "${m.id}" repeats` });
        measureIds.add(m.id);
        checkRefs(m.sources, `entities[${i}].measures[${k}].sources`);
        if (m.role === 'threshold' && !m.comparator) problems.push({ file, path: `entities[${i}].measures[${k}].comparator`, message: 'expected a comparator (<, <=, >, >=) on a threshold' });
      });
      if (e.confidence === 'reconstructed' && !e.note) problems.push({ file, path: `entities[${i}].note`, message: 'expected a note saying why the reading was reconstructed' });
    });
    parsed.links.forEach((l, at) => {
      const i = linkIndex?.[at] ?? at;
      links.push({ ...l, file, index: i });
      l.sources?.forEach((r, k) => {
        if (sourcesKnown && !sources.has(r.source)) problems.push({ file, path: `links[${i}].sources[${k}].source`, message: `expected a source id from ${SOURCES_FILE}; "${r.source}" is not there` });
      });
    });
  }

  // Link ends are checked after every file is read: links may point across files.
  const seenLinks = new Set<string>();
  for (const l of links) {
    for (const end of ['from', 'to'] as const) {
      // With a whole file unreadable its ids are unknown: dangling-link checks would only mislead.
      if (!entities.has(l[end]) && !idsInBrokenFiles.has(l[end]) && !unreadableFile) problems.push({ file: l.file, path: `links[${l.index}].${end}`, message: `expected an entity id; "${l[end]}" is not defined in any data file` });
    }
    if (l.from === l.to) problems.push({ file: l.file, path: `links[${l.index}]`, message: 'expected a link between two different entities' });
    const key = `${l.from}|${l.type}|${l.to}`;
    if (seenLinks.has(key)) problems.push({ file: l.file, path: `links[${l.index}]`, message: `expected each link once; ${l.from} —${l.type}→ ${l.to} repeats` });
    seenLinks.add(key);
  }

  // part-of must form a forest: one parent per entity, no cycles.
  const parentOf = new Map<string, string>();
  for (const l of links) {
    if (l.type !== 'part-of') continue;
    const prev = parentOf.get(l.from);
    if (prev !== undefined) problems.push({ file: l.file, path: `links[${l.index}]`, message: `expected one parent per entity; "${l.from}" is already part of "${prev}"` });
    else parentOf.set(l.from, l.to);
  }
  for (const start of parentOf.keys()) {
    const seen = new Set<string>([start]);
    let cur = parentOf.get(start);
    while (cur !== undefined) {
      if (seen.has(cur)) {
        const w = where.get(start);
        problems.push({ file: w?.file ?? '(links)', path: w?.path ?? '', message: `expected part-of links without cycles; "${start}" is inside itself` });
        break;
      }
      seen.add(cur);
      cur = parentOf.get(cur);
    }
  }

  // The funding parts must add up to the total the book prints (9.33 = 4.15 + 3.20 + 1.98).
  const total = entities.get('fund-total');
  if (total) {
    const totalAmount = total.measures?.find((m) => m.id === 'amount');
    const parts = links.filter((l) => l.type === 'part-of' && l.to === 'fund-total').map((l) => entities.get(l.from));
    const sum = parts.reduce((acc, p) => acc + (p?.measures?.find((m) => m.id === 'amount')?.value ?? 0), 0);
    const w = where.get('fund-total');
    if (!totalAmount) problems.push({ file: w!.file, path: `${w!.path}.measures`, message: 'expected an "amount" measure on fund-total' });
    else if (parts.length === 0) problems.push({ file: w!.file, path: w!.path, message: 'expected funding parts (part-of fund-total)' });
    else if (Math.abs(sum - totalAmount.value) > ROUNDING)
      problems.push({ file: w!.file, path: `${w!.path}.measures[${total.measures!.indexOf(totalAmount)}].value`, message: `expected the funding parts to add up to the total ${totalAmount.value}; they add up to ${Math.round(sum * 100) / 100}` });
  }

  headlineFile?.headline.forEach((h, i) => {
    const e = entities.get(h.entity);
    if (!e && idsInBrokenFiles.has(h.entity)) return;
    if (!e) problems.push({ file: HEADLINE_FILE, path: `headline[${i}].entity`, message: `expected an entity id; "${h.entity}" is not defined` });
    else if (h.measure !== undefined && !e.measures?.some((m) => m.id === h.measure)) problems.push({ file: HEADLINE_FILE, path: `headline[${i}].measure`, message: `expected a measure of "${h.entity}"; "${h.measure}" is not one` });
    else if (h.measure === undefined && !e.date) problems.push({ file: HEADLINE_FILE, path: `headline[${i}]`, message: `expected a measure, or an entity with a date; "${h.entity}" has neither` });
  });

  presentationFile?.steps.forEach((step, i) => {
    if (!entities.has(step.entity) && !idsInBrokenFiles.has(step.entity)) problems.push({ file: PRESENTATION_FILE, path: `steps[${i}].entity`, message: `expected an entity id; "${step.entity}" is not defined` });
  });

  if (problems.length > 0) return { problems };
  const cleanLinks: Link[] = links.map(({ file: _f, index: _i, ...l }) => l);
  return {
    problems,
    model: {
      entities,
      entityList: [...entities.values()],
      links: cleanLinks,
      sources,
      headline: headlineFile!.headline,
      presentation: presentationFile!.steps,
      sections,
      sectionOf,
    },
  };
}

/** Validate or throw one DataError listing every problem. */
export function loadModel(raw: RawDataset): Model {
  const { model, problems } = validateDataset(raw);
  if (!model) throw new DataError(problems);
  return model;
}
