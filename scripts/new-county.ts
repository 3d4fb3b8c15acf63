// `npm run new-county -- <dir>`: writes a template dataset for another county — every data file,
// every field of the shape, each value to write marked ⟪FILL IN …⟫ — plus the JSON Schemas in
// <dir>/schema/ (each file names its schema, so an editor completes and checks as you type).
// Validation fails until every mark is replaced. The ids are the ones the panels and a comparison
// with Lankao match on (fund-total, crit-county-incidence, …): keep them, add your own beside them.
import fs from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER_MARK } from '../src/model/placeholders';
import { DATA_FILES } from '../src/model/files';
import { jsonSchemas, schemaFileFor } from './json-schema';

/** Marks a value to write: text (`text`), a number, a date (YYYY-MM-DD) or a web address. */
export const fill = (kind: 'text' | 'number' | 'date' | 'url' | 'quote', what: string) => `${PLACEHOLDER_MARK} ${kind}: ${what}⟫`;
const bi = (what: string) => ({ zh: fill('text', `${what}（中文）`), en: fill('text', `${what} (English)`) });
const src = (what: string) => [{ source: 'source-book', quote: fill('quote', `the source's own words for ${what}, at most 200 characters`) }];

type Measure = Record<string, unknown>;
type Role = 'value' | 'threshold';
const measure = (id: string, what: string, unit: string, unitEn: string, role: Role, extra: Record<string, unknown> = {}): Measure => ({
  id,
  label: bi(what),
  value: fill('number', what),
  unit,
  unitEn,
  period: fill('text', 'the period the figure covers, e.g. 2014–2016, or "unstated"'),
  role,
  ...extra,
  sources: src(what),
});

function entity(id: string, kind: string, what: string, extra: Record<string, unknown> = {}) {
  return { id, kind, label: bi(what), confidence: 'verbatim', ...extra, sources: src(what) };
}
// Interpretive: a template cannot know which words of the book state each link (evidence); the author adds them.
const link = (from: string, type: string, to: string) => ({ from, to, type, interpretive: true });
const graphFile = (section: string, entities: unknown[], links: unknown[]) => ({ section: bi(section), entities, links });

const criterion = (id: string, what: string, comparator: string) =>
  entity(id, 'criterion', what, {
    measures: [
      measure('threshold', `${what}: the national threshold`, '%', '%', 'threshold', { comparator }),
      measure('county', `${what}: the county's assessed value`, '%', '%', 'value'),
    ],
  });

/** Every quote the graph files cite, keyed to a translation to write (a book's quotes each need one in English). */
function translationsOf(files: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const quotes: Record<string, unknown> = {};
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.quote === 'string') quotes[o.quote] = { en: fill('text', 'our English translation of that quote'), by: 'our translation' };
      Object.values(o).forEach(walk);
    }
  };
  walk(Object.values(files));
  return quotes;
}

/** The template's files: file name → JSON (before "$schema" is added). */
export function countyTemplate(): Record<string, Record<string, unknown>> {
  const files = graphTemplate();
  return {
    ...files,
    // One term to show the shape; every English text whose Chinese holds a term must use its rendering.
    'glossary.json': {
      terms: [
        { zh: fill('text', 'a term your picture uses (中文)'), en: fill('text', 'its one English rendering'), explain: bi('what the term means') },
      ],
    },
    // Keyed by the exact quote: when you write a quote in a data file, write the same text as its key here.
    'quote-translations.json': { quotes: translationsOf(files) },
  };
}

