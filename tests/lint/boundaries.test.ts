// The import direction (app → features → charts → shared/datasets → core/domain/store/i18n/prerender
// → model → parts) is enforced by eslint.config.js, for import() as for static imports. Each case
// lints a planted file (text only, nothing is written) at a path in src/ and expects the boundary
// rules to fail on a wrong-way import and pass the right way.
import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'tiers/dynamic-import').map((m) => m.message);
}

// Loading the config and the TypeScript parser takes seconds on a busy machine: once, up front.
beforeAll(() => eslint.lintText('', { filePath: 'src/shared/warm-up.ts' }), 120_000);

describe('import boundaries', { timeout: 30_000 }, () => {
  it.each([
    ['src/shared/planted.ts', "import x from '../features/funding';"],
    ['src/shared/Planted.tsx', "import x from '../app/panels';"],
    ['src/core/planted.ts', "import x from '../shared/entityText';"],
    ['src/store/planted.ts', "import x from '../features/presentation';"],
    ['src/model/planted.ts', "import x from '../core/graph';"],
    ['src/charts/planted.ts', "import x from '../features/funding';"],
    ['src/features/funding/Planted.tsx', "import x from '../../app/panels';"],
    ['src/features/header/Planted.tsx', "import x from '../presentation/PresentationBar';"],
    ['src/features/funding/planted.ts', "import x from '../../charts/echarts';"],
    ['src/features/funding/planted.ts', "import x from '../../shared/badges';"],
    ['src/features/funding/planted.ts', "import x from 'react';"],
    ['src/shared/planted.ts', "import x from './PanelFrame';"],
    // Issue 20: the holes found by planting wrong-way imports one at a time.
    ['src/model/planted.ts', "import x from '../datasets/types';"],
    ['src/core/planted.ts', "import x from '../datasets/types';"],
    ['src/store/planted.ts', "import x from '../datasets/shown';"],
    ['src/i18n/planted.ts', "import x from '../datasets/types';"],
    ['src/prerender/planted.ts', "import x from '../features/overview';"],
    ['src/shared/planted.ts', "const x = () => import('../features/funding');"],
    ['src/store/planted.ts', "const x = () => import('../app/panels');"],
    ['src/app/Planted.tsx', "import x from '../features/funding/FundingPanel';"],
    ['src/app/planted.ts', "const x = () => import('../features/funding/FundingPanel');"],
    ['src/Planted.tsx', "import x from './features/overview/Overview';"],
    ['src/features/compare/planted.ts', "import { convert as x } from '../funding';"],
    ['src/features/compare/planted.ts', "export { convert as x } from '../funding';"],
    // The tiers added with them: the parts' metadata is the lowest, the domain sits beside core/.
    ['src/parts/planted.ts', "import x from '../model/schema';"],
    ['src/features/funding/part.ts', "import x from '../../model/files';"],
    ['src/domain/planted.ts', "import x from '../shared/format';"],
    ['src/model/planted.ts', "import x from '../domain/funding';"],
    ['src/charts/planted.ts', "import x from '../datasets/shown';"],
  ])('%s: %s fails lint', async (file, line) => {
    expect(await boundaryErrors(file, line)).toHaveLength(1);
  });

  it.each([
    ['src/app/Planted.tsx', "import x from '../features/funding';"],
    ['src/features/header/Planted.tsx', "import x from '../presentation';"],
    ['src/features/funding/Planted.tsx', "import x from '../../charts/Chart';"],
    ['src/features/funding/planted.ts', "import x from '../../shared/entityText';"],
    ['src/features/funding/planted.ts', "import type x from '../../charts/echarts';"],
    ['src/shared/Planted.tsx', "import x from '../store/store';"],
    ['src/core/planted.ts', "import x from '../model/schema';"],
    ['src/app/Planted.tsx', "const x = () => import('../features/funding');"],
    ['src/features/funding/forms.ts', "const x = () => import('./index');"],
    ['src/features/compare/planted.ts', "import type { FundingData as x } from '../funding';"],
    ['src/features/compare/planted.ts', "import { fundShares as x } from '../../domain/funding';"],
    ['src/model/planted.ts', "import x from '../parts/registry';"],
    ['src/parts/planted.ts', "import x from '../features/funding/part';"],
    ['src/domain/planted.ts', "import x from '../core/graph';"],
    ['src/datasets/planted.ts', "import x from '../model/validate';"],
  ])('%s: %s passes', async (file, line) => {
    expect(await boundaryErrors(file, line)).toEqual([]);
  });
});
