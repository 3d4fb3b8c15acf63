// The kit every part's stage form is built from (src/features/<part>/Stage.tsx): a presentation
// slide composed for a 16:9 or 4:3 projector, not a blown-up panel. The frame fills the stage and
// grows its text (useFitText) to the largest size that fits; everything inside is sized in em, so
// the main text stays at 24 px or more and nothing drops under 14 px (tests/e2e/legibility.e2e.test.ts).
// Items are ordinary selectable entities (the testing contract: data-entity, data-emphasis, focus).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Entity, PresentationStep } from '../model/schema';
import { useGraph } from './GraphProvider';
import { useEntityProps, useLang } from './useEntity';
import { entityLabel, entityTitle } from './entityText';
import { useFitText } from './useFitText';
import { nearestFit } from './fitNear';
import { useWordsVersion } from './useWords';
import { tr } from '../i18n/text';
import './stage.css';

/** What a part's stage form is given: the step, and the entity selected on it (the step's, or "present from here"). */
export interface StageProps {
  step: PresentationStep;
  selectedId: string;
}

/** The slide's frame: `data-panel="stage"` (ready once drawn) with the part's name; the text fits the stage. */
export function StageFrame({ part, fitKey, className, children }: { part: string; fitKey: string; className?: string; children: ReactNode }) {
  const root = useRef<HTMLElement>(null);
  const lang = useLang();
  const words = useWordsVersion();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useFitText(root, `${fitKey} ${lang} ${words}`, { maxScale: 2.4, maxPx: 60, search: nearestFit });
  return (
    <section
      ref={root}
      className={`stage-form stage-${part} ${className ?? ''}`}
      data-panel="stage"
      data-part={part}
      data-ready={ready ? 'true' : 'false'}
    >
      <div className="stage-fit">{children}</div>
    </section>
  );
}

type Tag = 'span' | 'div' | 'li' | 'h2' | 'h3' | 'strong';

/** One selectable entity on a slide: its label (with ※/†), or `children` in its place. */
export function StageItem({ entity, as = 'span', className, children }: { entity: Entity; as?: Tag; className?: string; children?: ReactNode }) {
  const lang = useLang();
  const props = useEntityProps(entity.id);
  const Tag = as;
  return (
    <Tag className={`stage-item ${className ?? ''}`} title={entityTitle(entity, lang, true) ?? tr(entity.label, lang)} {...props}>
      {children ?? entityLabel(entity, lang)}
    </Tag>
  );
}

/** The entity by id (undefined when the data has none). */
export function useEntity(id: string | undefined): Entity | undefined {
  const graph = useGraph();
  return id === undefined ? undefined : graph.model.entities.get(id);
}