function graphTemplate(): Record<string, Record<string, unknown>> {
  return {
    'sources.json': {
      sources: [
        { id: 'source-book', type: 'book', title: fill('text', 'the book or report the figures come from'), section: fill('text', 'its section') },
        {
          id: 'source-web',
          type: 'web',
          title: fill('text', 'a public web page'),
          titleKind: 'page',
          url: fill('url', 'https://… its address'),
          publisher: fill('text', 'who published it'),
        },
      ],
    },
    'headline.json': {
      // The page's title; each part's title is its file's "section".
      name: bi('the picture’s name, the page title'),
      headline: [{ entity: 'crit-county-incidence', measure: 'county' }, { entity: 'fund-total', measure: 'amount' }, { entity: 'ev-exit' }],
    },
    'presentation.json': {
      steps: [
        { panel: 'funding', entity: 'fund-total' },
        { panel: 'exit-criteria', entity: 'crit-county-incidence' },
      ],
    },
    'overview.json': graphFile(
      'overview',
      [entity('county-exit', 'goal', 'the county’s exit from poverty'), entity('county', 'place', 'the county')],
      [link('county-exit', 'concerns', 'county')],
    ),
    'leadership.json': graphFile(
      'leadership: who is responsible for what',
      [
        entity('principle-joint-management', 'principle', 'the leadership principle'),
        entity('leader-secretary-head', 'leader', 'a leader or department'),
        entity('duty-overall', 'duty', 'that leader’s duty', { description: bi('what the duty involves'), order: 1 }),
      ],
      [link('leader-secretary-head', 'part-of', 'principle-joint-management'), link('leader-secretary-head', 'responsible-for', 'duty-overall')],
    ),
    'precision.json': graphFile(
      'the six precisions',
      [
        entity('six-precisions', 'principle', 'the six precisions'),
        entity('precise-identification', 'precision', 'one precision', { order: 1 }),
        entity('q-whom', 'question', 'a key question (e.g. whom to support)'),
      ],
      [link('precise-identification', 'part-of', 'six-precisions'), link('precise-identification', 'answers', 'q-whom')],
    ),
    'four-focuses.json': graphFile(
      'the priorities',
      [
        entity('four-focuses', 'principle', 'the priorities'),
        entity('focus-one', 'focus', 'one priority'),
        entity('fi-one', 'focus-item', 'what that priority involves'),
      ],
      [link('focus-one', 'part-of', 'four-focuses'), link('fi-one', 'part-of', 'focus-one')],
    ),
    'support-and-funding.json': graphFile(
      'support and funding',
      [
        entity('support-special', 'support-type', 'special poverty-alleviation support'),
        entity('fund-total', 'fund', 'all poverty-alleviation funds', {
          measures: [
            measure('amount', 'total funds', '亿元', '100 million yuan', 'value'),
            measure('beneficiaries', 'beneficiaries', '万人次', '10,000 person-times', 'value'),
            measure('per-beneficiary', 'funds per beneficiary', '元/人次', 'yuan per person-time', 'value', {
              derivation: fill('text', 'how it was computed, e.g. amount ÷ beneficiaries'),
            }),
          ],
        }),
        entity('fund-special', 'fund', 'special funds', { measures: [measure('amount', 'special funds', '亿元', '100 million yuan', 'value')] }),
        entity('fund-sector', 'fund', 'sector funds', { measures: [measure('amount', 'sector funds', '亿元', '100 million yuan', 'value')] }),
        entity('fund-social', 'fund', 'social funds', { measures: [measure('amount', 'social funds', '亿元', '100 million yuan', 'value')] }),
      ],
      [
        link('fund-special', 'part-of', 'fund-total'),
        link('fund-sector', 'part-of', 'fund-total'),
        link('fund-social', 'part-of', 'fund-total'),
        link('fund-special', 'funds', 'support-special'),
      ],
    ),
    'exit-criteria.json': graphFile(
      'exit criteria',
      [
        entity('exit-county', 'exit-level', 'the county’s exit standard'),
        criterion('crit-county-incidence', 'poverty incidence', '<'),
        criterion('crit-county-wrong-exit', 'wrong-exit rate', '<'),
        criterion('crit-county-omission', 'omission rate', '<'),
        criterion('crit-county-approval', 'public approval', '>='),
      ],
      // part-of, as Lankao's data has it: the exit standards show a criterion under its level (model/rules/reachable.ts).
      ['crit-county-incidence', 'crit-county-wrong-exit', 'crit-county-omission', 'crit-county-approval'].map((c) =>
        link(c, 'part-of', 'exit-county'),
      ),
    ),
    'household-policies.json': graphFile(
      'household policies',
      [
        entity('policies', 'principle', 'the household policies'),
        entity('status-not-exited', 'household-status', 'households not yet out of poverty'),
        entity('category-elderly', 'household-category', 'a category of household'),
        entity('policy-1', 'policy', 'a household policy', { order: 1 }),
      ],
      [
        link('policy-1', 'part-of', 'policies'),
        link('policy-1', 'applies-to', 'status-not-exited'),
        link('category-elderly', 'part-of', 'status-not-exited'),
      ],
    ),
    'history.json': graphFile(
      'timeline',
      [
        entity('ev-start', 'event', 'when the campaign started', { date: fill('date', 'YYYY-MM-DD or YYYY') }),
        entity('ev-exit', 'event', 'when the county exited poverty', {
          date: fill('date', 'YYYY-MM-DD'),
          note: bi('anything uncertain about the date'),
        }),
      ],
      [link('ev-exit', 'concerns', 'county-exit')],
    ),
    'campaign-map.json': graphFile(
      'the campaign map',
      [
        entity('cm-root', 'campaign-node', 'the campaign'),
        entity('cm-branch', 'campaign-node', 'one branch of it', {
          // A label that differs from the printed text is a reconstructed reading, with its reason (validate-data checks it).
          confidence: 'reconstructed',
          printed: fill('text', 'the text as printed, if it differs from the label'),
          note: bi('why the label differs from the printed text'),
        }),
      ],
      [link('cm-branch', 'part-of', 'cm-root')],
    ),
  };
}

export function writeTemplate(dir: string): string[] {
  fs.mkdirSync(path.join(dir, 'schema'), { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemas())) fs.writeFileSync(path.join(dir, 'schema', name), text);
  const files = countyTemplate();
  for (const name of DATA_FILES) {
    const json = { $schema: `./schema/${schemaFileFor(name)}`, ...files[name] };
    fs.writeFileSync(path.join(dir, name), `${JSON.stringify(json, null, 2)}\n`);
  }
  return [...DATA_FILES];
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run new-county -- <folder>');
    process.exit(2);
  }
  const target = path.resolve(dir);
  if (fs.existsSync(target) && fs.readdirSync(target).some((f) => f.endsWith('.json'))) {
    console.error(`new-county: ${target} already holds .json files; choose an empty folder`);
    process.exit(2);
  }
  const files = writeTemplate(target);
  console.log(`new-county: wrote ${files.length} data files and their schemas to ${target}`);
  console.log(`Replace every ${PLACEHOLDER_MARK} …⟫, then: npm run validate-data -- ${dir}`);
}
