// The import direction (app → features → charts → shared → core/store/i18n → model) is enforced
// by eslint.config.js. Each case lints a planted file (text only, nothing is written) at a path
// in src/ and expects the boundary rule to fail on a wrong-way import and pass the right way.
import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
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
  ])('%s: %s passes', async (file, line) => {
    expect(await boundaryErrors(file, line)).toEqual([]);
  });
});
