// The header's "编辑演示 / Edit story" button. The editor (StoryEditor.tsx: the steps, their captions
// and notes, the story files) is its own chunk, fetched when the button is pressed or the page is idle.
import { useState } from 'react';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { onDemand } from '../../shared/useOnDemand';
import { PartLoadFailed } from '../../shared/PartLoadFailed';
import { loadStoryKit } from '../presentation';

const T = {
  button: { zh: '编辑演示', en: 'Edit story' },
  title: { zh: '演示故事', en: 'Presentation stories' },
};

// The editor and the presentation's story kit (editing, the file round trip) come together.
const editor = onDemand(() => Promise.all([import('./StoryEditor'), loadStoryKit()]).then(([m, kit]) => ({ StoryEditor: m.StoryEditor, kit })));

export function StoryButton() {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const { module: loaded, failed, retry } = editor.useModule(open);
  return (
    <>
      <button
        type="button"
        className="story-editor-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-action="story-editor"
        onClick={() => setOpen((o) => !o)}
      >
        {tr(T.button, lang)}
      </button>
      {open && loaded ? <loaded.StoryEditor kit={loaded.kit} onClose={() => setOpen(false)} /> : null}
      {open && !loaded && failed ? (
        <div role="dialog" aria-label={tr(T.title, lang)} className="story-editor">
          <PartLoadFailed retry={retry} />
        </div>
      ) : null}
    </>
  );
}
