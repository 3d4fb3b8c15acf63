// What every image export shares: text an SVG image accepts, why an export failed, and the
// download. The drawing itself (HTML or SVG, framed with title, source and key) is exportPicture.ts.

// Characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/U+FFFF). The DOM
// holds them happily, XMLSerializer writes them out, and the browser then refuses the whole SVG
// as an image: one stray U+0008 in a label made "Save PNG" fail.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Serialized SVG that an <img> accepts: forbidden characters become U+FFFD (visible, harmless). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

/** Why an export failed, as a code: the panel words it in the reader's language. */
export class ExportError extends Error {
  constructor(readonly reason: 'draw' | 'canvas' | 'encode') {
    super(`PNG export failed (${reason})`);
    this.name = 'ExportError';
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
