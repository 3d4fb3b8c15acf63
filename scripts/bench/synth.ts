// Synthetic datasets for the scale benchmark: the real data files cloned `factor` times.
// Clone k of entity "x" is "x-syn<k>", labelled "合成 SYNTHETIC …" in both languages, with every
// link cloned between the clones. A clone of a tree root (an entity others are part of) is hung
// under the real root, so a panel that starts from a known root id sees all the copies. Written
// only to the folder it is given (a temp folder) — never to data/.
//
// Household statuses and their categories are not cloned: they are a fixed classification (the
// columns of the policy matrix), not data that grows. Cloned policies point at the real
// statuses, so more data means more matrix rows, as it would in life. Cloning them too would
// make the matrix grow with the square of the factor (1,200 × 300 cells at 100×), which
// measures an impossible dataset rather than a bigger one.
import fs from 'node:fs';
import path from 'node:path';

type Obj = Record<string, unknown>;
interface Bi {
  zh: string;
  en: string;
}
interface Ent extends Obj {
  id: string;
  label: Bi;
}
interface Lnk extends Obj {
  from: string;
  to: string;
  type: string;
}
interface GraphFileJson extends Obj {
  entities: Ent[];
  links: Lnk[];
}

export const SYN_PREFIX = '合成 SYNTHETIC ';
/** validate.ts checks that the parts of fund-total add up to its amount: keep its copies apart. */
const DO_NOT_ATTACH = new Set(['fund-total']);
/** Kinds shared by every copy instead of cloned (see above). */
const SHARED_KINDS = new Set(['household-status', 'household-category']);

const isGraphFile = (j: unknown): j is GraphFileJson =>
  typeof j === 'object' && j !== null && Array.isArray((j as Obj).entities) && Array.isArray((j as Obj).links);

export interface SynthStats {
  factor: number;
  entities: number;
  links: number;
  bytes: number;
}

export function writeSyntheticDataset(srcDir: string, outDir: string, factor: number): SynthStats {
  fs.mkdirSync(outDir, { recursive: true });
  const files = fs
    .readdirSync(srcDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const parsed = new Map(files.map((f) => [f, JSON.parse(fs.readFileSync(path.join(srcDir, f), 'utf8')) as unknown]));

  // Tree roots across all files: entities with part-of children but no part-of parent.
  const hasParent = new Set<string>();
  const hasChild = new Set<string>();
  for (const j of parsed.values()) {
    if (!isGraphFile(j)) continue;
    for (const l of j.links)
      if (l.type === 'part-of') {
        hasParent.add(l.from);
        hasChild.add(l.to);
      }
  }
  const roots = new Set([...hasChild].filter((id) => !hasParent.has(id) && !DO_NOT_ATTACH.has(id)));
  const shared = new Set<string>();
  for (const j of parsed.values()) if (isGraphFile(j)) for (const e of j.entities) if (SHARED_KINDS.has(String(e.kind))) shared.add(e.id);

  let entities = 0;
  let links = 0;
  let bytes = 0;
  for (const [f, j] of parsed) {
    let out: unknown = j;
    if (isGraphFile(j)) {
      const ents: Ent[] = [...j.entities];
      const lnks: Lnk[] = [...j.links];
      for (let k = 1; k < factor; k++) {
        const sfx = (id: string) => (shared.has(id) ? id : `${id}-syn${k}`);
        for (const e of j.entities) {
          if (shared.has(e.id)) continue;
          const c = structuredClone(e);
          c.id = sfx(e.id);
          c.label = { zh: `${SYN_PREFIX}${e.label.zh}`, en: `${SYN_PREFIX}${e.label.en}` };
          ents.push(c);
          if (roots.has(e.id)) lnks.push({ from: c.id, to: e.id, type: 'part-of', interpretive: true });
        }
        for (const l of j.links) {
          if (shared.has(l.from) && (shared.has(l.to) || l.type === 'part-of')) continue; // one copy of the classification, one parent each
          lnks.push({ ...structuredClone(l), from: sfx(l.from), to: sfx(l.to) });
        }
      }
      entities += ents.length;
      links += lnks.length;
      out = { ...j, entities: ents, links: lnks };
    }
    const text = JSON.stringify(out);
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(outDir, f), text);
  }
  return { factor, entities, links, bytes };
}
