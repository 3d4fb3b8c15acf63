// The dashboard's panel names, in reading order, and the views the URL may name. Here (not in
// app/) so that a feature such as the presentation can check a view name without importing the
// app that assembles it; app/panels.ts maps each name to its component.
export const PANEL_NAMES = ['leadership', 'precision', 'four-focuses', 'exit-criteria', 'funding', 'policies', 'campaign-map', 'timeline'] as const;

export type PanelName = (typeof PANEL_NAMES)[number];

/** Views the URL may name: the one-screen overview (default), the whole grid, or one panel on its own. */
export const VIEWS: readonly string[] = ['overview', 'all', ...PANEL_NAMES];
