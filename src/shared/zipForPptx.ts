// The part of JSZip that pptxgenjs uses (new, folder, file, generateAsync), written with fflate,
// which the page already has for opening zipped datasets. vite.config.ts points pptxgenjs' `jszip`
// import here: JSZip is CommonJS, and bundling it put the CommonJS `require` helper into the
// runtime every page loads first (~0.2 KB gzip of start JavaScript), besides ~28 KB gzip of its own.
import { zipSync, strToU8, type Zippable } from 'fflate';

type Content = string | Uint8Array | ArrayBuffer;
interface FileOptions {
  base64?: boolean;
}

function bytesOf(content: Content, base64: boolean): Uint8Array {
  if (content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  if (!base64) return strToU8(content);
  const bin = atob(content);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

class Folder {
  constructor(
    protected readonly files: Map<string, Uint8Array>,
    private readonly prefix: string,
  ) {}
  folder(name: string): Folder {
    return new Folder(this.files, `${this.prefix}${name.replace(/\/?$/, '/')}`);
  }
  file(path: string, content: Content, options: FileOptions = {}): this {
    this.files.set(`${this.prefix}${path}`, bytesOf(content, options.base64 === true));
    return this;
  }
}

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export default class ZipForPptx extends Folder {
  constructor() {
    super(new Map(), '');
  }
  async generateAsync(options: { type: string; compression?: 'DEFLATE' | 'STORE' }): Promise<unknown> {
    const level = options.compression === 'STORE' ? 0 : 6;
    const entries: Zippable = {};
    for (const [path, bytes] of this.files) entries[path] = [bytes, { level }];
    const zipped = zipSync(entries);
    switch (options.type) {
      case 'blob':
        return new Blob([zipped], { type: PPTX_TYPE });
      case 'base64': {
        let bin = '';
        for (let i = 0; i < zipped.length; i += 0x8000) bin += String.fromCharCode(...zipped.subarray(i, i + 0x8000));
        return btoa(bin);
      }
      case 'arraybuffer':
        return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength);
      default:
        return zipped;
    }
  }
}
