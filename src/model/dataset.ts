// The built-in Lankao data, bundled at build time (no fetch: the app also runs from file://).
import type { RawDataset } from './validate';

const files = import.meta.glob('../../data/*.json', { eager: true, import: 'default' });

export function builtInDataset(): RawDataset {
  const raw: RawDataset = {};
  for (const [path, content] of Object.entries(files)) raw[path.slice(path.lastIndexOf('/') + 1)] = content;
  return raw;
}

