// The one-screen overview (the default view): a compact form of every part of the picture,
// composed like the printed poster. Plain HTML from the data — no ECharts, no layout reads and
// no `window` during render — so it can be prerendered to static HTML and hydrated; its boxes
// are sized by CSS grid alone, so nothing measured later can move them.
// Every item is an ordinary selectable entity (useEntityProps): linking, keyboard and the
// testing contract are the same as in the full panels.
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { shownPartTitle } from '../../shared/partTitle';
import { useGraph } from '../../shared/GraphProvider';
import { selectionAfterPaint } from '../../shared/useAfterPaint';
import { tr, ui } from '../../i18n/text';
import { useEntityProps, useFollowerProps, useLang } from '../../shared/useEntity';
import { useFitText, type FitSearch } from '../../shared/useFitText';
import { useWordsVersion } from '../../shared/useWords';
import { formatDate, formatMeasure, formatNumber, printedNumber } from '../../shared/format';
import { entityLabel, entityTitle } from '../../shared/entityText';
import type { Entity, Measure } from '../../model/schema';
import type { Lang } from '../../store/url';
import { buildOverview, foldedItems, percentText, type OverviewModel } from './model';
import { OV_TEXT } from './text';
import { comparatorSign } from '../../domain/format';
import { PARTS, partMeta } from '../../parts/registry';
import type { OverviewColumn, OverviewForm, PartMeta } from '../../parts/types';
import { openView } from './navigation';
import { onDemand } from '../../shared/useOnDemand';
import { prerenderedOnDemand } from '../../shared/prerenderedOnDemand';
import { PartBoundary } from '../../shared/PartLoadFailed';
import './overview.css';

// What only the printed handout carries (PrintSheet.tsx): prerendered, hidden on screen, hydrated when its
// code arrives after the picture's (shared/prerenderedOnDemand.tsx). If it cannot come, the screen says
// nothing (the sheet is not on screen) and the printout lacks its date line and appendix.
const printSheet = onDemand(() => import('./PrintSheet'));
const PrintLineOnDemand = prerenderedOnDemand(printSheet, (m) => m.PrintLine);
const PrintAppendixOnDemand = prerenderedOnDemand(printSheet, (m) => m.PrintAppendix);
const noPrintSheet = () => null;
// The whole picture saved as an image (SaveWholePicture.tsx): prerendered, hydrated when its code comes.
const saveWhole = onDemand(() => import('./SaveWholePicture'));
const SaveWholePicture = prerenderedOnDemand(saveWhole, (m) => m.SaveWholePicture);

/**
 * An entity's label with its confidence mark (※ reconstructed, † public source). In English an
 * entity with a short form (data/*.json `short`, docs/data.md) carries both: where the overview is
 * compact (a laptop screen, overview.css) it draws the short one and keeps the full one for screen
 * readers and the browser's find; elsewhere (a phone, a large screen, print) it draws the full one.
 */
function labelOf(e: Entity, lang: Lang): ReactNode {
  const full = entityLabel(e, lang);
  if (lang !== 'en' || !e.short) return full;
  return (
    <>
      <span className="ov-short" aria-hidden="true">
        {entityLabel({ label: { zh: e.label.zh, en: e.short.en }, confidence: e.confidence }, lang)}
      </span>
      <span className="ov-full">{full}</span>
    </>
  );
}

type Tag = 'span' | 'div' | 'li' | 'h3' | 'strong';

/** One selectable entity in the overview. */
function Item({ entity, as = 'span', className, children }: { entity: Entity; as?: Tag; className?: string; children?: ReactNode }) {
  const lang = useLang();
  const props = useEntityProps(entity.id);
  const Tag = as;
  return (
    // The title leads with the whole label: where a label is shortened to fit (English), hovering shows it.
    <Tag className={`ov-item ${className ?? ''}`} title={entityTitle(entity, lang, true) ?? tr(entity.label, lang)} {...props}>
      {children ?? labelOf(entity, lang)}
    </Tag>
  );
}

function MoreNote({ n, lang }: { n: number; lang: Lang }) {
  const text = tr(OV_TEXT.more, lang).replace('{n}', formatNumber(n, lang));
  return (
    <span className="ov-more" title={text}>
      {text}
    </span>
  );
}

/** How many items each part leaves out (model.hidden): a long list says so beside its title. */
const HiddenCounts = createContext<OverviewModel['hidden'] | null>(null);
/** The items each part does not draw (model.ts foldedItems): kept in the page for the browser's find. */
const Folded = createContext<Record<string, Entity[]> | null>(null);

