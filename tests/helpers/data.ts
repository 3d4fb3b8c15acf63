// Test helpers: the real data (read from data/ on disk, as the CLI does) and a graph built from it.
import path from 'node:path';
import { checkDataDir } from '../../scripts/lib/data-dir';
import { loadModel, type RawDataset } from '../../src/model/validate';
import { buildGraph } from '../../src/core/graph';

export const DATA_DIR = path.resolve(__dirname, '../../data');

export function realRaw(): RawDataset {
  return structuredClone(checkDataDir(DATA_DIR).raw);
}

export function realGraph() {
  return buildGraph(loadModel(realRaw()));
}
