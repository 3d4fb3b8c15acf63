// The header's less-used controls. On a wide screen they sit in the header's one line; where the
// line is short (a phone, or an English laptop screen) they fold behind one menu button, so the
// header stays one compact line and the picture starts near the top. Which of the two is CSS's
// choice alone (header.css): the same elements, so nothing re-renders with the width.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';

const TEXT = {
  more: { zh: '更多操作', en: 'More controls' },
} as const;

export function HeaderMenu({ children }: { children: ReactNode }) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const close = (refocus: boolean) => {
      setOpen(false);
      if (refocus) buttonRef.current?.focus();
    };
    // Capture phase, default prevented: Escape closes the menu and does not also clear the selection.
    const onKey = (e: KeyboardEvent) => {
      // A dialog opened from the menu (数据 / Data) closes first, on its own Escape.
      if (e.key !== 'Escape' || (e.target instanceof Element && e.target.closest('[role="dialog"]'))) return;
      e.preventDefault();
      close(true);
    };
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) close(false);
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) close(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);
  return (
    <div className="header-menu" ref={rootRef} data-open={open ? 'true' : undefined}>
      <button
        ref={buttonRef}
        type="button"
        className="header-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={tr(TEXT.more, lang)}
        title={tr(TEXT.more, lang)}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰</span>
      </button>
      <div
        id={panelId}
        className="header-menu-panel"
        role="group"
        aria-label={tr(TEXT.more, lang)}
        // A control that was used closes the menu (its effect is on the page, not in the menu);
        // one that opens something of its own (aria-haspopup) keeps the menu open around it.
        onClick={(e) => {
          const target = e.target as HTMLElement;
          if (open && target.closest('button:not([aria-haspopup])') && !target.closest('[role="dialog"]')) {
            setOpen(false);
            buttonRef.current?.focus();
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}
