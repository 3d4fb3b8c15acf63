// A large county for the scale benchmark — SYNTHETIC, never shipped, never real: the real data
// plus 16 townships and 450 villages (Lankao's own counts, so the size is realistic) as entities
// under the county, every village linked to the village exit criteria that measure it. Every
// added label says "合成 SYNTHETIC", every added fact cites one source that says it is generated.
// Written only to the folder it is given (a temp folder) — never to data/.
import fs from 'node:fs';
import path from 'node:path';
import { SYN_PREFIX, SYNTHETIC_CITE, syntheticSourceEntry, type SynthStats } from './synth';

type Obj = Record<string, unknown>;
const COUNTY = 'lankao-county';
const VILLAGE_CRITERIA = ['crit-village-incidence', 'crit-village-conditions'];

export function writeSyntheticCounty(srcDir: string, outDir: string, townships = 16, villages = 450): SynthStats & { label: string } {
  fs.mkdirSync(outDir, { recursive: true });
  const files = fs
    .readdirSync(srcDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const cite = SYNTHETIC_CITE;
  const added: Obj[] = [];
  const links: Obj[] = [];
  for (let t = 1; t <= townships; t++) {
    const id = `syn-township-${t}`;
    added.push({
      id,
      kind: 'place',
      label: { zh: `${SYN_PREFIX}乡镇 ${t}`, en: `${SYN_PREFIX}township ${t}` },
      confidence: 'external',
      sources: cite,
    });
    links.push({ from: id, to: COUNTY, type: 'part-of', interpretive: true });
  }
  for (let v = 1; v <= villages; v++) {
    const id = `syn-village-${v}`;
    added.push({
      id,
      kind: 'place',
      label: { zh: `${SYN_PREFIX}行政村 ${v}`, en: `${SYN_PREFIX}village ${v}` },
      confidence: 'external',
      sources: cite,
    });
    links.push({ from: id, to: `syn-township-${((v - 1) % townships) + 1}`, type: 'part-of', interpretive: true });
    for (const c of VILLAGE_CRITERIA) links.push({ from: c, to: id, type: 'measures', interpretive: true });
  }
  let entities = 0;
  let linkCount = 0;
  let bytes = 0;
  for (const f of files) {
    const json = JSON.parse(fs.readFileSync(path.join(srcDir, f), 'utf8')) as Obj & { entities?: Obj[]; links?: Obj[]; sources?: Obj[] };
    if (f === 'sources.json') json.sources = [...json.sources!, syntheticSourceEntry('scripts/bench/county.ts')];
    if (f === 'overview.json') {
      json.entities = [...json.entities!, ...added];
      json.links = [...json.links!, ...links];
    }
    entities += json.entities?.length ?? 0;
    linkCount += json.links?.length ?? 0;
    const text = JSON.stringify(json);
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(outDir, f), text);
  }
  return { factor: 1, label: `county (${townships} townships, ${villages} villages)`, entities, links: linkCount, bytes };
}
