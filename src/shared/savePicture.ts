// "Save as picture" for a panel or the whole overview. The drawing code (SVG foreignObject → canvas
// → PNG, with its caption bands) loads when a reader asks for a picture, not with the page: it is
// about 3 KB gzip of JavaScript that almost no visit runs. A chunk that fails to load throws here,
// and the caller shows its usual "could not save" note.
import type { Lang } from '../store/url';
import { onDemand } from './useOnDemand';

export interface PictureRequest {
  /** The panel's name, or 'overview': the file is named after it. */
  name: string;
  title: string;
  /** The part of the picture, for the source line. */
  section: string;
  lang: Lang;
  /** A 1920×1080 slide instead of the 2× image. */
  slide: boolean;
}

const pictureCode = onDemand(() => Promise.all([import('./exportPicture'), import('./exportImage'), import('./pictureLayout')]));

export async function savePicture(root: HTMLElement, { name, title, section, lang, slide }: PictureRequest): Promise<void> {
  const [{ elementToPicture }, { downloadBlob }, { pictureCaption, pictureFileName }] = await pictureCode.preload();
  const blob = await elementToPicture(root, pictureCaption(title, section, lang), slide);
  downloadBlob(blob, pictureFileName(name, lang, slide));
}
