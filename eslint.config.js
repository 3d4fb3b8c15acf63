import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// ── The import direction: app → features → charts → shared → core / store / i18n → model ──────
// A file may import its own tier and the tiers to its right, never to its left; another feature
// only through its index.ts. The core rule works on the import as written (all imports in src/
// are relative), so it needs no resolver and no plugin. tests/lint/boundaries.test.ts plants
// wrong-way imports and checks that lint fails on each.
const up = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
const wrongWay = (folders, tier) => ({
  regex: up(...folders),
  message: `${tier} must not import ${folders.join(', ')}: the direction is app → features → charts → shared → core/store/i18n → model.`,
});
const restrict = (files, patterns, ignores = []) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } });

const OTHER_FEATURE = {
  // From src/features/<name>/<file>: "../other/file" reaches into another feature.
  regex: '^\\.\\./[^./][^/]*/.',
  message: 'Import another feature through its entry point (../<feature>, its index.ts), never a file inside it.',
};
// Pure modules (builders, layouts, text) run in unit tests and workers without a DOM: nothing that
// renders React or registers ECharts. Type-only imports are fine.
const PURE = [
  { regex: '^(react|react-dom)(/|$)', allowTypeImports: true, message: 'A pure module (builder, layout) must not import React.' },
  { regex: '^echarts', allowTypeImports: true, message: 'A pure module must not import ECharts (importing it registers charts).' },
  { regex: up('charts'), allowTypeImports: true, message: 'A pure module must not import charts/ (it registers ECharts).' },
  {
    regex: '^(\\.\\./)+shared/(use[A-Z]\\w*|[A-Z]\\w*|badges)$|^\\./(use[A-Z]\\w*|[A-Z]\\w*|badges)$',
    caseSensitive: true,
    allowTypeImports: true,
    message: 'A pure module must not import a React module from shared/ (use shared/entityText, shared/theme, shared/textMetrics).',
  },
];
const FEATURE = [wrongWay(['app'], 'A feature'), { regex: '^(\\.\\./)+features/', message: OTHER_FEATURE.message }, OTHER_FEATURE];
const PURE_FILES = ['src/features/*/*.ts', 'src/shared/*.ts', 'src/core/**/*.ts', 'src/model/**/*.ts', 'src/i18n/**/*.ts'];
const NOT_PURE = ['src/**/use*.ts', 'src/**/index.ts', 'src/store/**', 'src/shared/exportImage.ts'];

// The parts' metadata (src/parts/, and each features/<part>/part.ts) is the lowest tier: the model and
// the store read it. It imports nothing but itself; the registry reaches each part's part.ts.
const PART_FILE = '(\\.\\./)+features/[^/]+/part(\\.ts)?$';
const PARTS_TIER = [
  {
    regex: `^(?!${PART_FILE})(\\.\\./)+(model|core|store|i18n|shared|charts|features|app|datasets|prerender)(/|$)`,
    message: 'parts/ (and a part.ts) is the lowest tier: metadata only, it imports nothing but parts/ and the parts’ part.ts.',
  },
  { regex: '^(?!(\\.\\./)+parts/|\\./)\\.', message: 'A part.ts imports only parts/ (its metadata is plain data).' },
];

export const boundaries = [
  restrict(['src/parts/**'], [PARTS_TIER[0], ...PURE]),
  restrict(['src/model/**'], [wrongWay(['core', 'store', 'i18n', 'shared', 'charts', 'features', 'app'], 'model/'), ...PURE]),
  restrict(['src/core/**', 'src/i18n/**'], [wrongWay(['shared', 'charts', 'features', 'app'], 'core/, store/ and i18n/'), ...PURE]),
  // The domain (figures more than one surface shows: fund shares, criteria against standards, signs): pure, beside core/.
  restrict(['src/domain/**'], [wrongWay(['shared', 'charts', 'features', 'app'], 'domain/'), ...PURE]),
  restrict(['src/store/**'], [wrongWay(['shared', 'charts', 'features', 'app'], 'core/, store/ and i18n/')]),
  restrict(['src/shared/**'], [wrongWay(['charts', 'features', 'app'], 'shared/')], PURE_FILES),
  restrict(['src/shared/*.ts'], [wrongWay(['charts', 'features', 'app'], 'shared/'), ...PURE], NOT_PURE),
  restrict(['src/charts/**'], [wrongWay(['features', 'app'], 'charts/')]),
  // Datasets a user brings (intake, validator seam, storage): read by features and the app, like shared/.
  restrict(['src/datasets/**'], [wrongWay(['charts', 'features', 'app'], 'datasets/')]),
  restrict(['src/features/**'], FEATURE, PURE_FILES),
  restrict(['src/features/*/*.ts'], [...FEATURE, ...PURE], NOT_PURE),
  restrict(['src/features/**/use*.ts', 'src/features/**/index.ts'], FEATURE),
  // Last: a part's metadata is the parts tier, not its feature's (a later block replaces an earlier one's patterns).
  restrict(['src/features/*/part.ts'], [...PARTS_TIER, ...PURE]),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'shots', 'bench-results', 'audit-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  ...boundaries,
  // Scripts that drive Chromium pass callbacks that run in the page: both sets of globals.
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
