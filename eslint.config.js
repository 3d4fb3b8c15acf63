import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// ── The import direction: app → features → charts → shared / datasets → core / domain / store / i18n
//    / prerender → model → parts ─────────────────────────────────────────────────────────────────
// Every folder of src/ is in a tier (src/main.tsx and src/entry-server.tsx are the app's). A file may
// import its own tier and the tiers to its right, never to its left; another feature only through its
// index.ts (the app too). A dynamic import() is checked like a static one (the `tiers` rule below):
// its module is the same dependency, only later. The core rule works on the import as written (all
// imports in src/ are relative), so it needs no resolver. tests/lint/boundaries.test.ts plants
// wrong-way imports and checks that lint fails on each.
const up = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
const wrongWay = (folders, tier) => ({
  regex: up(...folders),
  message: `${tier} must not import ${folders.join(', ')}: the direction is app → features → charts → shared/datasets → core/domain/store/i18n/prerender → model → parts.`,
});

// no-restricted-imports checks import and export … from; this checks import() with the same patterns
// (a pattern marked static-only — the pure modules' "no React, no ECharts" — is left to the static rule:
// loading a chart later is what a pure module's caller may do).
const tiers = {
  rules: {
    'dynamic-import': {
      meta: { type: 'problem', schema: false },
      create(context) {
        const patterns = context.options[0]?.patterns ?? [];
        return {
          ImportExpression(node) {
            if (node.source.type !== 'Literal' || typeof node.source.value !== 'string') return;
            const hit = patterns.find((p) => new RegExp(p.regex, p.caseSensitive ? 'u' : 'iu').test(node.source.value));
            if (hit) context.report({ node, message: `import('${node.source.value}'): ${hit.message}` });
          },
        };
      },
    },
  },
};
const STATIC_ONLY = new Set();
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    'tiers/dynamic-import': ['error', { patterns: patterns.filter((p) => !STATIC_ONLY.has(p)) }],
  },
});

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
for (const p of PURE) STATIC_ONLY.add(p);
const FEATURE = [wrongWay(['app'], 'A feature'), { regex: '^(\\.\\./)+features/', message: OTHER_FEATURE.message }, OTHER_FEATURE];
// A pure module reaches another feature only for its types: a feature's entry (index.ts) is its
// panel, and a value imported through it brings the panel's React and ECharts along (a re-export
// leaks what the pure rule forbids). Shared figures live below the features, in src/domain/.
const PURE_ENTRY = [
  {
    regex: '^(\\.\\./)+(features/)?[^./][^/]*$',
    allowTypeImports: true,
    message: 'A pure module must not import another feature (its entry brings its panel: React, ECharts); shared figures are in src/domain/.',
  },
];
for (const p of PURE_ENTRY) STATIC_ONLY.add(p);
const PURE_FILES = ['src/features/*/*.ts', 'src/shared/*.ts', 'src/core/**/*.ts', 'src/model/**/*.ts', 'src/i18n/**/*.ts'];
const NOT_PURE = ['src/**/use*.ts', 'src/**/index.ts', 'src/store/**', 'src/shared/exportImage.ts', 'src/shared/savePicture.ts'];

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

// Below shared/: nothing that shows (shared, charts, features, app) and nothing a user brings (datasets/).
const LOW = ['shared', 'charts', 'features', 'app', 'datasets'];
// The app reaches a feature only through its entry (index.ts): never a file inside it.
const APP = [
  { regex: '^(\\./|\\.\\./)features/[^/]+/.', message: 'The app reaches a feature only through its entry point (features/<feature>, its index.ts).' },
];

export const boundaries = [
  restrict(['src/parts/**'], [PARTS_TIER[0], ...PURE]),
  restrict(['src/model/**'], [wrongWay(['core', 'domain', 'store', 'i18n', 'prerender', ...LOW], 'model/'), ...PURE]),
  restrict(['src/core/**', 'src/i18n/**'], [wrongWay(['domain', 'prerender', ...LOW], 'core/, store/ and i18n/'), ...PURE]),
  // The domain (figures more than one surface shows: fund shares, criteria against standards, signs): pure, beside core/.
  restrict(['src/domain/**'], [wrongWay(['prerender', ...LOW], 'domain/'), ...PURE]),
  restrict(['src/store/**'], [wrongWay(['domain', 'prerender', ...LOW], 'core/, store/ and i18n/')]),
  // The prerendered page's boot script and state (run in <head> and before hydration): the store's tier.
  restrict(['src/prerender/**'], [wrongWay(['domain', ...LOW], 'prerender/')]),
  restrict(['src/shared/**'], [wrongWay(['charts', 'features', 'app', 'prerender'], 'shared/')], PURE_FILES),
  restrict(['src/shared/*.ts'], [wrongWay(['charts', 'features', 'app', 'prerender'], 'shared/'), ...PURE], NOT_PURE),
  restrict(['src/charts/**'], [wrongWay(['features', 'app', 'prerender', 'datasets'], 'charts/')]),
  // Datasets a user brings (intake, validator seam, storage): read by features and the app, like shared/.
  restrict(['src/datasets/**'], [wrongWay(['charts', 'features', 'app', 'prerender'], 'datasets/')]),
  restrict(['src/features/**'], [...FEATURE, wrongWay(['prerender'], 'A feature')], PURE_FILES),
  restrict(['src/features/*/*.ts'], [...FEATURE, wrongWay(['prerender'], 'A feature'), ...PURE, ...PURE_ENTRY], NOT_PURE),
  restrict(['src/features/**/use*.ts', 'src/features/**/index.ts'], FEATURE),
  restrict(['src/app/**', 'src/*.tsx'], APP),
  // Last: a part's metadata is the parts tier, not its feature's (a later block replaces an earlier one's patterns).
  restrict(['src/features/*/part.ts'], [PARTS_TIER[1], ...PURE]),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'shots', 'bench-results', 'audit-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, tiers },
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
