// Glossary terms explain themselves. Two ways, one glossary (data/glossary.json):
//   - <GlossaryText> marks the terms inside a text (the details' heading) as small disclosure
//     buttons whose explanation shows on hover, on keyboard focus and on tap;
//   - <TermHints> (mounted once) shows the explanations of the terms in whichever selectable
//     label is hovered or focused, in any panel, HTML or SVG: a label is itself one focusable
//     control, so a second button inside it would be a nested interactive control.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useGraph } from './GraphProvider';
import { findRendering, termsIn } from '../model/glossaryText';
import type { GlossaryTerm } from '../model/rules/glossary';
import { tr } from '../i18n/text';
import { useLang } from './useEntity';
import { useWordsVersion } from './useWords';
import type { Bilingual } from '../model/schema';
import type { Lang } from '../store/url';
import { selectionAfterPaint } from './useAfterPaint';

interface Span {
  start: number;
  end: number;
  term: GlossaryTerm;
}

/** Where the glossary's terms sit in the text shown: the Chinese term in Chinese, its rendering in English. */
export function termSpans(text: Bilingual, shown: 'zh' | 'en', terms: readonly GlossaryTerm[]): Span[] {
  const hits = termsIn(text.zh, terms);
  if (shown === 'zh') return hits.map((h) => ({ start: h.start, end: h.end, term: h.term }));
  const spans: Span[] = [];
  for (const h of hits) {
    const at = findRendering(text.en, h.term.en);
    if (at && !spans.some((s) => at.start < s.end && s.start < at.end)) spans.push({ ...at, term: h.term });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A text with its glossary terms as small buttons, and — rendered apart, so that a heading's text
 * stays only its label — their explanations, shown on hover, on keyboard focus and on tap.
 */
export function useGlossaryText(text: Bilingual, shown: 'zh' | 'en', lang: Lang): { text: ReactNode; tips: ReactNode } {
  useWordsVersion();
  const glossary = useGraph().model.glossary;
  const spans = useMemo(() => termSpans(text, shown, glossary), [text, shown, glossary]);
  const [active, setActive] = useState<number | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const base = useId();
  const s = text[shown];
  const out: ReactNode[] = [];
  let at = 0;
  spans.forEach((span, i) => {
    if (span.start > at) out.push(s.slice(at, span.start));
    const open = active === i || pinned === i;
    out.push(
      // A span with the button role, not a <button>: a button is an atomic inline box, so a long term
      // ("poverty alleviation through finance") could not wrap inside a heading and pushed the whole
      // phrase onto lines of its own.
      <span
        key={i}
        role="button"
        tabIndex={0}
        className="term-button"
        data-term={span.term.zh}
        aria-describedby={`${base}-${i}`}
        aria-expanded={open}
        onClick={() => setPinned((p) => (p === i ? null : i))}
        onMouseEnter={() => setActive(i)}
        onMouseLeave={() => setActive((a) => (a === i ? null : a))}
        onFocus={() => setActive(i)}
        onBlur={() => {
          setActive(null);
          setPinned(null);
        }}
        onKeyDown={(e) => {
          // Escape closes the explanation first (WCAG 1.4.13), before it would clear the selection.
          if (e.key === 'Escape' && open) {
            e.preventDefault();
            setActive(null);
            setPinned(null);
          }
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            setPinned((p) => (p === i ? null : i));
          }
        }}
      >
        {s.slice(span.start, span.end)}
      </span>,
    );
    at = span.end;
  });
  if (at < s.length) out.push(s.slice(at));
  const tips = spans.length ? (
    <div className="term-tips">
      {spans.map((span, i) => {
        const t = span.term;
        return (
          <p key={i} id={`${base}-${i}`} role="tooltip" className="term-tip" hidden={!(active === i || pinned === i)}>
            <strong>{lang === 'en' ? `${t.en} (${t.zh})` : `${t.zh}${lang === 'both' ? ` · ${t.en}` : ''}`}</strong>{' '}
            {lang === 'both' ? `${t.explain.zh} ${t.explain.en}` : t.explain[lang]}
          </p>
        );
      })}
    </div>
  ) : null;
  return { text: out, tips };
}

const HINT_TITLE: Bilingual = { zh: '术语', en: 'Terms' };

/** One floating explanation of the glossary terms in the label under the pointer or focus. */
export function TermHints() {
  const graph = useGraph();
  const lang = useLang();
  const [hint, setHint] = useState<{ terms: GlossaryTerm[]; x: number; y: number; id: string } | null>(null);
  const tipId = useId();
  useWordsVersion();
  const glossary = graph.model.glossary;
  const termsOf = useMemo(() => {
    const cache = new Map<string, GlossaryTerm[]>();
    return (id: string) => {
      let t = cache.get(id);
      if (!t) {
        const e = graph.model.entities.get(id);
        t = e ? [...new Map(termsIn(e.label.zh, glossary).map((h) => [h.term.zh, h.term])).values()] : [];
        cache.set(id, t);
      }
      return t;
    };
  }, [graph, glossary]);
  useEffect(() => {
    let shownOn: Element | null = null;
    let placing = 0;
    // A press (a click, a tap) selects: the hint it would bring (the pointer's hover, the focus the
    // press gives) would cover the neighbours or, on a phone, the details sheet. It closes on the press
    // and stays closed on that label until the pointer leaves it; a touch never brings one (issue 22).
    let pressedOn: Element | null = null;
    let pressing = false;
    const onPress = (ev: PointerEvent) => {
      pressing = true;
      pressedOn = (ev.target as Element | null)?.closest?.('[data-entity]') ?? null;
      if (shownOn) hide(ev);
    };
    const onRelease = () => {
      // The focus a press gives arrives with the press; the keyboard's later.
      setTimeout(() => (pressing = false));
    };
    const show = (ev: Event) => {
      if (ev instanceof PointerEvent && ev.pointerType !== 'mouse' && ev.pointerType !== 'pen') return;
      if (ev.type === 'focusin' && pressing) return;
      const el = (ev.target as Element | null)?.closest?.('[data-entity]');
      if (!el || el === shownOn || el === pressedOn) return;
      const id = el.getAttribute('data-entity')!;
      const terms = termsOf(id);
      shownOn?.removeAttribute('aria-describedby');
      if (terms.length === 0) {
        shownOn = null;
        setHint(null);
        return;
      }
      shownOn = el;
      // Described by the hint, so a screen reader reads the explanation after the label.
      if (!el.hasAttribute('aria-describedby')) el.setAttribute('aria-describedby', tipId);
      // Placed in the next frame, not here: the pointer reaches a label just before it clicks it, and
      // reading its box now would lay out the page between the hover's restyle and the click's
      // (a second full layout in the click's frame, bench). In the frame the layout is done once.
      cancelAnimationFrame(placing);
      placing = requestAnimationFrame(() => {
        if (shownOn !== el) return;
        const r = el.getBoundingClientRect();
        setHint({ terms, x: Math.max(8, Math.min(r.left, window.innerWidth - 328)), y: r.bottom + 6, id });
      });
    };
    const hide = (ev: Event) => {
      const to = (ev as FocusEvent).relatedTarget as Element | null;
      if (shownOn && to && shownOn.contains(to)) return;
      if (shownOn?.getAttribute('aria-describedby') === tipId) shownOn.removeAttribute('aria-describedby');
      shownOn = null;
      setHint(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setHint(null);
    };
    const onMouseOut = (ev: MouseEvent) => {
      const to = ev.relatedTarget as Element | null;
      if (pressedOn && !(to && pressedOn.contains(to))) pressedOn = null;
      if (shownOn && !(to && shownOn.contains(to))) hide(ev);
    };
    // A selection opens the details (on a phone, a sheet over the bottom of the screen): the hint closes.
    const stopFollowingSelection = selectionAfterPaint.subscribe(() => {
      if (selectionAfterPaint.get() !== null && shownOn) hide(new Event('select'));
    });
    // Follow the label when the page scrolls (focusing a label can scroll it into view).
    // Once a frame, like the placing above: a scroll event reading the box forced a layout each time.
    let following = 0;
    const onScroll = () => {
      if (!shownOn || following) return;
      following = requestAnimationFrame(() => {
        following = 0;
        if (!shownOn) return;
        const r = shownOn.getBoundingClientRect();
        setHint((h) => h && { ...h, x: Math.max(8, Math.min(r.left, window.innerWidth - 328)), y: r.bottom + 6 });
      });
    };
    document.addEventListener('focusin', show);
    document.addEventListener('pointerover', show);
    document.addEventListener('pointerdown', onPress, true);
    document.addEventListener('pointerup', onRelease, true);
    document.addEventListener('pointercancel', onRelease, true);
    document.addEventListener('focusout', hide);
    document.addEventListener('mouseout', onMouseOut);
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => {
      document.removeEventListener('focusin', show);
      document.removeEventListener('pointerover', show);
      document.removeEventListener('pointerdown', onPress, true);
      document.removeEventListener('pointerup', onRelease, true);
      document.removeEventListener('pointercancel', onRelease, true);
      stopFollowingSelection();
      document.removeEventListener('focusout', hide);
      document.removeEventListener('mouseout', onMouseOut);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll, { capture: true });
      cancelAnimationFrame(placing);
      cancelAnimationFrame(following);
    };
  }, [termsOf, tipId]);
  return (
    <div
      id={tipId}
      role="tooltip"
      className="term-hint"
      hidden={!hint}
      style={hint ? { left: hint.x, top: Math.min(hint.y, window.innerHeight - 40) } : undefined}
      data-term-hint={hint?.id}
    >
      {hint ? (
        <>
          <span className="term-hint-title">{tr(HINT_TITLE, lang)}</span>
          {hint.terms.map((t) => (
            <span key={t.zh} className="term-hint-item">
              <strong>{tr(t, lang)}</strong> {lang === 'both' ? `${t.explain.zh} ${t.explain.en}` : t.explain[lang]}
            </span>
          ))}
        </>
      ) : null}
    </div>
  );
}
