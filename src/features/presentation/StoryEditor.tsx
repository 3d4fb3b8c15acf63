// The story editor (issue 21): a trainer makes their own sequence in the app, without code or JSON —
// add the current selection (or the part on screen) as a step, write its caption and speaker notes in
// both languages, reorder and remove steps, present it. Stories are kept in this browser (IndexedDB,
// storyStore.ts) and saved or opened as a small file (story.ts). The built-in presentation is the
// default story; editing it makes a copy. A side panel, not modal: the picture stays clickable, so
// the trainer selects something, then adds it. Its own chunk, loaded on first use.
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../store/store';
import { useGraph } from '../../shared/GraphProvider';
import { useLang } from '../../shared/useEntity';
import { entityLabel } from '../../shared/entityText';
import { tr } from '../../i18n/text';
import { partTitle, isPartName } from '../../parts/registry';
import type { PresentationStep } from '../../model/schema';
import { addStep, builtInStory, BUILT_IN_STORY_ID, moveStep, removeStep, setStepText, storyFromFile, storyToFile, type Story } from './story';
import { deleteStory, listStories, newStoryId, rememberCurrent, rememberedCurrent, saveStory } from './storyStore';
import { partOf } from './steps';
import { goToStep } from './PresentationControls';
import './stories.css';

const TEXT = {
  title: { zh: '演示稿', en: 'Stories' },
  close: { zh: '关闭', en: 'Close' },
  story: { zh: '演示稿', en: 'Story' },
  builtIn: { zh: '内置演示（默认）', en: 'Built-in presentation (default)' },
  mine: { zh: '我的演示', en: 'My story' },
  copyOf: { zh: '内置演示的副本', en: 'Copy of the built-in presentation' },
  new: { zh: '新建', en: 'New' },
  export: { zh: '导出文件', en: 'Save as file' },
  open: { zh: '打开文件…', en: 'Open file…' },
  delete: { zh: '删除', en: 'Delete' },
  present: { zh: '▶ 演示', en: '▶ Present' },
  add: { zh: '＋ 把当前选中项加为一步', en: '+ Add the current selection as a step' },
  addView: { zh: '＋ 把当前部分加为一步', en: '+ Add the part on screen as a step' },
  nothing: { zh: '先在图上选中一项（或打开一个部分），再加为一步。', en: 'Select something in the picture (or open a part) first, then add it.' },
  empty: { zh: '还没有步骤。', en: 'No steps yet.' },
  up: { zh: '上移', en: 'Move up' },
  down: { zh: '下移', en: 'Move down' },
  remove: { zh: '删除这一步', en: 'Remove this step' },
  captionZh: { zh: '说明（中文）', en: 'Caption (Chinese)' },
  captionEn: { zh: '说明（英文）', en: 'Caption (English)' },
  notesZh: { zh: '讲稿（中文）', en: 'Speaker notes (Chinese)' },
  notesEn: { zh: '讲稿（英文）', en: 'Speaker notes (English)' },
  builtInNote: {
    zh: '内置演示不能直接修改：任何修改都会先生成一个副本。',
    en: 'The built-in presentation is not changed: any edit makes a copy first.',
  },
  kept: { zh: '演示稿保存在本浏览器中，可导出为文件在别处打开。', en: 'Stories are kept in this browser; save one as a file to open it elsewhere.' },
} as const;

