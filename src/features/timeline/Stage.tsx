// The timeline on a projector: a few large milestones (date, then what happened) around the selected
// event, in as many rows as lets their text be largest (stage.css), not the panel's nine narrow columns. Loaded with the stage forms.
import { useMemo } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { useLang } from '../../shared/useEntity';
import { StageFrame, StageItem, type StageProps } from '../../shared/StageKit';
import { entityLabel } from '../../shared/entityText';
import { formatDate } from '../../shared/format';
import { milestonesAround } from './stage';

export default function TimelineStage({ selectedId }: StageProps) {
  const graph = useGraph();
  const lang = useLang();
  const one = lang === 'both' ? 'zh' : lang;
  // Four milestones in English (its labels are about twice as long), five in Chinese.
  const events = useMemo(() => milestonesAround(graph, selectedId, one === 'en' ? 4 : 5), [graph, selectedId, one]);
  return (
    <StageFrame part="timeline" fitKey={`${selectedId}`}>
      <ol className="stage-milestones">
        {events.map((e) => (
          <li key={e.id}>
            <StageItem entity={e} className="stage-milestone">
              <span className="stage-date">
                {/* A period breaks only after its dash: "2014年–" / "2016年", never inside a year. */}
                {formatDate(e.date ?? '', one)
                  .split('–')
                  .map((part, i, all) => (
                    <span key={i}>
                      {part}
                      {i < all.length - 1 ? '–' : ''}
                    </span>
                  ))
                  .flatMap((el, i) => (i === 0 ? [el] : [<wbr key={`w${i}`} />, el]))}
              </span>
              <span className="stage-milestone-label">{entityLabel(e, one)}</span>
            </StageItem>
          </li>
        ))}
      </ol>
    </StageFrame>
  );
}
