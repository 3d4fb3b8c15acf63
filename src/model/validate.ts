// Validation at the boundary: every data file is parsed by its schema, then the cross-file
// rules (unique ids, link ends, sources, funding sums) run over the whole set. Every problem is
// collected — never only the first — and names the file, the path inside it and what was expected.
import type { z } from 'zod';
import {
  GraphFile,
  Entity as EntitySchema,
  Link as LinkSchema,
  Source as SourceSchema,
  HeadlineFile,
  PresentationFile,
  SourcesFile,
  type Entity,
  type Link,
  type Source,
} from './schema.ts';
import { GRAPH_FILES, HEADLINE_FILE, PRESENTATION_FILE, SOURCES_FILE } from './files.ts';
import { PARTS, partMeta } from '../parts/registry.ts';
import { assembleModel, type ValidatedData } from './assemble.ts';
import { DataError, type Problem } from './problems.ts';
import { readDataset, type DataEntry, type RawDataset } from './reader.ts';
import { measureProblems, textProblems } from './figures.ts';
import { unitInfo } from './units.ts';
import type { Model } from './types.ts';
import { evidenceProblems } from './rules/evidence.ts';
import { measureSourceProblems } from './rules/measureSources.ts';
import { printedProblems } from './rules/printed.ts';
import { printedPrecisionProblems } from './rules/decimals.ts';
import { unreachableProblems } from './rules/reachable.ts';
import { placeholderProblems } from './placeholders.ts';
import { checkEnglish } from './rules/glossary.ts';
import { bidiProblems, dateRangeProblems } from './rules/intake.ts';

export { DataError, formatProblem, type Problem } from './problems.ts';
export type { RawDataset } from './reader.ts';

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

/** A value as a person would name it in a message: "the number -3", "the text "abc"", "a list". */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'null';
  if (typeof v === 'number') return Object.is(v, -0) ? 'the number -0' : `the number ${String(v)}`;
  if (typeof v === 'string') return v.length > 60 ? `the text "${v.slice(0, 57)}…"` : `the text "${v}"`;
  if (typeof v === 'boolean') return `the value ${v}`;
  if (Array.isArray(v)) return `a list of ${v.length} item(s)`;
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  int: 'a whole number',
};

