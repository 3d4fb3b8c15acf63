// What a first-time visitor reads first (issue 22): one line saying what Lankao is and what this
// picture is (data/headline.json's `intro`, every fact of it sourced there), the three figures a
// newcomer needs, and where to start. In the details column while nothing is selected (wide
// screens), and at the top of the page on a phone, where the details are a sheet. Prerendered:
// plain HTML from the data, sized by CSS, so nothing moves when the page hydrates.
import { useGraph } from '../../shared/GraphProvider';
import { tr } from '../../i18n/text';
import { formatDate, formatMeasure } from '../../shared/format';
import { formatPeriod } from '../../shared/measureText';
import { useEntityProps, useLang } from '../../shared/useEntity';
import { colon } from '../../shared/entityText';
import { useGoToStep } from '../presentation';
import type { Entity, Measure } from '../../model/schema';
import { openAbout } from './aboutState';

export const INTRO_TEXT = {
  start: { zh: '从这里开始', en: 'Start here' },
  tour: { zh: '跟着导览看', en: 'Take the tour' },
  click: { zh: '或点击图中任意一项，看它的来源和关联。', en: 'or click any item to see its sources and what it links to.' },
  about: { zh: '关于本图', en: 'About this map' },
} as const;

function IntroFigure({ entity, measure }: { entity: Entity; measure?: Measure }) {
  const lang = useLang();
  const props = useEntityProps(entity.id);
  return (
    <div className="intro-figure" {...props}>
      <span className="intro-value">{measure ? formatMeasure(measure, lang) : formatDate(entity.date ?? '', lang)}</span>
      <span className="intro-label">
        {tr(measure ? measure.label : entity.label, lang)}
        {measure?.period && measure.period !== 'unstated' ? ` · ${formatPeriod(measure.period, lang)}` : ''}
      </span>
    </div>
  );
}

export function Intro({ where }: { where: 'side' | 'top' }) {
  const graph = useGraph();
  const lang = useLang();
  const goTo = useGoToStep();
  const intro = graph.model.intro;
  if (!intro) return null;
  return (
    <section className={`intro intro-${where}`} aria-label={tr(INTRO_TEXT.about, lang)} data-export="skip">
      <p className="intro-line">{tr(intro.line, lang)}</p>
      <div className="intro-figures">
        {intro.figures.map((f) => {
          const entity = graph.model.entities.get(f.entity)!;
          const measure = f.measure ? entity.measures?.find((m) => m.id === f.measure) : undefined;
          return <IntroFigure key={`${f.entity}-${f.measure ?? 'date'}`} entity={entity} measure={measure} />;
        })}
      </div>
      <p className="intro-start">
        <strong>
          {tr(INTRO_TEXT.start, lang)}
          {colon(lang)}
        </strong>
        <button type="button" className="intro-tour" onClick={() => goTo(0)}>
          ▶ {tr(INTRO_TEXT.tour, lang)}
        </button>{' '}
        {tr(INTRO_TEXT.click, lang)}{' '}
        <button type="button" className="intro-about link-button" data-action="about" aria-haspopup="dialog" onClick={openAbout}>
          {tr(INTRO_TEXT.about, lang)}
        </button>
      </p>
    </section>
  );
}
