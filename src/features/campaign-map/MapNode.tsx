// One node of the map: the selectable box (useEntityProps: data-entity, data-emphasis, focus,
// Enter/Space, click, hover) and, beside it, its open/close toggle — a sibling, never a child,
// so no interactive element sits inside another.
import { memo, useCallback, type FocusEvent, type KeyboardEvent } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { childrenOf } from '../../core/graph';
import { tr } from '../../i18n/text';
import { useEntityProps } from '../../shared/useEntity';
import type { Lang } from '../../store/url';
import { colon, entityLabel, entityTitle } from '../../shared/entityText';
import { TOGGLE_R, togglePosition, type PlacedNode } from './layout';
import { MAP_TEXT } from './text';

export interface MapNodeProps {
  node: PlacedNode;
  /** Colour family: 'root' or the index of the top-level branch (0–4). */
  hue: string;
  lang: Lang;
  onNavKey: (e: KeyboardEvent, id: string) => void;
  onFocusNode: (id: string) => void;
  onToggle: (id: string) => void;
}

export const MapNode = memo(function MapNode({ node, hue, lang, onNavKey, onFocusNode, onToggle }: MapNodeProps) {
  const graph = useGraph();
  const props = useEntityProps(node.id);
  const entity = graph.model.entities.get(node.id);
  const { onKeyDown: selectKey } = props;
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      selectKey(e);
      if (!e.defaultPrevented) onNavKey(e, node.id);
    },
    [selectKey, onNavKey, node.id],
  );
  const onFocus = useCallback(
    (e: FocusEvent) => {
      if (e.target === e.currentTarget) onFocusNode(node.id);
    },
    [onFocusNode, node.id],
  );
  if (!entity) return null;
  const name = entityLabel(entity, lang);
  const title = entityTitle(entity, lang, true) ?? tr(entity.label, lang);
  const toggle = togglePosition(node);
  const sep = colon(lang);
  const count = childrenOf(graph, node.id).length;
  const toggleName = `${tr(node.expanded ? MAP_TEXT.collapseNode : MAP_TEXT.expandNode, lang)}${sep}${tr(entity.label, lang)}${
    lang === 'en' ? ` (${count} ${tr(MAP_TEXT.items, lang)})` : `（${count} ${tr(MAP_TEXT.items, lang)}）`
  }`;
  return (
    <g
      className={`campaign-map-node campaign-map-hue-${hue} campaign-map-level-${Math.min(node.level, 3)}`}
      transform={`translate(${node.x},${node.y})`}
      data-reconstructed={entity.confidence === 'reconstructed' ? 'true' : undefined}
    >
      <g
        {...props}
        className="campaign-map-hit"
        aria-label={name}
        aria-expanded={node.hasChildren ? node.expanded : undefined}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <title>{title}</title>
        <rect className="campaign-map-ring" x={-4} y={-4} width={node.width + 8} height={node.height + 8} rx={9} />
        <rect className="campaign-map-box" width={node.width} height={node.height} rx={6} />
        <text className="campaign-map-label">
          {node.lines.map((l, i) => (
            <tspan
              key={`${i}-${l.lang}`}
              x={l.x}
              y={l.y}
              lang={l.lang === 'zh' ? 'zh-CN' : 'en'}
              className={l.secondary ? 'campaign-map-second' : undefined}
              style={{ fontSize: `${l.size}px` }}
            >
              {l.text}
            </tspan>
          ))}
        </text>
      </g>
      {node.hasChildren ? (
        <g
          className="campaign-map-toggle"
          data-export="skip"
          role="button"
          aria-label={toggleName}
          aria-expanded={node.expanded}
          data-toggle={node.id}
          transform={`translate(${toggle.cx},${toggle.cy})`}
          onClick={(e) => {
            e.stopPropagation();
            onToggle(node.id);
          }}
        >
          <title>{toggleName}</title>
          <circle className="campaign-map-toggle-hit" r={TOGGLE_R + 4} />
          <circle r={TOGGLE_R} />
          <path d={node.expanded ? 'M-4,0H4' : 'M-4,0H4M0,-4V4'} />
        </g>
      ) : null}
    </g>
  );
});