/** zod's own default messages ("Invalid input", "Too big: …") are library internals, never shown. */
const isDefaultMessage = (m: string) => /^(Invalid|Too (big|small)|Expected|Unrecognized)/i.test(m);

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const got = valueAt(raw, issue.path);
  const found = `found ${describeValue(got)}`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (typeof got === 'number' && !Number.isFinite(got)) return `${found}; expected a finite number`;
      return `${found}; expected ${expected}`;
    }
    case 'unrecognized_keys':
      return `found the field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}, which this file does not use; expected only the documented fields`;
    case 'invalid_value':
      return `${found}; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big': {
      const max = Number(issue.maximum);
      const custom = !isDefaultMessage(issue.message);
      if (issue.origin === 'string')
        return `found text of ${String(got ?? '').length} characters; expected ${custom ? issue.message : `at most ${max}`}`;
      if (custom) return `${found}; expected ${issue.message}`;
      if (issue.origin === 'array') return `found ${describeValue(got)}; expected at most ${max} item(s)`;
      return `${found}; expected at most ${max}`;
    }
    case 'too_small': {
      if (!isDefaultMessage(issue.message)) return `${found}; expected ${issue.message}`;
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return `${found}; expected at least ${min} item(s)`;
      if (issue.origin === 'string') return `${found}; expected at least ${min} character(s)`;
      return `${found}; expected at least ${min}`;
    }
    case 'invalid_format':
      return `${found}; expected ${isDefaultMessage(issue.message) ? `text in the ${issue.format} format` : issue.message}`;
    case 'invalid_union':
      return `${found}; expected one of the documented shapes for this field`;
    default:
      return `${found}; expected ${isDefaultMessage(issue.message) ? 'a value of the documented shape' : issue.message}`;
  }
}

/** The most problems listed for one file when it is too wide for one pass of the schema (see parseWith). */
export const MAX_FILE_PROBLEMS = 10_000;

function parseWith<T>(schema: z.ZodType<T>, file: string, raw: unknown, problems: Problem[]): T | undefined {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(raw);
  } catch (e) {
    // The schema library gathers a file's issues with spread calls, which overflow the stack when a
    // wide list fails item after item (50,000 empty entities): then the lists are checked item by item.
    if (!(e instanceof RangeError)) throw e;
    parseItemByItem(schema, file, raw, problems);
    return undefined;
  }
  if (result.success) return result.data;
  for (const issue of result.error.issues.flatMap(unionBranchIssues)) {
    problems.push({ file, path: pathToString(issue.path), message: describeIssue(issue, raw) });
  }
  return undefined;
}

/**
 * A field of several shapes (a derivation: text, or { zh, en }) that got one of them wrong: the problems
 * of the shape whose type it has ("derivation.en: found nothing; expected text"), not a bare "one of the
 * documented shapes". Only when exactly one shape had the value's type; otherwise the union's own issue.
 */
function unionBranchIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue)) return [issue];
  const sameType = issue.errors.filter((branch) => !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0));
  if (sameType.length !== 1) return [issue];
  return sameType[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue).flatMap(unionBranchIssues);
}

/** A file's object schema field by field, and each of its lists item by item, listing at most MAX_FILE_PROBLEMS problems. */
function parseItemByItem(schema: z.ZodType, file: string, raw: unknown, problems: Problem[]): void {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  let listed = 0;
  let more = 0;
  const add = (issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]) => {
    for (const issue of issues) {
      if (listed >= MAX_FILE_PROBLEMS) {
        more++;
        continue;
      }
      listed++;
      const path = [...prefix, ...issue.path];
      problems.push({ file, path: pathToString(path), message: describeIssue({ ...issue, path } as z.core.$ZodIssue, raw) });
    }
  };
  if (!shape || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ file, path: '', message: 'found a file too large to check in one pass; expected a smaller file' });
    return;
  }
  for (const [key, field] of Object.entries(shape)) {
    const value = (raw as Record<string, unknown>)[key];
    const element = (field as unknown as { element?: z.ZodType }).element;
    if (element && Array.isArray(value)) value.forEach((item, i) => add(element.safeParse(item).error?.issues ?? [], [key, i]));
    else add(field.safeParse(value).error?.issues ?? [], [key]);
  }
  if (more > 0)
    problems.push({
      file,
      path: '',
      message: `found ${more.toLocaleString('en')} more problems than are listed here; expected the ones listed fixed first`,
    });
}

export interface ValidationResult {
  model?: Model;
  /** The files as their schemas parsed them: what the build bundles (only when there is no problem). */
  data?: ValidatedData;
  problems: Problem[];
}

const ROUNDING = 0.005; // figures are printed to two decimals

/**
 * Validates parsed files. `unreadable` names the files the reader already reported (bad bytes,
 * bad JSON, a folder): they are neither "missing" nor the cause of follow-on errors.
 */
export interface ValidateOptions {
  /**
   * True (the default, and always for the built-in data: the build and validate-data) asks for both languages.
   * False (a dataset a reader opens in the page): a text without English shows its Chinese in the English view —
   * each missing `en` is filled from `zh` and counted (Model.englishFromChinese), and the English-side rules
   * (glossary renderings, quote translations) apply only to the English the dataset has.
   */
  requireEnglish?: boolean;
}

/** Every { zh } without an English side gets its Chinese as its English; returns the places filled. */
function fillEnglishFromChinese(raw: RawDataset): Set<string> {
  const filled = new Set<string>();
  const walk = (v: unknown, file: string, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, file, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.zh === 'string' && o.zh.trim() !== '' && (o.en === undefined || (typeof o.en === 'string' && o.en.trim() === ''))) {
        o.en = o.zh;
        filled.add(`${file}\u0000${path ? `${path}.en` : 'en'}`);
      }
      for (const [k, x] of Object.entries(o)) walk(x, file, path ? `${path}.${k}` : k);
    }
  };
  for (const [file, content] of Object.entries(raw)) walk(content, file, '');
  return filled;
}

export function validateDataset(raw: RawDataset, unreadable: ReadonlySet<string> = new Set(), options: ValidateOptions = {}): ValidationResult {
  const filledEnglish = options.requireEnglish === false ? fillEnglishFromChinese((raw = structuredClone(raw))) : new Set<string>();
  // A template's ⟪FILL IN⟫ marks first: a half-filled template never passes as a real picture.
  const problems: Problem[] = placeholderProblems(raw);
  // When a file is missing or unreadable its ids are unknown: reference checks would only mislead.
  let incomplete = false;
  const present = (file: string): boolean => {
    if (raw[file] !== undefined) return true;
    incomplete = true;
    if (!unreadable.has(file)) problems.push({ file, path: '', message: 'found no such file; expected the file to exist' });
    return false;
  };
  // Loops, not push(...list): a spread of a very long list overflows the stack.
  for (const [file, content] of Object.entries(raw)) for (const p of textProblems(file, content)) problems.push(p);
  // Direction controls (U+202E …) in any text: src/model/rules/intake.ts.
  for (const [file, content] of Object.entries(raw)) for (const p of bidiProblems(file, content)) problems.push(p);

  const sourcesFile = present(SOURCES_FILE) ? parseWith(SourcesFile, SOURCES_FILE, raw[SOURCES_FILE], problems) : undefined;
  const headlineFile = present(HEADLINE_FILE) ? parseWith(HeadlineFile, HEADLINE_FILE, raw[HEADLINE_FILE], problems) : undefined;
  const presentationFile = present(PRESENTATION_FILE) ? parseWith(PresentationFile, PRESENTATION_FILE, raw[PRESENTATION_FILE], problems) : undefined;

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
    if (sources.has(s.id))
      problems.push({ file: SOURCES_FILE, path: `sources[${i}].id`, message: `found the id "${s.id}" a second time; expected each id once` });
    sources.set(s.id, s);
  });

  const entities = new Map<string, Entity>();
  const where = new Map<string, { file: string; path: string }>();
  const links: Array<Link & { file: string; index: number }> = [];
  const graphs: Array<{ file: string; content: GraphFile }> = [];

  // Ids seen in files that failed their schema: links to them are not reported as dangling,
  // so that one bad field does not bury the real problem under a hundred follow-on errors.
  const idsInBrokenFiles = new Set<string>();
  // Figures already reported (unknown unit, negative, unbelievable): a sum over them would only repeat it.
  const wrongFigures = new Set<unknown>();
  for (const file of GRAPH_FILES) {
    if (!present(file)) continue;
    let parsed = parseWith(GraphFile, file, raw[file], problems);
    if (parsed) graphs.push({ file, content: parsed });
    // Positions in the file as written (they differ from array positions after a fallback).
    let entityIndex: number[] | undefined;
    let linkIndex: number[] | undefined;
    if (!parsed) {
      // Keep checking what is well-formed in a file that failed its schema (its problems are
      // already listed), so that cross-file problems in it are reported in the same run.
      const r = raw[file] as { entities?: unknown; links?: unknown; section?: unknown } | null;
      if (!Array.isArray(r?.entities) || !Array.isArray(r?.links)) {
        incomplete = true;
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
    parsed.entities.forEach((e, at) => {
      const i = entityIndex?.[at] ?? at;
      const prev = where.get(e.id);
      if (prev) {
        problems.push({
          file,
          path: `entities[${i}].id`,
          message: `found the id "${e.id}" a second time (first in ${prev.file} at ${prev.path}); expected each id once`,
        });
        return;
      }
      entities.set(e.id, e);
      where.set(e.id, { file, path: `entities[${i}]` });
      const checkRefs = (refs: { source: string }[], base: string) =>
        refs.forEach((r, k) => {
          if (sourcesKnown && !sources.has(r.source))
            problems.push({
              file,
              path: `${base}[${k}].source`,
              message: `found the source "${r.source}", which ${SOURCES_FILE} does not list; expected a source id from ${SOURCES_FILE}`,
            });
        });
      checkRefs(e.sources, `entities[${i}].sources`);
      const measureIds = new Set<string>();
      e.measures?.forEach((m, k) => {
        const base = `entities[${i}].measures[${k}]`;
        if (measureIds.has(m.id))
          problems.push({ file, path: `${base}.id`, message: `found the measure id "${m.id}" twice in "${e.id}"; expected each measure id once` });
        measureIds.add(m.id);
        checkRefs(m.sources, `${base}.sources`);
        const wrong = measureProblems(file, base, m);
        if (wrong.length) wrongFigures.add(m);
        for (const p of wrong) problems.push(p);
        if (m.role === 'threshold' && !m.comparator)
          problems.push({ file, path: `${base}.comparator`, message: 'found a threshold without a comparator; expected one of <, <=, >, >=' });
      });
      // A criterion's value is drawn against its threshold on one axis: same unit, or the bar lies.
      const units = new Set(e.kind === 'criterion' ? (e.measures ?? []).map((m) => m.unit) : []);
      if (units.size > 1)
        problems.push({
          file,
          path: `entities[${i}].measures`,
          message: `found the units ${[...units].join(' and ')} on one criterion; expected its value and threshold in the same unit`,
        });
      if (e.confidence === 'reconstructed' && !e.note)
        problems.push({
          file,
          path: `entities[${i}].note`,
          message: 'found a reconstructed reading without a note; expected a note saying why it was reconstructed',
        });
    });
    parsed.links.forEach((l, at) => {
      const i = linkIndex?.[at] ?? at;
      links.push({ ...l, file, index: i });
      l.sources?.forEach((r, k) => {
        if (sourcesKnown && !sources.has(r.source))
          problems.push({
            file,
            path: `links[${i}].sources[${k}].source`,
            message: `found the source "${r.source}", which ${SOURCES_FILE} does not list; expected a source id from ${SOURCES_FILE}`,
          });
      });
    });
  }

  // Link ends are checked after every file is read: links may point across files.
  const seenLinks = new Set<string>();
  const known = (id: string) => entities.has(id) || idsInBrokenFiles.has(id) || incomplete;
  for (const l of links) {
    for (const end of ['from', 'to'] as const) {
      if (!known(l[end]))
        problems.push({
          file: l.file,
          path: `links[${l.index}].${end}`,
          message: `found "${l[end]}", which no data file defines; expected an entity id`,
        });
    }
    if (l.from === l.to)
      problems.push({
        file: l.file,
        path: `links[${l.index}]`,
        message: `found a link from "${l.from}" to itself; expected a link between two different entities`,
      });
    const key = `${l.from}|${l.type}|${l.to}`;
    if (seenLinks.has(key))
      problems.push({
        file: l.file,
        path: `links[${l.index}]`,
        message: `found the link ${l.from} —${l.type}→ ${l.to} a second time; expected each link once`,
      });
    seenLinks.add(key);
  }

  for (const p of partOfProblems(links)) problems.push(p);
  // A date range's end not before its start: src/model/rules/intake.ts.
  for (const p of dateRangeProblems(entities, where)) problems.push(p);
  // With every file read: an entity no part can show (a criterion not part of a level, …).
  if (!incomplete) problems.push(...unreachableProblems(entities, where, links));

  // The funding parts must add up to the total the book prints (9.33 = 4.15 + 3.20 + 1.98),
  // in one common unit (yuan): 1.98 万元 is not 1.98 亿元.
  const total = entities.get('fund-total');
  const yuan = (m: { value: number; unit: string }) => m.value * (unitInfo(m.unit)?.scale ?? NaN);
  if (total && !incomplete) {
    const totalAmount = total.measures?.find((m) => m.id === 'amount');
    const parts = links.filter((l) => l.type === 'part-of' && l.to === 'fund-total').map((l) => entities.get(l.from));
    const amounts = parts.map((p) => p?.measures?.find((m) => m.id === 'amount'));
    const w = where.get('fund-total')!;
    if (!totalAmount) problems.push({ file: w.file, path: `${w.path}.measures`, message: 'found no "amount" measure on fund-total; expected one' });
    else if (parts.length === 0)
      problems.push({ file: w.file, path: w.path, message: 'found no funding parts; expected entities that are part-of fund-total' });
    else if (![totalAmount, ...amounts].some((a) => !a || wrongFigures.has(a) || !Number.isFinite(yuan(a)))) {
      const sum = amounts.reduce((acc, a) => acc + yuan(a!), 0) / unitInfo(totalAmount.unit)!.scale;
      if (Math.abs(sum - totalAmount.value) > ROUNDING) {
        const listed = amounts.map((a) => `${a!.value} ${a!.unit}`).join(' + ');
        problems.push({
          file: w.file,
          path: `${w.path}.measures[${total.measures!.indexOf(totalAmount)}].value`,
          message: `found parts that add up to ${Math.round(sum * 100) / 100} ${totalAmount.unit} (${listed}); expected the total ${totalAmount.value} ${totalAmount.unit}`,
        });
      }
    }
  }

  const figures = [
    ...(headlineFile?.headline ?? []).map((h, i) => ({ h, path: `headline[${i}]` })),
    ...(headlineFile?.intro?.figures ?? []).map((h, i) => ({ h, path: `intro.figures[${i}]` })),
  ];
  headlineFile?.intro?.sources.forEach((r, k) => {
    if (sourcesKnown && !sources.has(r.source))
      problems.push({
        file: HEADLINE_FILE,
        path: `intro.sources[${k}].source`,
        message: `found the source "${r.source}", which ${SOURCES_FILE} does not list; expected a source id from ${SOURCES_FILE}`,
      });
  });
  figures.forEach(({ h, path }) => {
    const e = entities.get(h.entity);
    if (!e && known(h.entity)) return;
    if (!e)
      problems.push({
        file: HEADLINE_FILE,
        path: `${path}.entity`,
        message: `found "${h.entity}", which no data file defines; expected an entity id`,
      });
    else if (h.measure !== undefined && !e.measures?.some((m) => m.id === h.measure))
      problems.push({
        file: HEADLINE_FILE,
        path: `${path}.measure`,
        message: `found "${h.measure}", which is not a measure of "${h.entity}"; expected one of its measures`,
      });
    else if (h.measure === undefined && !e.date)
      problems.push({
        file: HEADLINE_FILE,
        path,
        message: `found "${h.entity}" with neither a measure named nor a date; expected one of them`,
      });
  });

  presentationFile?.steps.forEach((step, i) => {
    if (step.entity !== undefined && !known(step.entity))
      problems.push({
        file: PRESENTATION_FILE,
        path: `steps[${i}].entity`,
        message: `found "${step.entity}", which no data file defines; expected an entity id`,
      });
    // A step's panel state belongs to the parts that read it (their `stepState`, src/parts/registry.ts).
    for (const [key, what] of [
      ['mapLevel', 'a map level'],
      ['fundView', 'a funding view'],
    ] as const) {
      if (step.state?.[key] === undefined || partMeta(step.panel)?.stepState?.includes(key)) continue;
      const owners = PARTS.filter((p) => p.stepState?.includes(key)).map((p) => `"${p.name}"`);
      problems.push({
        file: PRESENTATION_FILE,
        path: `steps[${i}].state.${key}`,
        message: `found ${what} on a "${step.panel}" step; expected it only on a ${owners.join(' or ')} step`,
      });
    }
  });

  // Without a readable source list no quote can be told to be the book's: those rules would only mislead.
  // One message per root cause: where a figure or field is already reported (say, a negative amount), the
  // evidence rules' view of the same place ("not written in its quotes") would only repeat it.
  if (sourcesKnown && !incomplete) {
    const reported = new Set(problems.map((p) => `${p.file}\u0000${p.path}`));
    const rules = { entities, where, links, sources: sourceList };
    // The printed-text and figure-source rules (issue 24) live in their own files beside the evidence rules.
    for (const p of [...evidenceProblems(rules), ...printedProblems(rules), ...measureSourceProblems(rules)])
      if (!reported.has(`${p.file}\u0000${p.path}`)) problems.push(p);
    problems.push(...printedPrecisionProblems(entities, where).filter((p) => !reported.has(`${p.file}\u0000${p.path}`)));
  }

  // The English side (glossary renderings, quote translations): its own module, src/model/rules/glossary.ts.
  const english = checkEnglish(raw, {
    graphFiles: GRAPH_FILES,
    quoteFiles: [HEADLINE_FILE],
    isEntity: known,
    allGraphFilesRead: !incomplete,
    sourceType: (id) => (sourcesKnown ? sources.get(id)?.type : 'book'),
    parse: (schema, file) => (present(file) ? parseWith(schema, file, raw[file], problems) : undefined),
  });
  // One message per root cause here too: a quote another rule already refused (say, one that joins fragments)
  // is not reported again for lacking a translation.
  const reportedPlaces = new Set(problems.map((p) => `${p.file}\u0000${p.path}`));
  // Without required English, the English rules judge only the English the dataset has: not a rendering it
  // was given from its Chinese, not a quote translation it never wrote.
  const englishOptional = options.requireEnglish === false;
  const judged = (p: Problem) =>
    !englishOptional || (!filledEnglish.has(`${p.file}\u0000${p.path}`) && !p.message.startsWith('found no English translation of'));
  problems.push(...english.problems.filter((p) => !reportedPlaces.has(`${p.file}\u0000${p.path}`) && judged(p)));

  if (problems.length > 0 || incomplete || !sourcesFile || !headlineFile || !presentationFile || !english.files) return { problems };
  const data: ValidatedData = { sources: sourcesFile, headline: headlineFile, presentation: presentationFile, graphs, ...english.files };
  const model = assembleModel(data);
  return { problems, data, model: filledEnglish.size > 0 ? { ...model, englishFromChinese: filledEnglish.size } : model };
}

/**
 * part-of links form a forest: one parent per entity, no cycles. A cycle is ONE mistake, so it
 * gets one message, at the link that closes it (the last of its links in file order), naming
 * every step — not one message per entity that happens to sit below it.
 */
function partOfProblems(links: ReadonlyArray<Link & { file: string; index: number }>): Problem[] {
  const problems: Problem[] = [];
  const parentLink = new Map<string, Link & { file: string; index: number }>();
  for (const l of links) {
    if (l.type !== 'part-of') continue;
    const prev = parentLink.get(l.from);
    if (prev !== undefined)
      problems.push({
        file: l.file,
        path: `links[${l.index}]`,
        message: `found "${l.from}" part of "${l.to}", but it is already part of "${prev.to}"; expected one parent per entity`,
      });
    else parentLink.set(l.from, l);
  }
  const done = new Set<string>();
  const order = (l: { file: string; index: number }) => GRAPH_FILES.indexOf(l.file as (typeof GRAPH_FILES)[number]) * 1e6 + l.index;
  for (const start of parentLink.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let cur: string | undefined = start;
    while (cur !== undefined && !done.has(cur) && !onPath.has(cur)) {
      onPath.set(cur, path.length);
      path.push(cur);
      cur = parentLink.get(cur)?.to;
    }
    if (cur !== undefined && onPath.has(cur)) {
      const cycle = path.slice(onPath.get(cur)!);
      const cycleLinks = cycle.map((id) => parentLink.get(id)!);
      const closing = cycleLinks.reduce((a, b) => (order(b) > order(a) ? b : a));
      const from = cycle.indexOf(closing.from);
      const ring = [...cycle.slice(from + 1), ...cycle.slice(0, from + 1)];
      problems.push({
        file: closing.file,
        path: `links[${closing.index}]`,
        message: `found a part-of cycle: ${[...ring, ring[0]].join(' → ')}; the link "${closing.from}" part-of "${closing.to}" closes it; expected part-of links to form a tree`,
      });
    }
    for (const id of path) done.add(id);
  }
  return problems;
}

/** Validate or throw one DataError listing every problem. */
export function loadModel(raw: RawDataset): Model {
  const { model, problems } = validateDataset(raw);
  if (!model) throw new DataError(problems);
  return model;
}

export interface CheckResult extends ValidationResult {
  raw: RawDataset;
}

/** Reader + validator: what `npm run validate-data` and the build both run over a data folder's entries. */
export function checkDataset(entries: readonly DataEntry[], options: ValidateOptions = {}): CheckResult {
  const read = readDataset(entries);
  const result = validateDataset(read.raw, read.unreadable, options);
  const problems = [...read.problems, ...result.problems];
  // Valid only when the reader had nothing to say either (an unknown file is a problem too).
  if (problems.length > 0) return { problems, raw: read.raw };
  return { ...result, raw: read.raw };
}