export default function StoryEditor({ onClose }: { onClose: () => void }) {
  const graph = useGraph();
  const lang = useLang();
  const one = lang === 'both' ? 'zh' : lang;
  const builtIn = useMemo(() => builtInStory(graph.model, { zh: '内置演示', en: 'Built-in presentation' }), [graph]);
  const [stories, setStories] = useState<Story[] | null>(null);
  const [currentId, setCurrentId] = useState<string>(() => rememberedCurrent() ?? BUILT_IN_STORY_ID);
  const [error, setError] = useState<string | null>(null);
  const selectedId = useAppStore((s) => s.selectedId);
  const view = useAppStore((s) => s.view);

  useEffect(() => {
    let live = true;
    listStories()
      .then((all) => live && setStories(all))
      .catch((e: unknown) => {
        if (live) {
          setStories([]);
          setError(String((e as Error)?.message ?? e));
        }
      });
    return () => {
      live = false;
    };
  }, []);

  const current = (currentId !== BUILT_IN_STORY_ID && stories?.find((s) => s.id === currentId)) || builtIn;
  const choose = (id: string) => {
    setCurrentId(id);
    rememberCurrent(id);
    setError(null);
  };
  /** Keeps a changed story (a change to the built-in one makes a copy). */
  const update = (next: Story) => {
    const story = next.id === BUILT_IN_STORY_ID ? { ...next, id: newStoryId(), title: TEXT.copyOf } : next;
    setStories((all) => {
      const list = all ?? [];
      return list.some((s) => s.id === story.id) ? list.map((s) => (s.id === story.id ? story : s)) : [...list, story];
    });
    choose(story.id);
    saveStory(story).catch((e: unknown) => setError(String((e as Error)?.message ?? e)));
  };

  const newStory = () => {
    const n = (stories?.length ?? 0) + 1;
    update({ ...builtIn, id: newStoryId(), title: { zh: `${TEXT.mine.zh} ${n}`, en: `${TEXT.mine.en} ${n}` }, steps: [] });
  };
  const remove = () => {
    if (current.id === BUILT_IN_STORY_ID) return;
    setStories((all) => (all ?? []).filter((s) => s.id !== current.id));
    void deleteStory(current.id);
    choose(BUILT_IN_STORY_ID);
  };
  const exportFile = () => {
    const blob = new Blob([storyToFile(current)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `lankao-story-${current.id}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const openFile = async (file: File) => {
    const read = storyFromFile(await file.text(), graph.model, file.name);
    if ('error' in read) return setError(read.error);
    const taken = stories?.some((s) => s.id === read.story.id);
    update(taken ? { ...read.story, id: newStoryId() } : read.story);
  };
  const present = () => {
    useAppStore.getState().setStory(current.id === BUILT_IN_STORY_ID ? null : current.steps);
    onClose();
    if (current.steps.length > 0) goToStep(graph.model, 0);
  };

  // What "add" adds: the selection on its part, else the part on screen.
  const toAdd: PresentationStep | null = selectedId
    ? (() => {
        const part = partOf(graph.model, selectedId) ?? (isPartName(view) ? view : undefined);
        return part && isPartName(part) ? ({ panel: part, entity: selectedId } as PresentationStep) : null;
      })()
    : isPartName(view)
      ? ({ panel: view } as PresentationStep)
      : null;

  const stepLabel = (s: PresentationStep) => {
    const e = s.entity ? graph.model.entities.get(s.entity) : undefined;
    const part = partTitle(s.panel, 'overview');
    return `${part ? tr(part, one) : s.panel}${e ? ` · ${entityLabel(e, one)}` : ''}`;
  };

  return (
    <aside className="story-editor" role="dialog" aria-modal="false" aria-label={tr(TEXT.title, lang)} data-story={current.id}>
      <header className="se-head">
        <h2>{tr(TEXT.title, lang)}</h2>
        <button type="button" data-action="story-close" onClick={onClose}>
          {tr(TEXT.close, lang)}
        </button>
      </header>
      <div className="se-bar">
        <label>
          {tr(TEXT.story, lang)}{' '}
          <select value={current.id} data-field="story" onChange={(e) => choose(e.target.value)}>
            <option value={BUILT_IN_STORY_ID}>{tr(TEXT.builtIn, lang)}</option>
            {(stories ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {tr(s.title, one)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-action="story-new" onClick={newStory}>
          {tr(TEXT.new, lang)}
        </button>
        <button type="button" data-action="story-export" onClick={exportFile}>
          {tr(TEXT.export, lang)}
        </button>
        <label className="se-file">
          {tr(TEXT.open, lang)}
          <input
            type="file"
            accept=".json,application/json"
            data-action="story-open"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void openFile(f);
            }}
          />
        </label>
        <button type="button" data-action="story-delete" onClick={remove} disabled={current.id === BUILT_IN_STORY_ID}>
          {tr(TEXT.delete, lang)}
        </button>
        <button type="button" className="se-present" data-action="story-present" onClick={present} disabled={current.steps.length === 0}>
          {tr(TEXT.present, lang)}
        </button>
      </div>
      <p className="se-note">{tr(current.id === BUILT_IN_STORY_ID ? TEXT.builtInNote : TEXT.kept, lang)}</p>
      {error ? (
        <p className="se-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="se-add" data-action="story-add" disabled={!toAdd} onClick={() => toAdd && update(addStep(current, toAdd))}>
        {tr(selectedId ? TEXT.add : TEXT.addView, lang)}
        {toAdd ? <span className="se-add-what">{stepLabel(toAdd)}</span> : null}
      </button>
      {!toAdd ? <p className="se-note">{tr(TEXT.nothing, lang)}</p> : null}
      {current.steps.length === 0 ? <p className="se-note">{tr(TEXT.empty, lang)}</p> : null}
      <ol className="se-steps">
        {current.steps.map((s, i) => (
          <li key={`${i}-${s.panel}-${s.entity ?? ''}`} data-story-step={i} data-entity-of-step={s.entity ?? ''}>
            <div className="se-step-head">
              <strong>
                {i + 1}. {stepLabel(s)}
              </strong>
              <span className="se-step-tools">
                <button
                  type="button"
                  data-action="step-up"
                  aria-label={tr(TEXT.up, lang)}
                  title={tr(TEXT.up, lang)}
                  disabled={i === 0}
                  onClick={() => update(moveStep(current, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  data-action="step-down"
                  aria-label={tr(TEXT.down, lang)}
                  title={tr(TEXT.down, lang)}
                  disabled={i === current.steps.length - 1}
                  onClick={() => update(moveStep(current, i, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  data-action="step-remove"
                  aria-label={tr(TEXT.remove, lang)}
                  title={tr(TEXT.remove, lang)}
                  onClick={() => update(removeStep(current, i))}
                >
                  ✕
                </button>
              </span>
            </div>
            {(
              [
                ['caption', 'zh', TEXT.captionZh],
                ['caption', 'en', TEXT.captionEn],
                ['notes', 'zh', TEXT.notesZh],
                ['notes', 'en', TEXT.notesEn],
              ] as const
            ).map(([field, l, label]) => (
              <label key={`${field}-${l}`} className="se-text">
                <span>{tr(label, lang)}</span>
                <textarea
                  data-field={`${field}-${l}`}
                  lang={l === 'zh' ? 'zh-CN' : 'en'}
                  rows={field === 'notes' ? 3 : 2}
                  value={s[field]?.[l] ?? ''}
                  onChange={(e) => update(setStepText(current, i, field, l, e.target.value))}
                />
              </label>
            ))}
          </li>
        ))}
      </ol>
    </aside>
  );
}
