// The headline figures (from data/headline.json). Each is selectable like any entity, and its
// sources show on hover or keyboard focus.
import { useGraph } from '../../shared/GraphProvider';
import { tr } from '../../i18n/text';
import { laterUi } from '../../i18n/laterText';
import { formatDate, formatMeasure } from '../../shared/format';
import { formatPeriod } from '../../shared/measureText';
import { SourceList } from '../../shared/Sources';
import { useEntityProps, useLang } from '../../shared/useEntity';
import type { Entity, Measure } from '../../model/schema';

function Figure({ entity, measure, index }: { entity: Entity; measure?: Measure; index: number }) {
  const lang = useLang();
  const props = useEntityProps(entity.id);
  const tipId = `headline-src-${index}`;
  const value = measure ? formatMeasure(measure, lang) : formatDate(entity.date ?? '', lang);
  const label = measure ? tr(measure.label, lang) : tr(entity.label, lang);
  return (
    <li className="figure-item">
      <div className="figure" {...props} aria-describedby={tipId}>
        <span className="figure-value">{value}</span>
        <span className="figure-label">{label}</span>
        {measure ? <span className="figure-period">{formatPeriod(measure.period, lang)}</span> : null}
      </div>
      <div className="figure-sources" role="tooltip" id={tipId}>
        <strong>{laterUi('sources', lang)}</strong>
        <SourceList refs={measure ? measure.sources : entity.sources} compact />
      </div>
    </li>
  );
}

export function HeadlineFigures() {
  const graph = useGraph();
  const lang = useLang();
  return (
    <section aria-label={laterUi('headline', lang)} className="headline">
      <ul className="figures">
        {graph.model.headline.map((h, i) => {
          const entity = graph.model.entities.get(h.entity)!;
          const measure = h.measure ? entity.measures?.find((m) => m.id === h.measure) : undefined;
          return <Figure key={`${h.entity}-${h.measure ?? 'date'}`} entity={entity} measure={measure} index={i} />;
        })}
      </ul>
    </section>
  );
}
