// Builders never throw on data that validated. fast-check generates datasets from data/ with
// random but VALID changes — figures anywhere in their unit's believable range, amounts in any
// money unit (the total then follows the parts), labels with HTML, templates, right-to-left
// marks and long runs, real dates of any shape, links removed — keeps those the validator accepts,
// and feeds each to every builder and layout, in a random language and at a random width.
// Fixed seed and a few hundred cases: the same run every time, in `npm test`.
import { SHOWN_UNDER } from '../../src/model/rules/reachable';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, entitiesOfKind, relatedTo } from '../../src/core/graph';
import { validateDataset, type RawDataset } from '../../src/model/validate';
import { MAX_BASE, unitInfo, UNITS } from '../../src/model/units';
import { formatDate, formatMeasure } from '../../src/shared/format';
import { formatPeriod } from '../../src/shared/measureText';
import { trLines } from '../../src/i18n/text';
import { linkGroups } from '../../src/features/details/describe';
import { assessedCriteria, buildExitCriteriaOption, exitLevels, exitTableRows } from '../../src/features/exit-criteria/exitCriteria';
import { dutiesInvolved, focusTree, layoutRadial } from '../../src/features/four-focuses/layout';
import { buildFundingOption, fundingData, fundingTable, UNITS as FUND_UNITS, VIEWS } from '../../src/features/funding/funding';
import { csvFileName, fundingCsv } from '../../src/features/funding/csv';
import { layoutLeadership } from '../../src/features/leadership/layout';
import { buildPolicyMatrix } from '../../src/features/policies/matrix';
import { buildPrecisionView } from '../../src/features/precision/layout';
import { timelineFigures } from '../../src/features/timeline/figures';
import { layoutTimeline } from '../../src/features/timeline/layout';
import { indexFromGraph, expandToLevel, visibleTree } from '../../src/features/campaign-map/tree';
import { layoutMap } from '../../src/features/campaign-map/layout';
import { labelLines } from '../../src/features/campaign-map/labels';
import { stepState } from '../../src/features/presentation/steps';
import { VIEWS as APP_VIEWS } from '../../src/store/views';
import type { Lang } from '../../src/store/url';
import { realRaw } from '../helpers/data';
import { formsOf } from '../../src/app/partForms';
import { PARTS } from '../../src/parts/registry';
import type { PartFigure } from '../../src/shared/figure';
import { termsIn } from '../../src/model/glossaryText';
import { quotesIn } from '../../src/model/rules/glossary';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const LANGS: readonly Lang[] = ['zh', 'en', 'both'];
const MONEY = Object.keys(UNITS).filter((u) => UNITS[u]!.dimension === 'money');

/** Text a data file may hold: no control characters or direction controls, not blank; HTML, templates, right-to-left text and long runs welcome. */
const text = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    fc.constantFrom('人{b}', '{a}{c}{@[0]}', '<img src=x onerror=alert(1)>', 'עברית txet', '兰考'.repeat(120), 'word '.repeat(80)),
  )
  // Control characters and direction controls are refused by validation (figures.ts, rules/intake.ts).
  .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '').trim()) // eslint-disable-line no-control-regex
  .filter((s) => s.length > 0);

/** A real date: 1950–2030, as a year, a month or a day, or a range of two. */
const oneDate = fc
  .tuple(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([y, m, d]) =>
    m === 0 ? `${y}` : d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const date = fc.oneof(
  oneDate,
  fc.tuple(oneDate, oneDate).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
);

interface Plan {
  seedValues: number[];
  moneyUnits: string[];
  labels: string[];
  dates: string[];
  dropLinks: number[];
  lang: Lang;
  width: number;
}

const plan: fc.Arbitrary<Plan> = fc.record({
  seedValues: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 }),
  moneyUnits: fc.array(fc.constantFrom(...MONEY), { minLength: 8, maxLength: 8 }),
  labels: fc.array(text, { minLength: 12, maxLength: 12 }),
  dates: fc.array(date, { minLength: 12, maxLength: 12 }),
  dropLinks: fc.array(fc.nat({ max: 400 }), { maxLength: 12 }),
  lang: fc.constantFrom(...LANGS),
  width: fc.integer({ min: 240, max: 1920 }),
});

const BASE = realRaw();

