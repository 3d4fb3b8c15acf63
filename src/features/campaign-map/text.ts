// The panel's own interface strings (chrome only — every label on the map comes from data/).
import type { Bilingual } from '../../model/schema';
import part from './part';

export const MAP_TEXT = {
  // The part's own title (part.ts): the one the overview, search and a failed panel name.
  title: part.title,
  subtitle: { zh: '点击节点查看关联 · ※ 重构读法', en: 'Click a node to see its links · ※ reconstructed reading' },
  level1: { zh: '展开到第1层', en: 'Expand to level 1' },
  level2: { zh: '展开到第2层', en: 'Expand to level 2' },
  levelAll: { zh: '全部展开', en: 'Expand all' },
  levels: { zh: '展开层级', en: 'Levels to expand' },
  focusBranch: { zh: '只看此分支', en: 'Focus this branch' },
  wholeMap: { zh: '返回全图', en: 'Back to the whole map' },
  breadcrumb: { zh: '当前分支', en: 'Current branch' },
  zoomIn: { zh: '放大地图', en: 'Zoom in' },
  zoomOut: { zh: '缩小地图', en: 'Zoom out' },
  fit: { zh: '适应窗口', en: 'Fit to view' },
  zoomControls: { zh: '缩放', en: 'Zoom' },
  shown: { zh: '显示', en: 'shown' },
  expandNode: { zh: '展开', en: 'Expand' },
  collapseNode: { zh: '折叠', en: 'Collapse' },
  items: { zh: '项', en: 'items' },
  mapLabel: { zh: '脱贫攻坚图（思维导图）', en: 'The map of the fight against poverty (mind map)' },
  hint: {
    zh: '键盘：↑↓ 同级移动，→ 展开或进入下一层，← 折叠或回到上一层，回车选中，Esc 清除。拖动平移；Ctrl + 滚轮或双指缩放。',
    en: 'Keys: ↑↓ move between siblings, → expand or go in, ← collapse or go up, Enter selects, Esc clears. Drag to pan; Ctrl + wheel or pinch to zoom.',
  },
} satisfies Record<string, Bilingual>;

/** The outline under the map (MapOutline.tsx). */
export const MAP_OUTLINE_TEXT = {
  summary: {
    zh: '脱贫攻坚图大纲（全部 {n} 项，折叠的项也可用 Ctrl+F 查找）',
    en: 'Outline of the map of the fight against poverty (all {n} items; Ctrl+F finds folded ones too)',
  },
  label: { zh: '脱贫攻坚图大纲', en: 'Outline of the map of the fight against poverty' },
} satisfies Record<string, Bilingual>;
