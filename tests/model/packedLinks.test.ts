// @vitest-environment node
// The start data's links are packed at build time and unpacked by the page (src/model/packedLinks.ts):
// nothing may be lost, and the data module really holds them packed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packed from 'virtual:lankao-data';
import { checkDataDir } from '../../scripts/lib/data-dir';
import { splitLaterTexts } from '../../src/model/laterTexts';
import { packLinks, unpackLinks, type PackedGraphData } from '../../src/model/packedLinks';
import type { BuiltInGraphData } from '../../src/model/assemble';

const ROOT = path.resolve(__dirname, '../..');

function startData(): BuiltInGraphData {
  const checked = checkDataDir(path.join(ROOT, 'data')).data;
  if (!checked) throw new Error('data/ does not validate');
  return splitLaterTexts(checked).start;
}

describe('packed links', () => {
  it('the data module holds each link as a row whose ends are entity positions', () => {
    const rows = (packed as PackedGraphData).graphs.flatMap((g) => g.content.links);
    expect(rows.length).toBeGreaterThan(200);
    // The module may already have been read (and unpacked in place) by another import: look at a fresh pack too.
    const fresh = packLinks(startData()).graphs.flatMap((g) => g.content.links);
    expect(fresh.every((r) => Array.isArray(r) && typeof r[0] === 'number' && typeof r[1] === 'number')).toBe(true);
  });

  it('unpacking a pack gives the start data back, link for link', () => {
    const start = startData();
    const copy = structuredClone(start);
    expect(unpackLinks(packLinks(start))).toEqual(copy);
    expect(start).toEqual(copy); // packing left its input as it was
  });

  it('writes the links out in under half the characters of the links as objects', () => {
    const start = startData();
    const links = (d: { graphs: ReadonlyArray<{ content: { links: unknown } }> }) => JSON.stringify(d.graphs.map((g) => g.content.links)).length;
    expect(links(packLinks(start))).toBeLessThan(links(start) / 2);
  });

  it('keeps an end that names no entity of the data as its id, and unpacking twice is unpacking once', () => {
    const start = startData();
    start.graphs[0]!.content.links.push({ from: 'nowhere', to: start.graphs[0]!.content.entities[0]!.id, type: 'concerns', interpretive: true });
    const p = packLinks(start);
    const last = p.graphs[0]!.content.links.at(-1)!;
    expect(last[0]).toBe('nowhere');
    expect(last[1]).toBe(0);
    const once = structuredClone(unpackLinks(p));
    expect(unpackLinks(p as unknown as PackedGraphData)).toEqual(once);
    expect(once.graphs[0]!.content.links.at(-1)).toEqual({
      from: 'nowhere',
      to: start.graphs[0]!.content.entities[0]!.id,
      type: 'concerns',
      interpretive: true,
    });
  });

  it('refuses a link that still has a text the page would lose, naming the file and the place', () => {
    const start = startData();
    const link = start.graphs[1]!.content.links[2]!;
    link.note = { zh: '注', en: 'note' };
    expect(() => packLinks(start)).toThrow(`${start.graphs[1]!.file}: links[2].note`);
  });
});
