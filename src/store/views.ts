// The views the URL may name. The parts' names come from the registry (src/parts/registry.ts), a
// tier below: a feature such as the presentation can check a view name without importing the app.
import { PARTS } from '../parts/registry';

/**
 * Views the URL may name: the one-screen overview (default), the whole grid, or one part's panel on
 * its own. Live: a part registered at run time (app/partForms.ts registerPart, for tests) is added.
 */
export const VIEWS: string[] = ['overview', 'all', ...PARTS.map((p) => p.name)];
