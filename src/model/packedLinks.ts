// The start data's links in a compact form (issue 20: the start JavaScript). A link of the built-in
// data names two entities by id; written out, every id is repeated in each link that names it, and
// every link repeats its keys. Packed, a link is a row `[from, to, type, interpretive, sources?]` whose
// ends are positions in the start data's entities (in file order): 0.9 KB gzip less of the start data.
// The build packs (scripts/lib/data-plugin.ts), after the texts have been taken out of the links
// (model/laterTexts.ts, model/langTexts.ts: a packed link holds no text to put back); the page unpacks
// once, when the data module is first read (model/dataset.ts), into the same objects as before.
// Pure and zod-free: the build and the page both use it.
import type { BuiltInGraphData } from './assemble';
import type { Link, LinkType, SourceRef } from './schema';

/** `[from, to, type, interpretive (1 or 0), sources]`; an end is an entity's position, or its id if the data has no such entity. */
export type PackedLink = [from: number | string, to: number | string, type: LinkType, interpretive: 0 | 1, sources?: SourceRef[]];

type GraphContent = BuiltInGraphData['graphs'][number]['content'];
/** The start data with each graph file's links packed. */
export type PackedGraphData = Omit<BuiltInGraphData, 'graphs'> & {
  graphs: Array<Omit<BuiltInGraphData['graphs'][number], 'content'> & { content: Omit<GraphContent, 'links'> & { links: PackedLink[] } }>;
};

const KEYS = new Set(['from', 'to', 'type', 'interpretive', 'sources']);

function entityIds(data: { graphs: ReadonlyArray<{ content: { entities: ReadonlyArray<{ id: string }> } }> }): string[] {
  return data.graphs.flatMap((g) => g.content.entities.map((e) => e.id));
}

/** Packs every link of `data` (a copy; `data` is left as it was). Throws on a link field it would lose. */
export function packLinks(data: BuiltInGraphData): PackedGraphData {
  const position = new Map(entityIds(data).map((id, i) => [id, i]));
  const end = (id: string) => position.get(id) ?? id;
  return {
    ...data,
    graphs: data.graphs.map((g) => ({
      ...g,
      content: {
        ...g.content,
        links: g.content.links.map((l, i): PackedLink => {
          const extra = Object.keys(l).find((k) => !KEYS.has(k));
          if (extra) throw new Error(`${g.file}: links[${i}].${extra} is still in the start data (its texts go to the later texts first)`);
          const row: PackedLink = [end(l.from), end(l.to), l.type, l.interpretive ? 1 : 0];
          if (l.sources) row.push(l.sources);
          return row;
        }),
      },
    })),
  };
}

/** Unpacks the links of `data` in place (the page reads the data module's own objects) and returns it as the start data. */
export function unpackLinks(data: PackedGraphData): BuiltInGraphData {
  const ids = entityIds(data);
  const id = (end: number | string) => (typeof end === 'number' ? ids[end]! : end);
  for (const g of data.graphs) {
    const links = g.content.links as unknown as Array<PackedLink | Link>;
    links.forEach((row, i) => {
      if (!Array.isArray(row)) return; // unpacked already (a second reader of the same module)
      const [from, to, type, interpretive, sources] = row;
      const link: Link = { from: id(from), to: id(to), type, interpretive: interpretive === 1 };
      if (sources) link.sources = sources;
      links[i] = link;
    });
  }
  return data as unknown as BuiltInGraphData;
}
