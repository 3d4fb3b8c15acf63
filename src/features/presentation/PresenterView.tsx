// The presenter view (P, or the button on the stage): a second window with the current and the next
// slide, the step's speaker notes, the clock and the time since the view opened — like PowerPoint's or
// Google Slides'. It pages with the same keys; the audience window follows it and it follows the
// audience (presenterSync.ts). Its own chunk, loaded when a presenter view opens.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAppStore } from '../../store/store';
import { useGraph } from '../../shared/GraphProvider';
import { useLang } from '../../shared/useEntity';
import { useMeasuredSize } from '../../shared/useElementSize';
import { tr } from '../../i18n/text';
import { Slide, useSteps, type RenderStage } from './PresentationBar';
import { useGoToStep } from './PresentationControls';
import { PRESENTATION_TEXT as T } from './stageText';
import './presenter.css';

const TEXT = {
  title: { zh: '演讲者视图', en: 'Presenter view' },
  current: { zh: '当前', en: 'Now' },
  next: { zh: '下一步', en: 'Next' },
  end: { zh: '（最后一步）', en: '(last step)' },
  notes: { zh: '讲稿', en: 'Speaker notes' },
  noNotes: { zh: '这一步没有讲稿。可在“编辑演示”中添加。', en: 'No notes for this step. Add them in “Edit story”.' },
  fromData: { zh: '这一步在数据中的说明：', en: 'What the data says for this step:' },
  clock: { zh: '时间', en: 'Time' },
  elapsed: { zh: '已用时', en: 'Elapsed' },
  reset: { zh: '重新计时', en: 'Restart timer' },
  black: { zh: '观众屏幕：黑屏（B 恢复）', en: 'Audience screen: black (B to return)' },
};

/** A slide drawn at 1280×720 and scaled to its box (the stage forms fit their text in that size). */
function ScaledSlide({ children, label }: { children: ReactNode; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useMeasuredSize(box, { width: 640, height: 360 });
  const scale = Math.max(0.1, Math.min(width / 1280, height / 720));
  return (
    <div ref={box} className="pv-slide-box" aria-label={label}>
      <div className="pv-slide presentation" style={{ transform: `scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}

const two = (n: number) => String(n).padStart(2, '0');

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}

export default function PresenterView({ renderStage }: { renderStage: RenderStage }) {
  const graph = useGraph();
  const lang = useLang();
  const step = useAppStore((s) => s.step);
  const selectedId = useAppStore((s) => s.selectedId);
  const black = useAppStore((s) => s.blackScreen);
  const steps = useSteps();
  const goTo = useGoToStep();
  const now = useNow();
  const [start, setStart] = useState(() => Date.now());
  useEffect(() => {
    document.title = `${tr(TEXT.title, lang)} · ${document.title.replace(/^.* · /, '')}`;
  }, [lang]);
  if (step === null) return null;
  const s = steps[step];
  if (!s) return null;
  const next = steps[step + 1];
  const total = steps.length;
  const clock = new Date(now);
  const elapsed = Math.max(0, Math.floor((now - start) / 1000));
  const notes = s.notes ? tr(s.notes, lang) : '';
  const entity0 = s.entity ? graph.model.entities.get(s.entity) : undefined;
  // Without notes of the trainer's own, the step's caption and its item's description (both sourced in
  // the data; the description comes with the later texts) give the speaker something to say.
  const fromData = notes
    ? []
    : [s.caption, (selectedId ? graph.model.entities.get(selectedId) : entity0)?.description]
        .map((t) => (t ? tr(t, lang) : ''))
        .filter((t, i, all) => t !== '' && all.indexOf(t) === i);
  const entity = selectedId ? graph.model.entities.get(selectedId) : undefined;
  return (
    <div className="presenter-view" data-presenter="true" data-step={step}>
      <header className="pv-head">
        <strong>{tr(TEXT.title, lang)}</strong>
        <span className="pv-count">
          {tr(T.step, lang)
            .replace('{n}', String(step + 1))
            .replace('{total}', String(total))}
        </span>
        <span className="pv-clock" aria-label={tr(TEXT.clock, lang)} data-clock>
          {two(clock.getHours())}:{two(clock.getMinutes())}
        </span>
        <span className="pv-elapsed" aria-label={tr(TEXT.elapsed, lang)} data-elapsed={elapsed}>
          {tr(TEXT.elapsed, lang)} {two(Math.floor(elapsed / 60))}:{two(elapsed % 60)}
        </span>
        {black ? (
          <span className="pv-black" data-black-note="true">
            {tr(TEXT.black, lang)}
          </span>
        ) : null}
        <button type="button" onClick={() => setStart(Date.now())}>
          {tr(TEXT.reset, lang)}
        </button>
        <nav className="pv-nav">
          <button type="button" data-action="pv-prev" onClick={() => goTo(Math.max(step - 1, 0))} disabled={step === 0}>
            ← {tr(T.prev, lang)}
          </button>
          <button type="button" data-action="pv-next" onClick={() => goTo(Math.min(step + 1, total - 1))} disabled={step === total - 1}>
            {tr(T.next, lang)} →
          </button>
        </nav>
      </header>
      <section className="pv-current">
        <h2>
          {tr(TEXT.current, lang)}
          {entity ? ` · ${tr(entity.label, lang)}` : ''}
        </h2>
        <ScaledSlide label={tr(TEXT.current, lang)}>
          <Slide step={s} selectedId={selectedId} renderStage={renderStage} index={step} />
        </ScaledSlide>
      </section>
      <section className="pv-next" data-next-step={next ? step + 1 : undefined}>
        <h2>
          {tr(TEXT.next, lang)} {next ? '' : tr(TEXT.end, lang)}
        </h2>
        {next ? (
          <ScaledSlide label={tr(TEXT.next, lang)}>
            <Slide step={next} selectedId={next.entity ?? null} renderStage={renderStage} index={step + 1} />
          </ScaledSlide>
        ) : null}
      </section>
      <section className="pv-notes" aria-live="polite">
        <h2>{tr(TEXT.notes, lang)}</h2>
        {notes ? (
          <p className="pv-notes-text">{notes}</p>
        ) : (
          <>
            <p className="pv-no-notes">{tr(TEXT.noNotes, lang)}</p>
            {fromData.length > 0 ? (
              <div className="pv-from-data">
                <p className="pv-from-data-head">{tr(TEXT.fromData, lang)}</p>
                {fromData.map((t) => (
                  <p key={t} className="pv-notes-text">
                    {t}
                  </p>
                ))}
              </div>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