/**
 * A part's folded items, hidden="until-found": out of sight and out of the layout, but the browser's
 * find (Ctrl+F, a #:~:text= link) matches them; a match shows them inside the part (which scrolls)
 * and marks the part as opened. React writes `hidden` as a boolean, so until-found is set before paint.
 */
function FoldedItems({ items }: { items: Entity[] }) {
  const lang = useLang();
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    list.setAttribute('hidden', 'until-found');
    const onMatch = () => list.closest('.ov-part')?.setAttribute('data-found', 'true');
    list.addEventListener('beforematch', onMatch);
    return () => list.removeEventListener('beforematch', onMatch);
  }, []);
  return (
    <ul ref={ref} className="ov-folded" hidden data-export="skip">
      {items.map((e) => (
        <Item key={e.id} entity={e} as="li">
          {entityLabel(e, lang)}
        </Item>
      ))}
    </ul>
  );
}

const NONE: Entity[] = [];

/** The part a compact form draws (its name, title, files): the forms below are the part's shapes, not its names. */
const ThisPart = createContext<PartMeta | null>(null);

function Part({ className, tools, hiddenCount, children }: { className?: string; tools?: ReactNode; hiddenCount?: number; children: ReactNode }) {
  const lang = useLang();
  const meta = useContext(ThisPart)!;
  const name = meta.name;
  const title = shownPartTitle(useGraph().model, name, lang, 'overview');
  const form = meta.overview.form;
  const counts = useContext(HiddenCounts);
  const hidden = hiddenCount ?? (form === 'list' ? 0 : (counts?.[form] ?? 0));
  const folded = useContext(Folded)?.[name] ?? NONE;
  return (
    <section
      className={`ov-part ov-${name} ${className ?? ''}`}
      style={{ '--ov-order': meta.overview.order } as CSSProperties}
      data-part={name}
      id={`ov-part-${name}`}
      aria-labelledby={`ov-title-${name}`}
    >
      <header className="ov-part-head">
        <h2 id={`ov-title-${name}`}>{title}</h2>
        {hidden > 0 ? <MoreNote n={hidden} lang={lang} /> : null}
        {tools}
        <button
          type="button"
          className="ov-open"
          data-export="skip"
          data-action="open-panel"
          aria-label={`${tr(OV_TEXT.open, lang)}: ${title}`}
          title={tr(OV_TEXT.open, lang)}
          onClick={() => openView(name)}
        >
          <span aria-hidden="true">⤢</span>
        </button>
      </header>
      {children}
      {folded.length > 0 ? <FoldedItems items={folded} /> : null}
    </section>
  );
}

function Leadership({ m }: { m: OverviewModel['leadership'] }) {
  return (
    <Part>
      {m.principle ? <Item entity={m.principle} as="div" className="ov-principle" /> : null}
      <ul className="ov-leaders">
        {m.rows.map((r) => (
          <li key={r.leader.id} className={`ov-leader depth-${r.depth}`}>
            <Item entity={r.leader} className="ov-leader-name" />
            {r.duties.map((d) => (
              <Item key={d.id} entity={d} className="ov-duty" />
            ))}
          </li>
        ))}
      </ul>
    </Part>
  );
}

function Precision({ m, goal }: { m: OverviewModel['precision']; goal: Entity | undefined }) {
  const lang = useLang();
  return (
    <Part>
      <div className="ov-core">
        {goal ? <Item entity={goal} as="strong" className="ov-goal" /> : null}
        {m.principle ? <Item entity={m.principle} className="ov-principle" /> : null}
      </div>
      <ol className="ov-precisions">
        {m.precisions.map((p) => {
          const q = m.questions.find((x) => x.precision?.id === p.id);
          return (
            <li key={p.id}>
              <Item entity={p} className="ov-precision" />
              {q ? <Item entity={q.question} className="ov-question">{`${tr(q.question.label, lang)}`}</Item> : null}
            </li>
          );
        })}
      </ol>
      <ul className="ov-answers">
        {m.questions
          // 怎么扶 and 如何退 head the funding and exit parts, which show their answers.
          .filter((q) => q.answers.length > 0 && q.question.id !== 'q-how' && q.question.id !== 'q-exit')
          .map((q) => (
            <li key={q.question.id}>
              {/* A dashed arrow: the pairing is our reading of the print (no room for a word on the poster). */}
              <span className="ov-q-label" aria-hidden="true">
                {tr(q.question.label, lang)} {q.ourReading ? '⇢' : '→'}
              </span>
              {q.answers.map((a) => (
                <Item key={a.id} entity={a} className="ov-answer" />
              ))}
              {q.ourReading ? <span className="sr-only">({ui('interpretive', lang)})</span> : null}
            </li>
          ))}
      </ul>
    </Part>
  );
}

