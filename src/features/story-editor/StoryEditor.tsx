// The story editor (its own chunk; the header's StoryButton opens it): a trainer makes a presentation
// of their own without code or JSON. A side sheet, so the picture stays usable beside it: select an
// item or open a panel, "add the current view" as a step, write its caption and speaker notes in
// both languages, reorder and remove steps, present it. Stories are kept in this browser (storage.ts,
// IndexedDB), saved and opened as a small `.json` file (presentation/story.ts: format "lankao-story",
// version 1; opening checks it and names what is wrong). The built-in presentation is the default
// story and cannot be changed here: copy it to edit it. A story is not data: the picture stays the
// built-in, checked one, never labelled as user-supplied.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../../store/store';
import { useGraph } from '../../shared/GraphProvider';
import { useLang } from '../../shared/useEntity';
import { tr } from '../../i18n/text';
import { partTitle } from '../../parts/registry';
import type { Bilingual } from '../../model/schema';
import type { Model } from '../../model/types';
import { useGoToStep, type Story, type StoryKit } from '../presentation';
import type { PresentationStep as StoryStep } from '../../model/schema';
import { deleteStory, listStories, newStoryId, saveStory } from './storage';
import { forPresenting, storyIdOf, writeStoryId } from './chosen';
import { stepFromView } from './stepFromView';
import { STORY_EDITOR_TEXT as T } from './text';
import './story-editor.css';

type Lang1 = 'zh' | 'en';
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** What a step shows, in words: its part and its item. */
export function stepLabel(model: Model, step: StoryStep, lang: 'zh' | 'en' | 'both'): string {
  const part = partTitle(step.panel, 'overview');
  const e = step.entity ? model.entities.get(step.entity) : undefined;
  const partText = part ? tr(part as Bilingual, lang) : step.panel;
  return e ? `${partText} · ${tr(e.label, lang)}` : partText;
}

function fileNameOf(story: Story): string {
  const base = (story.title.en || story.title.zh || 'story').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'story';
  return `${base}.lankao-story.json`;
}

const LAST_KEY = 'lankao-story-last';
function lastEdited(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}
function rememberLastEdited(id: string | null) {
  try {
    if (id === null) localStorage.removeItem(LAST_KEY);
    else localStorage.setItem(LAST_KEY, id);
  } catch {
    // not remembered: the editor opens on the built-in presentation
  }
}

