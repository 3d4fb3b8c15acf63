// Pure: what the details view shows for one entity — its links grouped by kind, read from the
// selected entity's side ("responsible for" vs "who is responsible"). Every link type has words in
// both languages that say what the relation is; a hierarchy we read from the poster's layout says
// so ("drawn under … in the poster"), never "part of", which would read as a reporting line.
import { edgesOf, type EntityGraph } from '../../core/graph';
import type { Bilingual, Link, LinkType } from '../../model/schema';

type Wording = { out: Bilingual; in: Bilingual };

export const LINK_GROUP_LABEL: Record<LinkType, Wording> = {
  'part-of': { out: { zh: '属于', en: 'Part of' }, in: { zh: '包含', en: 'Contains' } },
  'responsible-for': { out: { zh: '负责', en: 'Responsible for' }, in: { zh: '由谁负责', en: 'Who is responsible' } },
  realises: { out: { zh: '落实', en: 'Puts into practice' }, in: { zh: '由谁落实', en: 'Put into practice by' } },
  funds: { out: { zh: '资金用于', en: 'Pays for' }, in: { zh: '资金来源', en: 'Paid for by' } },
  measures: { out: { zh: '衡量', en: 'Measures' }, in: { zh: '衡量标准', en: 'Measured by' } },
  'applies-to': { out: { zh: '适用于', en: 'Applies to' }, in: { zh: '适用的政策或标准', en: 'Policies and criteria that apply' } },
  answers: { out: { zh: '回答', en: 'Answers' }, in: { zh: '由谁回答', en: 'Answered by' } },
  concerns: { out: { zh: '涉及', en: 'Concerns' }, in: { zh: '相关事件', en: 'Related events' } },
};

/** A part-of link that is our reading (the layout of the poster), not a drawn branch. */
export const LAYOUT_PART_OF: Wording = {
  out: { zh: '在原图中画在其下（我们对版式的解读）', en: 'Drawn under, in the poster (our reading of the layout)' },
  in: { zh: '在原图中画在它下面（我们对版式的解读）', en: 'Drawn under it in the poster (our reading of the layout)' },
};

export function linkWording(link: Link, direction: 'out' | 'in'): Bilingual {
  return (link.type === 'part-of' && link.interpretive ? LAYOUT_PART_OF : LINK_GROUP_LABEL[link.type])[direction];
}

export interface LinkGroup {
  key: string;
  label: Bilingual;
  items: { id: string; link: Link }[];
}

export function linkGroups(graph: EntityGraph, id: string): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  for (const e of edgesOf(graph, id)) {
    const layout = e.link.type === 'part-of' && e.link.interpretive;
    const key = `${e.link.type}:${e.direction}${layout ? ':layout' : ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: linkWording(e.link, e.direction), items: [] }));
    g.items.push({ id: e.other, link: e.link });
  }
  const order = Object.keys(LINK_GROUP_LABEL);
  return [...groups.values()].sort((a, b) => order.indexOf(a.key.split(':')[0]!) - order.indexOf(b.key.split(':')[0]!) || a.key.localeCompare(b.key));
}
