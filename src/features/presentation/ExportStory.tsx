// The presentation's "handouts and slides" menu: the story as a PDF handout (a print layout in a
// window of its own) or as PowerPoint. The exporters (exportStory.ts, pptxgenjs) load on first use.
import { useState } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { useLang } from '../../shared/useEntity';
import { tr } from '../../i18n/text';
import { loadBuiltInWords } from '../../model/dataset';
import { HANDOUT_TEXT as T, readStory, type StoryStep } from './story';
import './export-story.css';

/** `steps`: the story to export (the built-in presentation by default). */
export function ExportStory({ steps }: { steps?: readonly StoryStep[] }) {
  const graph = useGraph();
  const pageLang = useLang();
  const lang = pageLang === 'en' ? 'en' : 'zh';
  const [note, setNote] = useState<string | null>(null);
  const story = steps ?? readStory(graph.model.presentation);
  const run = async (work: (m: typeof import('./exportStory')) => Promise<void>) => {
    setNote(tr(T.working, lang));
    try {
      // The notes are the steps' descriptions where a step has none of its own: they come with the later texts.
      const [m] = await Promise.all([import('./exportStory'), loadBuiltInWords().catch(() => undefined)]);
      await work(m);
      setNote(null);
    } catch (e) {
      console.warn('[presentation] export', e);
      setNote(tr(T.failed, lang));
    }
  };
  const handout = () => {
    // Opened in the click itself, so that no pop-up blocker stops it; filled once the code is here.
    const win = window.open('', '_blank');
    if (!win) {
      setNote(tr(T.blocked, lang));
      return;
    }
    void run((m) => m.openHandout(win, graph, story, lang));
  };
  const slides = () => void run((m) => m.downloadPptx(graph, story, lang, 'lankao'));
  return (
    <details className="present-export">
      <summary>{tr(T.menu, lang)}</summary>
      <div className="present-export-menu">
        <button type="button" data-action="export-handout" onClick={handout}>
          {tr(T.pdf, lang)}
        </button>
        <button type="button" data-action="export-pptx" onClick={slides}>
          {tr(T.pptx, lang)}
        </button>
        {note ? (
          <p className="present-export-note" role="status">
            {note}
          </p>
        ) : null}
      </div>
    </details>
  );
}
