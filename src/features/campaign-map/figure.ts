// The campaign map as a figure for a paper: the branches as the panel shows them now (its open
// branches, or a level: 1, 2 or all), laid out by the panel's own layout (layout.ts) and drawn as
// plain SVG — no toggles, no toolbar. A folded branch says how many items it holds.
import { tr } from '../../i18n/text';
import { CHART, COLOR } from '../../shared/theme';
import {
  campaignPeriod,
  composeFigure,
  figureLang,
  focusStroke,
  focusStyle,
  marksOf,
  textLines,
  type Figure,
  type FigureInput,
} from '../../shared/figure';
import { labelLines } from './labels';
import { layoutMap } from './layout';
import { expandToLevel, indexFromGraph, kidsOf, subtreeIds, topBranchOf, visibleTree } from './tree';

const TEXT = {
  subject: { zh: '脱贫攻坚图', en: 'Map of the fight against poverty' },
  level1: { zh: '展开到第一层（五个方面）', en: 'Opened to the first level (the five branches)' },
  level2: { zh: '展开到第二层', en: 'Opened to the second level' },
  all: { zh: '全部展开', en: 'Fully opened' },
  custom: { zh: '按当前展开的分支', en: 'As currently opened' },
  folded: { zh: '+N：该分支下折叠未显示的条目数', en: '+N: items folded under the branch, not shown' },
} as const;

export function figure({ graph, lang: pageLang, view }: FigureInput): Figure {
  const lang = figureLang(pageLang);
  const index = indexFromGraph(graph);
  const m = view.map;
  let root = index.root;
  let expanded: ReadonlySet<string>;
  let viewName: { zh: string; en: string };
  if (m && 'expanded' in m) {
    root = m.root;
    expanded = new Set(m.expanded);
    viewName = TEXT.custom;
  } else {
    const level = m && 'level' in m ? m.level : 2;
    expanded = expandToLevel(index, root, level === 'all' ? Infinity : level);
    viewName = level === 1 ? TEXT.level1 : level === 'all' ? TEXT.all : TEXT.level2;
  }
  const visible = visibleTree(index, root, expanded);
  const layout = layoutMap(visible, (n) => {
    const e = graph.model.entities.get(n.id);
    return e ? labelLines(e.label, e.confidence, lang, n.level) : [];
  });
  const branches = kidsOf(index, index.root);
  const hue = (id: string) => {
    const b = topBranchOf(index, id);
    return b === null ? COLOR.red : CHART.palette[branches.indexOf(b) % CHART.palette.length]!;
  };
  const style = focusStyle(graph, view.focusId);
  const out: string[] = [];
  for (const l of layout.links) out.push(`<path d="${l.d}" fill="none" stroke="${hue(l.id)}" stroke-opacity="0.55" stroke-width="1.5"/>`);
  let folded = false;
  for (const n of layout.nodes) {
    const c = hue(n.id);
    const strong = n.level <= 1;
    const st = style(n.id);
    const s = focusStroke(st, c, strong ? 0 : 1.2);
    out.push(
      `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="6" fill="${strong ? c : st === 'selected' ? COLOR.redSoft : st === 'related' ? COLOR.related : '#ffffff'}" stroke="${s.stroke}" stroke-width="${s.width || 0}"/>`,
    );
    for (const line of n.lines)
      out.push(
        textLines([line.text], n.x + line.x, n.y + line.y + line.size * 0.36, {
          size: line.size,
          weight: n.level <= 1 || st === 'selected' ? 700 : 400,
          fill: strong ? '#ffffff' : COLOR.ink,
        }),
      );
    if (n.hasChildren && !n.expanded) {
      folded = true;
      const count = subtreeIds(index, n.id).length - 1;
      out.push(`<line x1="${n.x + n.width}" y1="${n.y + n.height / 2}" x2="${n.x + n.width + 6}" y2="${n.y + n.height / 2}" stroke="${c}"/>`);
      out.push(textLines([`+${count}`], n.x + n.width + 8, n.y + n.height / 2 + 4, { size: 11.5, fill: c, weight: 700 }));
    }
  }
  const ids = layout.nodes.map((n) => n.id);
  return composeFigure({
    part: 'campaign-map',
    graph,
    lang,
    subject: tr(TEXT.subject, lang),
    period: campaignPeriod(graph),
    subtitle: tr(viewName, lang),
    body: { width: layout.bounds.width + 30, height: layout.bounds.height, svg: out.join('') },
    legend: branches.map((b) => {
      const e = graph.model.entities.get(b);
      return { label: e ? tr(e.label, lang) : b, color: hue(b) };
    }),
    marks: marksOf(ids.map((id) => graph.model.entities.get(id))),
    notes: folded ? [tr(TEXT.folded, lang)] : [],
  });
}

/** The part's export figure (its descriptor's `figure` slot, forms.ts). */
export default figure;
