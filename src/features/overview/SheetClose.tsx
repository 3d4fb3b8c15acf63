// Closes the details sheet on a phone: the overview's (app/App.tsx shows it while something is selected).
import { useAppStore } from '../../store/store';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { OV_TEXT } from './text';

/** Closes the details sheet on a phone (the same as Escape). Hidden where details sit in a column. */
export function SheetClose() {
  const lang = useLang();
  return (
    <button type="button" className="sheet-close" aria-label={tr(OV_TEXT.closeDetails, lang)} onClick={() => useAppStore.getState().select(null)}>
      ✕
    </button>
  );
}
