// The four 紧扣 as a figure for a paper: the panel's radial drawing (layout.ts) — 兰考县脱贫 at the
// centre, the four priorities around it, what each involves on the outer ring — as plain SVG.
import { tr } from '../../i18n/text';
import { COLOR } from '../../shared/theme';
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
import { focusTree, layoutRadial, LINE, FONT } from './layout';

const TEXT = {
  subject: { zh: '“四个紧扣”统揽全局', en: 'The four priorities steering the whole' },
  subtitle: { zh: '四个紧扣及各自包括的工作', en: 'The four priorities and what each involves' },
  focus: { zh: '四个紧扣之一', en: 'one of the four priorities' },
  item: { zh: '包括的工作', en: 'what it involves' },
} as const;

const WIDTH = 960;
const ROOT = 'four-focuses';

export function figure({ graph, lang: pageLang, view }: FigureInput): Figure {
  const lang = figureLang(pageLang);
  const tree = focusTree(graph, ROOT, lang);
  const layout = layoutRadial(tree, WIDTH);
  const style = focusStyle(graph, view.focusId);
  const out: string[] = [];
  const ids: string[] = [];
  if (layout) {
    for (const l of layout.links) {
      const st = style(l.to);
      out.push(`<path d="${l.d}" fill="none" stroke="${st === 'plain' ? '#b9aa9a' : COLOR.red}" stroke-width="${st === 'plain' ? 1.2 : 2}"/>`);
    }
    for (const n of layout.nodes) {
      ids.push(n.id);
      const st = style(n.id);
      const look =
        n.role === 'centre'
          ? { fill: COLOR.red, stroke: COLOR.red, text: '#ffffff', weight: 700 }
          : n.role === 'root'
            ? { fill: COLOR.redSoft, stroke: COLOR.red, text: COLOR.red, weight: 700 }
            : n.role === 'focus'
              ? { fill: '#fff8e6', stroke: COLOR.gold, text: COLOR.ink, weight: 700 }
              : { fill: 'none', stroke: 'none', text: COLOR.ink, weight: 400 };
      if (n.role === 'item') {
        if (st !== 'plain') {
          const s = focusStroke(st, 'none');
          out.push(
            `<rect x="${n.box.x - 3}" y="${n.box.y - 2}" width="${n.box.w + 6}" height="${n.box.h + 4}" rx="4" fill="${st === 'selected' ? COLOR.redSoft : COLOR.related}" stroke="${s.stroke}" stroke-width="${s.width}"/>`,
          );
        }
        out.push(`<circle cx="${n.x}" cy="${n.y}" r="4" fill="${COLOR.gold}"/>`);
      } else {
        const s = focusStroke(st, look.stroke, n.role === 'focus' ? 1.5 : 1);
        out.push(
          `<rect x="${n.box.x}" y="${n.box.y}" width="${n.box.w}" height="${n.box.h}" rx="${n.role === 'focus' ? 6 : 10}" fill="${look.fill}" stroke="${s.stroke}" stroke-width="${s.width}"/>`,
        );
      }
      out.push(
        textLines(
          n.lines.map((l) => l.text),
          n.textX,
          n.textY,
          { size: FONT, lineHeight: LINE, anchor: n.anchor, fill: look.text, weight: st === 'selected' ? 700 : look.weight },
        ),
      );
    }
  }
  return composeFigure({
    part: 'four-focuses',
    graph,
    lang,
    subject: tr(TEXT.subject, lang),
    period: campaignPeriod(graph),
    subtitle: tr(TEXT.subtitle, lang),
    body: { width: layout?.width ?? WIDTH, height: layout?.height ?? 0, svg: out.join('') },
    legend: [
      { label: tr(TEXT.focus, lang), color: COLOR.gold, shape: 'square' },
      { label: tr(TEXT.item, lang), color: COLOR.gold, shape: 'dot' },
    ],
    marks: marksOf(ids.map((id) => graph.model.entities.get(id))),
  });
}

/** The part's export figure (its descriptor's `figure` slot, forms.ts). */
export default figure;