function Funding({ m }: { m: OverviewModel['funding'] }) {
  const lang = useLang();
  return (
    // The key question (怎么扶) heads the part beside its title: a line of its own cost the one-screen picture its room.
    <Part tools={m.question ? <Item entity={m.question} className="ov-question ov-head-question" /> : null}>
      <div className="ov-fund-head">
        {m.total && m.amount ? (
          <Item entity={m.total} className="ov-fund-total">
            <span className="ov-key">{formatMeasure(m.amount, lang)}</span>
            <span className="ov-small">
              {tr(m.total.label, lang)} · {m.amount.period}
            </span>
          </Item>
        ) : null}
      </div>
      <div className="ov-fund-bar" aria-hidden="true">
        {m.parts.map((p, i) => (
          <FundSegment key={p.fund.id} id={p.fund.id} index={i} share={p.share} />
        ))}
      </div>
      <ul className="ov-funds">
        {m.parts.map((p, i) => (
          <li key={p.fund.id}>
            <Item entity={p.fund} className={`ov-fund seg-${i}`}>
              <span>
                <span className="ov-key">{amountShort(p.amount, lang)}</span> <span className="ov-share">{percentText(p.share)}</span>
              </span>
              <span className="ov-small">{labelOf(p.fund, lang)}</span>
            </Item>
            {p.supportTypes.map((s) => (
              <Item key={s.id} entity={s} className="ov-support" />
            ))}
          </li>
        ))}
      </ul>
    </Part>
  );
}

/** The funding bar's segment follows its fund's emphasis (it is not selectable itself). */
function FundSegment({ id, index, share }: { id: string; index: number; share: number }) {
  const follow = useFollowerProps(id);
  return <span className={`ov-fund-seg seg-${index}`} style={{ flexGrow: share }} {...follow} />;
}

/** "4.15 亿元" in Chinese; "415 million yuan" in English (the full measure format). */
function amountShort(a: Measure, lang: Lang): string {
  return formatMeasure(a, lang === 'both' ? 'zh' : lang);
}