/** data/ with the plan's changes; every change keeps the data valid by the rules. */
function plant(p: Plan): RawDataset {
  const raw = structuredClone(BASE) as Record<string, Json>;
  let v = 0;
  let l = 0;
  let d = 0;
  let u = 0;
  const next = () => p.seedValues[v++ % p.seedValues.length]!;
  const graphFiles = Object.keys(raw).filter((f) => Array.isArray(raw[f].entities));
  for (const f of graphFiles) {
    const file = raw[f];
    file.entities.forEach((e: Json, i: number) => {
      if (i % 3 === 0) {
        const lang = i % 2 ? 'en' : 'zh';
        // A new Chinese label is no longer the book's print: it stays valid only as a reconstruction.
        if (lang === 'zh' && e.confidence === 'verbatim')
          Object.assign(e, { confidence: 'reconstructed', printed: e.label.zh, note: { zh: '测试生成', en: 'generated by the test' } });
        const label = p.labels[l++ % p.labels.length]!;
        // A new English label must still use the glossary's renderings of the terms in its Chinese.
        const renderings = lang === 'en' ? termsIn(e.label.zh, raw['glossary.json'].terms).map((h) => h.term.en) : [];
        e.label[lang] = renderings.length ? `${label} (${renderings.join(', ')})` : label;
      }
      if (e.date) e.date = p.dates[d++ % p.dates.length];
      for (const m of e.measures ?? []) {
        if (m.id === 'amount') {
          const unit = p.moneyUnits[u++ % p.moneyUnits.length]!;
          m.unit = unit;
          m.unitEn = UNITS[unit]!.en[0];
        }
        const info = unitInfo(m.unit)!;
        // Funding parts share the total's ceiling: each may take at most a quarter of it.
        const max = MAX_BASE[info.dimension] / info.scale / (m.id === 'amount' ? 4 : 1);
        // Mostly ordinary figures, sometimes the edges: 0, the largest believable, tiny fractions.
        const r = next();
        m.value = r < 0.1 ? 0 : r > 0.95 ? max : Math.round(r * Math.min(max, 1000) * 1000) / 1000;
        if (m.id === 'beneficiaries' && m.value === 0) m.value = 0.001;
        // The real figure's printed decimals (3.20) do not describe a generated one.
        delete m.decimals;
        // A figure no source writes is valid only as a derived one, with its formula.
        m.derivation ??= 'generated by the property test';
        // A threshold is valid only with a source that states it (src/model/rules/measureSources.ts).
        if (m.role === 'threshold') m.sources = [...m.sources, { source: m.sources[0].source, note: `generated threshold ${m.value}` }];
      }
    });
    // Links may go (the part-of tree becomes a smaller forest); never the ones the funding total needs, nor the
    // part-of that puts an item where its part shows it (without it the data is invalid: model/rules/reachable.ts).
    const needsParent = new Set(file.entities.filter((e: Json) => SHOWN_UNDER.some((r) => r.kind === e.kind)).map((e: Json) => e.id));
    file.links = file.links.filter(
      (link: Json, i: number) => !(p.dropLinks.includes(i) && link.to !== 'fund-total' && !(link.type === 'part-of' && needsParent.has(link.from))),
    );
  }
  // The total follows its parts, in its own unit.
  const funding = raw['support-and-funding.json'];
  const total = funding.entities.find((e: Json) => e.id === 'fund-total');
  const partIds = new Set(funding.links.filter((k: Json) => k.type === 'part-of' && k.to === 'fund-total').map((k: Json) => k.from));
  const yuan = funding.entities
    .filter((e: Json) => partIds.has(e.id))
    .map((e: Json) => e.measures.find((m: Json) => m.id === 'amount'))
    .reduce((s: number, m: Json) => s + m.value * unitInfo(m.unit)!.scale, 0);
  const totalAmount = total.measures.find((m: Json) => m.id === 'amount');
  totalAmount.value = yuan / unitInfo(totalAmount.unit)!.scale;
  // Criteria compare a value and a threshold in one unit: both stay percentages.
  // A dropped link takes its evidence quote with it: so does the quote's translation (else it is orphaned).
  // (headline.json's intro cites the book too.)
  const cited = new Set([...graphFiles, 'headline.json'].flatMap((f) => [...quotesIn(raw[f])].map((q) => q.quote)));
  const translations = raw['quote-translations.json'].quotes;
  for (const quote of Object.keys(translations)) if (!cited.has(quote)) delete translations[quote];
  return raw;
}