export function StoryEditor({ onClose, kit }: { onClose: () => void; kit: StoryKit }) {
  const { addStep, builtInStory, BUILT_IN_STORY_ID, moveStep, removeStep, setStepText, storyFromFile, storyToFile } = kit;
  const graph = useGraph();
  const model = graph.model;
  const lang = useLang();
  const goTo = useGoToStep();
  const headingId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [stories, setStories] = useState<Story[]>([]);
  // The story playing, else the one last edited in this browser, else the built-in presentation.
  const [currentId, setCurrentIdState] = useState<string>(() => storyIdOf(window.location.search) ?? lastEdited() ?? BUILT_IN_STORY_ID);
  const setCurrentId = (id: string) => {
    setCurrentIdState(id);
    rememberLastEdited(id === BUILT_IN_STORY_ID ? null : id);
  };
  /** Writes still on their way to IndexedDB (the sheet says "kept" when there are none). */
  const [pending, setPending] = useState(0);
  const [playingId, setPlayingId] = useState<string>(() => storyIdOf(window.location.search) ?? BUILT_IN_STORY_ID);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    listStories().then(
      (all) => {
        if (!live) return;
        setStories(all);
        setLoaded(true);
      },
      () => {
        if (!live) return;
        setLoaded(true);
        setMessage({ kind: 'error', text: tr(T.notSaved, lang) });
      },
    );
    return () => {
      live = false;
    };
    // Read once when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && e.target instanceof Element && e.target.closest('.story-editor')) {
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  const builtIn = useMemo(() => builtInStory(model, { zh: tr(T.builtIn, 'zh'), en: tr(T.builtIn, 'en') }), [model, builtInStory]);
  const story: Story = currentId === BUILT_IN_STORY_ID ? builtIn : (stories.find((s) => s.id === currentId) ?? builtIn);
  const editable = story.id !== BUILT_IN_STORY_ID;

  // What "add the current view" would add: follows the reader's clicks in the picture beside the sheet.
  const view = useAppStore((s) => s.view);
  const selectedId = useAppStore((s) => s.selectedId);
  const fundView = useAppStore((s) => s.panelView.fundView);
  const candidate = stepFromView(model, { view, selectedId, fundView });

  const keep = (next: Story) => {
    setStories((all) => (all.some((s) => s.id === next.id) ? all.map((s) => (s.id === next.id ? next : s)) : [...all, next]));
    setPending((n) => n + 1);
    saveStory(next)
      .catch(() => setMessage({ kind: 'error', text: tr(T.notSaved, lang) }))
      .finally(() => setPending((n) => n - 1));
    // The story playing follows its edits.
    if (next.id === playingId) useAppStore.getState().setStory(next.steps.length ? forPresenting(next.steps) : null);
  };
  const edit = (change: (s: Story) => Story) => {
    if (editable) keep(change(story));
  };

  const startNew = (from?: Story) => {
    const title: Bilingual = from
      ? { zh: fill(tr(T.copyOf, 'zh'), { title: from.title.zh }), en: fill(tr(T.copyOf, 'en'), { title: from.title.en }) }
      : { zh: tr(T.untitled, 'zh'), en: tr(T.untitled, 'en') };
    const next: Story = {
      format: 'lankao-story',
      version: 1,
      id: newStoryId(),
      title,
      dataset: 'lankao',
      steps: from ? from.steps.map((s) => ({ ...s })) : [],
    };
    keep(next);
    setCurrentId(next.id);
    setMessage(null);
  };

  const present = () => {
    const store = useAppStore.getState();
    if (!editable) {
      store.setStory(null);
      writeStoryId(null);
    } else {
      store.setStory(forPresenting(story.steps));
      writeStoryId(story.id);
    }
    setPlayingId(story.id);
    onClose();
    goTo(0);
  };

  const saveFile = () => {
    const blob = new Blob([storyToFile(story)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = fileNameOf(story);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const openFile = async (file: File) => {
    const read = storyFromFile(await file.text(), model, file.name);
    if ('error' in read) {
      setMessage({ kind: 'error', text: `${tr(T.openFailed, lang)}${read.error}` });
      return;
    }
    keep(read.story);
    setCurrentId(read.story.id);
    setMessage({ kind: 'ok', text: fill(tr(T.opened, lang), { title: tr(read.story.title, lang), n: read.story.steps.length }) });
  };

  const remove = () => {
    if (!editable || !window.confirm(fill(tr(T.confirmDelete, lang), { title: tr(story.title, lang) }))) return;
    deleteStory(story.id).catch(() => {});
    setStories((all) => all.filter((s) => s.id !== story.id));
    if (playingId === story.id) {
      useAppStore.getState().setStory(null);
      writeStoryId(null);
      setPlayingId(BUILT_IN_STORY_ID);
    }
    setCurrentId(BUILT_IN_STORY_ID);
  };

  const sheet = (
    <div
      className="story-editor"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      data-story-editor={story.id}
      data-saved={pending === 0 ? 'true' : 'false'}
      data-ui-lang={lang}
    >
      <header className="story-editor-head">
        <h2 id={headingId}>{tr(T.title, lang)}</h2>
        <button
          type="button"
          className="story-close"
          data-action="close-story-editor"
          onClick={onClose}
          aria-label={tr(T.close, lang)}
          title={tr(T.close, lang)}
        >
          ×
        </button>
      </header>
      <div className="story-editor-body">
        <div className="story-pick">
          <label>
            <span>{tr(T.story, lang)}</span>
            <select
              data-story-select
              value={story.id}
              onChange={(e) => {
                setCurrentId(e.target.value);
                setMessage(null);
              }}
            >
              <option value={BUILT_IN_STORY_ID}>{tr(T.builtIn, lang)}</option>
              {stories.map((s) => (
                <option key={s.id} value={s.id}>
                  {tr(s.title, lang) || s.id}
                </option>
              ))}
            </select>
          </label>
          <div className="story-pick-actions">
            <button type="button" data-action="new-story" onClick={() => startNew()} disabled={!loaded}>
              {tr(T.newStory, lang)}
            </button>
            <button type="button" data-action="copy-story" onClick={() => startNew(story)} disabled={!loaded}>
              {tr(T.copyStory, lang)}
            </button>
            <button type="button" data-action="open-story" onClick={() => fileInput.current?.click()}>
              {tr(T.openFile, lang)}
            </button>
            {editable ? (
              <button type="button" className="story-delete" data-action="delete-story" onClick={remove}>
                {tr(T.deleteStory, lang)}
              </button>
            ) : null}
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              data-story-file
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void openFile(f);
              }}
            />
          </div>
        </div>
        {message ? (
          <p className={`story-message story-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-story-message={message.kind}>
            {message.text}
          </p>
        ) : null}
        {editable ? (
          <div className="story-title-fields">
            <TextField
              label={tr(T.titleZh, lang)}
              lang="zh"
              value={story.title.zh}
              onChange={(v) => edit((s) => ({ ...s, title: { ...s.title, zh: v } }))}
              name="title-zh"
            />
            <TextField
              label={tr(T.titleEn, lang)}
              lang="en"
              value={story.title.en}
              onChange={(v) => edit((s) => ({ ...s, title: { ...s.title, en: v } }))}
              name="title-en"
            />
          </div>
        ) : (
          <p className="story-note">{tr(T.builtInNote, lang)}</p>
        )}
        {editable ? (
          <div className="story-add">
            <button type="button" data-action="add-step" disabled={!candidate} onClick={() => candidate && edit((s) => addStep(s, candidate))}>
              {tr(T.add, lang)}
            </button>
            <span className="story-add-what" data-add-what>
              {candidate ? fill(tr(T.addWhat, lang), { what: stepLabel(model, candidate, lang) }) : tr(T.addNothing, lang)}
            </span>
          </div>
        ) : null}
        {story.steps.length === 0 ? (
          <p className="story-note">{tr(T.noSteps, lang)}</p>
        ) : editable ? (
          <p className="story-note story-hint">{tr(T.captionHint, lang)}</p>
        ) : null}
        <ol className="story-steps">
          {story.steps.map((step, i) => (
            <StepItem
              key={`${story.id}-${i}-${step.panel}-${step.entity ?? ''}`}
              model={model}
              step={step}
              index={i}
              count={story.steps.length}
              editable={editable}
              lang={lang}
              onMove={(by) => edit((s) => moveStep(s, i, by))}
              onRemove={() => edit((s) => removeStep(s, i))}
              onText={(field, l, text) => edit((s) => setStepText(s, i, field, l, text))}
            />
          ))}
        </ol>
      </div>
      <footer className="story-editor-foot">
        <button type="button" className="story-present" data-action="present-story" onClick={present} disabled={story.steps.length === 0}>
          {tr(T.present, lang)}
        </button>
        {story.steps.length > 0 ? <kit.ExportStory steps={story.steps} /> : null}
        <button type="button" data-action="save-story" onClick={saveFile}>
          {tr(T.saveFile, lang)}
        </button>
        {playingId === story.id ? <span className="story-playing">{tr(T.playing, lang)}</span> : null}
      </footer>
    </div>
  );
  return createPortal(sheet, document.body);
}

function TextField({
  label,
  value,
  onChange,
  lang,
  name,
  multiline = false,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  lang: Lang1;
  name: string;
  multiline?: boolean;
  placeholder?: string;
}): ReactNode {
  return (
    <label className="story-field">
      <span>{label}</span>
      {multiline ? (
        <textarea
          lang={lang}
          name={name}
          data-field={name}
          value={value}
          rows={3}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input lang={lang} name={name} data-field={name} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      )}
    </label>
  );
}

/** A step's texts: the caption under the slide and the speaker's notes, each in Chinese and in English. */
const STEP_FIELDS = [
  { field: 'caption', lang: 'zh', label: T.captionZh },
  { field: 'caption', lang: 'en', label: T.captionEn },
  { field: 'notes', lang: 'zh', label: T.notesZh },
  { field: 'notes', lang: 'en', label: T.notesEn },
] as const;

function StepItem({
  model,
  step,
  index,
  count,
  editable,
  lang,
  onMove,
  onRemove,
  onText,
}: {
  model: Model;
  step: StoryStep;
  index: number;
  count: number;
  editable: boolean;
  lang: 'zh' | 'en' | 'both';
  onMove: (by: number) => void;
  onRemove: () => void;
  onText: (field: 'caption' | 'notes', lang: Lang1, text: string) => void;
}) {
  const label = stepLabel(model, step, lang);
  const n = fill(tr(T.stepN, lang), { n: index + 1 });
  return (
    <li className="story-step" data-story-step={index} data-step-panel={step.panel} data-step-entity={step.entity ?? ''}>
      <div className="story-step-head">
        <span className="story-step-n">{n}</span>
        <span className="story-step-label">{label}</span>
        {editable ? (
          <span className="story-step-tools">
            <button
              type="button"
              data-action="step-up"
              disabled={index === 0}
              onClick={() => onMove(-1)}
              aria-label={`${tr(T.up, lang)}: ${n}`}
              title={tr(T.up, lang)}
            >
              ↑
            </button>
            <button
              type="button"
              data-action="step-down"
              disabled={index === count - 1}
              onClick={() => onMove(1)}
              aria-label={`${tr(T.down, lang)}: ${n}`}
              title={tr(T.down, lang)}
            >
              ↓
            </button>
            <button type="button" data-action="step-remove" onClick={onRemove} aria-label={`${tr(T.remove, lang)}: ${n}`} title={tr(T.remove, lang)}>
              ✕
            </button>
          </span>
        ) : null}
      </div>
      {editable ? (
        <div className="story-step-fields">
          {STEP_FIELDS.map(({ field, lang: l, label }) => (
            <TextField
              key={`${field}-${l}`}
              label={tr(label, lang)}
              lang={l}
              name={`${field}-${l}`}
              multiline={field === 'notes'}
              value={step[field]?.[l] ?? ''}
              onChange={(v) => onText(field, l, v)}
            />
          ))}
        </div>
      ) : null}
    </li>
  );
}
