// The document's language following the setting (the dashboard and the comparison; the comparison's
// Escape is its own, features/compare/useEscapeClears.ts).
import { useEffect } from 'react';
import { useAppStore } from '../store/store';
import { htmlLang } from '../i18n/text';

/** The html lang attribute follows the language setting (screen readers, hyphenation, fonts). */
export function useDocumentLang() {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);
}