function everyBuilder(raw: RawDataset, lang: Lang, width: number): void {
  const { model } = validateDataset(raw);
  const graph = buildGraph(model!);
  const ids = model!.entityList.map((e) => e.id);
  const focus = ids[Math.floor(ids.length / 2)]!;
  {
    {
      layoutLeadership(graph, lang, width);
      layoutRadial(focusTree(graph, 'four-focuses', lang), width);
      buildExitCriteriaOption(graph, { focusId: focus, lang, width });
      const data = fundingData(graph);
      for (const unit of FUND_UNITS) {
        const table = fundingTable(graph, data, unit, lang);
        for (const view of VIEWS) buildFundingOption(graph, data, { view, unit, lang, focusId: focus, width });
        for (const row of table.rows) for (const cell of row.cells) expect(cell, 'no NaN or Infinity shown').not.toMatch(/NaN|Infinity/);
      }
      // One CSV holds every unit; no NaN or Infinity in any of its cells either.
      for (const row of fundingCsv(graph, data, lang, '2026-11-30').split('\n'))
        expect(row, 'no NaN or Infinity in the CSV').not.toMatch(/NaN|Infinity/);
      expect(csvFileName(lang, data.amount.period).length).toBeLessThan(100);
      const events = entitiesOfKind(graph, 'event')
        .filter((e) => e.date)
        .map((e) => ({ id: e.id, date: e.date!, lines: trLines(e.label, lang).map((t, i) => ({ text: t, secondary: i > 0 })) }));
      layoutTimeline(events, width);
    }
    exitTableRows(graph, lang);
    const index = indexFromGraph(graph);
    const visible = visibleTree(index, index.root, expandToLevel(index, index.root, 9));
    layoutMap(visible, (n) => {
      const e = model!.entities.get(n.id);
      return e ? labelLines(e.label, e.confidence, lang, n.level) : [];
    });
    for (const h of model!.headline) {
      const e = model!.entities.get(h.entity)!;
      const m = h.measure ? e.measures!.find((x) => x.id === h.measure)! : undefined;
      const shown = m ? `${formatMeasure(m, lang)} ${formatPeriod(m.period, lang)}` : formatDate(e.date ?? '', lang);
      expect(shown, 'no NaN or Infinity shown').not.toMatch(/NaN|Infinity|undefined/);
    }
  }
  exitLevels(graph);
  assessedCriteria(graph);
  dutiesInvolved(graph, 'four-focuses');
  buildPolicyMatrix(graph);
  buildPrecisionView(graph);
  timelineFigures(graph);
  for (const id of ids) {
    relatedTo(graph, id);
    linkGroups(graph, id);
  }
  for (let i = 0; i < model!.presentation.length; i++) stepState(model!, model!.presentation, i, APP_VIEWS);
  // Every part's figure for a paper, in every funding view and unit, with a focus.
  for (const [part, figure] of figures) {
    const unit = FUND_UNITS[width % FUND_UNITS.length]!;
    const fundView = VIEWS[width % VIEWS.length]!;
    const { svg } = figure({ graph, lang, view: { unit, fundView, focusId: focus, map: { level: 2 } } });
    expect(svg, `${part}: no NaN, Infinity or undefined drawn`).not.toMatch(/NaN|Infinity|undefined/);
  }
}

const figures: [string, PartFigure][] = [];

describe('builders on random valid datasets', () => {
  it('never throw, and never show NaN or Infinity', { timeout: 240_000 }, async () => {
    for (const { name } of PARTS) {
      const load = formsOf(name)?.figure;
      if (load) figures.push([name, (await load()).default as PartFigure]);
    }
    let valid = 0;
    fc.assert(
      fc.property(plan, (p) => {
        const raw = plant(p);
        const { model, problems } = validateDataset(raw);
        // The generator only makes valid data: a rejection here is a bug in it (or a rule too strict).
        expect(problems.map((x) => `${x.file}: ${x.path}: ${x.message}`)).toEqual([]);
        expect(model).toBeDefined();
        valid++;
        everyBuilder(raw, p.lang, p.width);
      }),
      { seed: 20261130, numRuns: 300, endOnFailure: true },
    );
    expect(valid).toBe(300);
  });
});
