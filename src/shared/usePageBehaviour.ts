// What a page without the dashboard's own keyboard handler (app/App.tsx) still needs — the
// comparison: Escape through the store's escape, and the document's language following the setting.
import { useEffect } from 'react';
import { useAppStore } from '../store/store';
import { htmlLang } from '../i18n/text';

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

/** The html lang attribute follows the language setting (screen readers, hyphenation, fonts). */
export function useDocumentLang() {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);
}
