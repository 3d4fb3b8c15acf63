// Full panels mount when they come near the screen, not all at start (issue 11): a long dashboard
// of eight panels is ~3,000 DOM elements and most of a slow laptop's load time, while a screen
// shows two or three of them.
//
// - Before the first paint (layout effect) a cell measures where it is: one on or near the first
//   screen mounts in the same frame, so the first screen never paints a placeholder and then moves.
// - Others wait for an IntersectionObserver with a margin of half a screen, so a panel is drawn
//   before it scrolls into view; scroll anchoring keeps the visible content still while one above
//   grows.
// - Focus (Tab reaches the placeholder) and printing mount it too: keyboard users and print
//   never meet an empty box.
// - A placeholder is not a [data-panel] (the testing contract counts mounted panels only), so
//   waiting for every [data-panel] to be ready never waits for a panel nobody asked for. The e2e
//   helper scrolls the placeholders into view to mount them (tests/e2e/browser.ts).
// - Without IntersectionObserver (jsdom, very old browsers) and when prerendering (MountAll),
//   everything mounts at once.
import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { tr } from '../i18n/text';
import type { Lang } from '../store/url';

/** Near enough to mount: within this fraction of the viewport's height above or below it. */
const MARGIN = 0.5;

const PENDING_LABEL = { zh: '此部分将在滚动到这里时载入', en: 'This part loads when you scroll here' };

const MountAllContext = createContext(false);

/** Everything below mounts at once (the build-time render: no viewport, no observer). */
export function MountAll({ children }: { children: ReactNode }) {
  return <MountAllContext.Provider value={true}>{children}</MountAllContext.Provider>;
}

function isNear(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const h = window.innerHeight;
  return r.top < h * (1 + MARGIN) && r.bottom > -h * MARGIN;
}

export function MountWhenNear({
  name,
  className,
  eager,
  lang,
  findable,
  children,
}: {
  /** Texts the panel will show, kept in the placeholder hidden="until-found": the browser's find matches them and mounts the panel. */
  findable?: readonly string[];
  name: string;
  className: string;
  /** Mount straight away (the panel was opened on its own). */
  eager: boolean;
  lang: Lang;
  children: ReactNode;
}) {
  const all = useContext(MountAllContext);
  const [mounted, setMounted] = useState(eager || all);
  const focusOnMount = useRef(false);
  const cellRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (mounted) {
      if (focusOnMount.current) {
        focusOnMount.current = false;
        // Into the panel's first control, or (its code still loading) onto the cell, so the next Tab goes inside.
        const cell = cellRef.current;
        (cell?.querySelector<HTMLElement>('[tabindex="0"], button, a[href]') ?? cell)?.focus();
      }
      return;
    }
    const el = cellRef.current;
    if (!el || typeof IntersectionObserver === 'undefined' || isNear(el)) {
      setMounted(true);
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setMounted(true);
      },
      { rootMargin: `${MARGIN * 100}% 0px` },
    );
    io.observe(el);
    const mount = () => setMounted(true);
    window.addEventListener('beforeprint', mount);
    return () => {
      io.disconnect();
      window.removeEventListener('beforeprint', mount);
    };
  }, [mounted]);

  return (
    <div ref={cellRef} className={className} tabIndex={-1}>
      {mounted ? (
        children
      ) : (
        <section
          className="panel panel-pending"
          data-panel-pending={name}
          tabIndex={0}
          aria-label={tr(PENDING_LABEL, lang)}
          onFocus={() => {
            focusOnMount.current = true;
            setMounted(true);
          }}
        >
          {findable?.length ? <FindableTexts texts={findable} onMatch={() => setMounted(true)} /> : null}
        </section>
      )}
    </div>
  );
}

/** Texts out of sight and out of the layout that the browser's find still matches (hidden="until-found"; React writes a boolean). */
function FindableTexts({ texts, onMatch }: { texts: readonly string[]; onMatch: () => void }) {
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    list.setAttribute('hidden', 'until-found');
    list.addEventListener('beforematch', onMatch);
    return () => list.removeEventListener('beforematch', onMatch);
  }, [onMatch]);
  return (
    <ul ref={ref} className="pending-findable" hidden>
      {texts.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}
