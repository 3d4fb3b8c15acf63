// The comparison of two pictures (?vs=) as a lazy panel. This module is its own chunk too
// (DatasetHost.tsx): the first picture compares nothing, and lazyPanel's code stays out of it.
import { lazyPanel } from './lazyPanel';
import type { ShownDataset } from '../datasets/shown';

// Behind lazyPanel's error boundary like every lazy part: a blocked or stale chunk shows its own
// message instead of emptying the page. (The title is the comparison's own, features/compare/text.ts.)
export const CompareView = lazyPanel<{ a: ShownDataset; b: ShownDataset }>(
  'compare',
  { zh: '两张图对比', en: 'Two pictures compared' },
  () => import('../features/compare'),
);
