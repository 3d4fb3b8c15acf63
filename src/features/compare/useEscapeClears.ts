// The comparison has no dashboard keyboard handler (app/App.tsx): Escape goes through the store's escape here.
import { useEffect } from 'react';
import { useAppStore } from '../../store/store';

/** Escape clears the selection from anywhere (unless a text field wants the key). */
export function useEscapeClears() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      useAppStore.getState().escape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