/** `detailed`: with room to spare (a presentation step), each standard lists its criteria. */
function ExitCriteria({ m, detailed }: { m: OverviewModel['exit']; detailed: boolean }) {
  const lang = useLang();
  return (
    <Part tools={m.question ? <Item entity={m.question} className="ov-question ov-head-question" /> : null}>
      <ul className={detailed ? 'ov-levels detailed' : 'ov-levels'}>
        {m.levels.map((l) => (
          <li key={l.level.id}>
            <Item entity={l.level} className="ov-level" />
            {detailed ? (
              <ul className="ov-level-criteria">
                {l.criteria.map((c) => (
                  <Item key={c.id} entity={c} as="li" />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <ul className="ov-assessed">
        {m.assessed.map((a) => (
          <li key={a.criterion.id}>
            <Item entity={a.criterion} className="ov-criterion">
              <span className="ov-key">
                {printedNumber(a.value, lang)}
                {a.value.unit === '%' ? '%' : ` ${a.value.unit}`}
              </span>
              <span className="ov-small">
                {labelOf(a.criterion, lang)}
                {a.threshold
                  ? ` (${comparatorSign(a.threshold.comparator)} ${printedNumber(a.threshold, lang)}${a.threshold.unit === '%' ? '%' : ''})`
                  : ''}
              </span>
            </Item>
          </li>
        ))}
      </ul>
    </Part>
  );
}

function FourFocuses({ m }: { m: OverviewModel['focuses'] }) {
  return (
    <Part>
      {m.principle ? <Item entity={m.principle} as="div" className="ov-principle" /> : null}
      <ul className="ov-focuses">
        {m.focuses.map((f) => (
          <li key={f.focus.id}>
            <Item entity={f.focus} className="ov-focus" />
            <span className="ov-focus-items">
              {f.items.map((it) => (
                <Item key={it.id} entity={it} className="ov-focus-item" />
              ))}
            </span>
          </li>
        ))}
      </ul>
    </Part>
  );
}

function Policies({ m }: { m: OverviewModel['policies'] }) {
  const lang = useLang();
  return (
    <Part>
      <table className="ov-matrix">
        <thead>
          <tr>
            <th scope="col">{m.group ? <Item entity={m.group} /> : null}</th>
            {m.statuses.map((s) => (
              <th key={s.id} scope="col" className="ov-status-col">
                <Item entity={s} className="ov-status" />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.rows.map((r) => (
            <tr key={r.policy.id}>
              <th scope="row">
                <Item entity={r.policy} className="ov-policy">
                  <span className="ov-num">{r.policy.order}</span>
                  <span>{labelOf(r.policy, lang)}</span>
                </Item>
              </th>
              {r.applies.map((a, i) => (
                <td key={m.statuses[i]!.id} className="ov-dot">
                  {a ? <span aria-label={tr(OV_TEXT.applies, lang)}>●</span> : <span className="sr-only">{tr(OV_TEXT.notApplies, lang)}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ov-categories">
        {m.categories.map((c) => (
          <Item key={c.id} entity={c} className="ov-category" />
        ))}
      </p>
    </Part>
  );
}

/** `detailed`: with room to spare (a presentation step), each branch lists its sub-branches. */
function CampaignMap({ m, detailed }: { m: OverviewModel['campaign']; detailed: boolean }) {
  const lang = useLang();
  return (
    <Part>
      {m.root ? <Item entity={m.root} as="div" className="ov-principle" /> : null}
      <ol className="ov-branches">
        {m.branches.map((b) => (
          <li key={b.node.id}>
            <Item entity={b.node} className="ov-branch" />
            <span className="ov-small ov-branch-size">{tr(OV_TEXT.items, lang).replace('{n}', String(b.size))}</span>
            {detailed ? (
              <ul className="ov-branch-children">
                {b.children.map((c) => (
                  <Item key={c.id} entity={c} as="li" />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </Part>
  );
}

function Timeline({ m }: { m: OverviewModel['timeline'] }) {
  const lang = useLang();
  return (
    // 存为整图 sits in the bottom part's header: the page header has no room left at 1280 px.
    <Part
      tools={
        <PartBoundary name="save whole picture">
          <SaveWholePicture />
        </PartBoundary>
      }
    >
      <ol className="ov-events">
        {m.events.map((e) => {
          const exit = m.exitIds.has(e.id);
          return (
            <li key={e.id} className={exit ? 'ov-event exit' : 'ov-event'}>
              <Item entity={e} className="ov-event-item">
                <span className={exit ? 'ov-date ov-key' : 'ov-date'}>{formatDate(e.date ?? '', lang === 'both' ? 'zh' : lang)}</span>
                <span className="ov-small">{labelOf(e, lang)}</span>
              </Item>
            </li>
          );
        })}
      </ol>
    </Part>
  );
}

/** Small screens: a menu that jumps to each part (the parts stack in reading order there). */
function JumpMenu() {
  const lang = useLang();
  const { model } = useGraph();
  // In the order the parts stack on a phone: the book's.
  const parts = BOOK_ORDER().map((p) => p.name);
  return (
    <nav className="ov-jump" data-export="skip" aria-label={tr(OV_TEXT.jump, lang)}>
      {parts.map((p) => (
        <button key={p} type="button" onClick={() => document.getElementById(`ov-part-${p}`)?.scrollIntoView({ block: 'start' })}>
          {shownPartTitle(model, p, lang, 'overview')}
        </button>
      ))}
    </nav>
  );
}

/**
 * On a phone the details open in a sheet over the bottom of the screen: after a selection, bring
 * the tapped item above the sheet (it must stay visible next to its details).
 */
function useKeepSelectionAboveSheet() {
  useEffect(() => {
    // The sheet opens with the details, one frame after the selection (shared/useAfterPaint.ts).
    let shown = selectionAfterPaint.get();
    return selectionAfterPaint.subscribe(() => {
      const selectedId = selectionAfterPaint.get();
      const changed = selectedId !== shown;
      shown = selectedId;
      if (selectedId === null || !changed) return;
      requestAnimationFrame(() => {
        const sheet = document.querySelector('.app[data-view="overview"] .sidebar');
        if (!sheet || getComputedStyle(sheet).position !== 'fixed') return;
        const active = document.activeElement;
        const el =
          active instanceof HTMLElement && active.dataset.entity === selectedId
            ? active
            : document.querySelector(`[data-panel="overview"] [data-entity="${CSS.escape(selectedId)}"]`);
        if (!el) return;
        const box = el.getBoundingClientRect();
        const limit = sheet.getBoundingClientRect().top - 8;
        if (box.bottom > limit) window.scrollBy({ top: box.bottom - limit });
        else if (box.top < 48) window.scrollBy({ top: box.top - 48 });
      });
    });
  }, []);
}

/** The plain form any part has: its files' entities as a list (a part without a compact form of its own). */
function PlainList({ m }: { m: OverviewModel }) {
  const meta = useContext(ThisPart)!;
  const { items, hidden } = m.listOf(meta.files);
  return (
    <Part hiddenCount={hidden}>
      <ul className="ov-list">
        {items.map((e) => (
          <Item key={e.id} entity={e} as="li" />
        ))}
      </ul>
    </Part>
  );
}

/** Each compact form (a part names its own: src/parts/types.ts, OverviewForm), drawn from the one model. */
const FORMS: Record<OverviewForm, (m: OverviewModel, detailed: boolean) => ReactNode> = {
  leaders: (m) => <Leadership m={m.leadership} />,
  precisions: (m) => <Precision m={m.precision} goal={m.goal} />,
  funds: (m) => <Funding m={m.funding} />,
  'exit-levels': (m, detailed) => <ExitCriteria m={m.exit} detailed={detailed} />,
  focuses: (m) => <FourFocuses m={m.focuses} />,
  'policy-matrix': (m) => <Policies m={m.policies} />,
  branches: (m, detailed) => <CampaignMap m={m.campaign} detailed={detailed} />,
  events: (m) => <Timeline m={m.timeline} />,
  list: (m) => <PlainList m={m} />,
};

/** The poster's columns, in reading order; each part names its own (src/parts/registry.ts). */
const COLUMNS: readonly OverviewColumn[] = ['lead', 'center', 'right', 'bottom'];

/** The parts in the book's reading order (the registry's is the full panels'). */
const BOOK_ORDER = () => [...PARTS].sort((a, b) => a.overview.order - b.overview.order);

function PartForm({ meta, model, detailed }: { meta: PartMeta; model: OverviewModel; detailed: boolean }) {
  return <ThisPart.Provider value={meta}>{FORMS[meta.overview.form](model, detailed)}</ThisPart.Provider>;
}

/**
 * The whole picture, or with `only` one part of it on its own (a presentation step shows it
 * enlarged). Each part is drawn from the same model either way. `fitSearch` is how the part on its own finds
 * its text size (the stage forms pass the stage's, fitNear.ts's nearestFit, which this start chunk does not carry).
 */
export function Overview({ only, fitSearch }: { only?: string; fitSearch?: FitSearch } = {}) {
  useKeepSelectionAboveSheet();
  const graph = useGraph();
  const model = useMemo(() => buildOverview(graph), [graph]);
  // The whole picture keeps every item in the page (a part shown alone, in a presentation step, needs not).
  const folded = useMemo(() => foldedItems(graph, model), [graph, model]);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  // On its own the part fills the stage: its text grows to the largest size that still fits.
  const single = useRef<HTMLElement>(null);
  const lang = useLang();
  const words = useWordsVersion();
  useFitText(single, only ? `${only} ${lang} ${words}` : null, fitSearch ? { search: fitSearch } : undefined);
  const onlyPart = only === undefined ? undefined : partMeta(only);
  if (onlyPart) {
    return (
      <section
        ref={single}
        className="overview overview-single"
        data-panel="overview"
        data-ready={ready ? 'true' : 'false'}
        data-only={onlyPart.name}
      >
        <HiddenCounts.Provider value={model.hidden}>
          <PartForm meta={onlyPart} model={model} detailed />
        </HiddenCounts.Provider>
      </section>
    );
  }
  return (
    <HiddenCounts.Provider value={model.hidden}>
      <Folded.Provider value={folded}>
        <section className="overview" data-panel="overview" data-ready={ready ? 'true' : 'false'}>
          <JumpMenu />
          {COLUMNS.map((column) => (
            <div key={column} className={`ov-col ov-col-${column}`}>
              {BOOK_ORDER()
                .filter((p) => p.overview.column === column)
                .map((p) => (
                  <PartForm key={p.name} meta={p} model={model} detailed={false} />
                ))}
            </div>
          ))}
          <PartBoundary name="print line" fallback={noPrintSheet}>
            <PrintLineOnDemand />
          </PartBoundary>
        </section>
      </Folded.Provider>
      {PARTS.some((p) => p.print === 'fund-table') ? (
        <PartBoundary name="print appendix" fallback={noPrintSheet}>
          <PrintAppendixOnDemand funding={model.funding} />
        </PartBoundary>
      ) : null}
    </HiddenCounts.Provider>
  );
}
