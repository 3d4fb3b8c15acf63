// Keeps the audience window and the presenter view in step, both ways: each posts the presentation's
// state (step, selection, black screen, the story's steps) when it changes there, and applies what the
// other posts. Two carriers, so that it works from a web server and from the single file (file://,
// where a page's origin is opaque and BroadcastChannel may not reach the other window): a
// BroadcastChannel, and postMessage to the window that opened this one (or that last wrote to it).
// Each message carries an id; a message seen twice (by both carriers) is applied once.
import { useAppStore } from '../../store/store';
import type { PresentationStep } from '../../model/schema';

export interface PresentationSyncState {
  step: number | null;
  selectedId: string | null;
  blackScreen: boolean;
  story: readonly PresentationStep[] | null;
}

interface Message {
  kind: 'lankao-presentation';
  id: string;
  /** 'state': apply it; 'hello': a new window asks for the state. */
  type: 'state' | 'hello';
  state?: PresentationSyncState;
}

const CHANNEL = 'lankao-presentation';
const me = Math.random().toString(36).slice(2);
let seq = 0;

/** The presenter view's URL: this page with `presenter=1` (its own window, kept in step). */
export function presenterUrl(loc: Location): string {
  const params = new URLSearchParams(loc.search);
  params.set('presenter', '1');
  return `${loc.pathname}?${params.toString()}${loc.hash}`;
}

export function isPresenterWindow(loc: Location): boolean {
  return new URLSearchParams(loc.search).get('presenter') === '1';
}

const snapshot = (): PresentationSyncState => {
  const s = useAppStore.getState();
  return { step: s.step, selectedId: s.selectedId, blackScreen: s.blackScreen, story: s.story };
};

const same = (a: PresentationSyncState, b: PresentationSyncState) =>
  a.step === b.step && a.selectedId === b.selectedId && a.blackScreen === b.blackScreen && a.story === b.story;

/**
 * Starts syncing this window; `apply` moves it to a state the other window posted (through the
 * store's actions). Returns the stop function.
 */
export function startPresentationSync(apply: (state: PresentationSyncState) => void, { hello = false } = {}): () => void {
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    channel = null;
  }
  /** The other window, when we know it: our opener, or whoever last wrote to us. */
  let peer: Window | null = window.opener as Window | null;
  const seen = new Set<string>();
  let applying = false;
  let last = snapshot();

  const post = (type: Message['type'], state?: PresentationSyncState) => {
    const msg: Message = { kind: 'lankao-presentation', id: `${me}-${++seq}`, type, state };
    seen.add(msg.id);
    channel?.postMessage(msg);
    try {
      if (peer && !peer.closed) peer.postMessage(msg, '*');
    } catch {
      peer = null;
    }
  };
  const receive = (data: unknown, source: MessageEventSource | null) => {
    const msg = data as Message | null;
    if (!msg || msg.kind !== 'lankao-presentation' || seen.has(msg.id)) return;
    seen.add(msg.id);
    if (source && 'postMessage' in source && source !== window) peer = source as Window;
    if (msg.type === 'hello') return post('state', snapshot());
    if (!msg.state) return;
    applying = true;
    try {
      apply(msg.state);
    } finally {
      applying = false;
      last = snapshot();
    }
  };
  const onChannel = (e: MessageEvent) => receive(e.data, null);
  const onWindow = (e: MessageEvent) => receive(e.data, e.source);
  channel?.addEventListener('message', onChannel);
  window.addEventListener('message', onWindow);
  const unsubscribe = useAppStore.subscribe(() => {
    const now = snapshot();
    if (applying || same(now, last)) return;
    last = now;
    post('state', now);
  });
  if (hello) post('hello');
  return () => {
    unsubscribe();
    channel?.removeEventListener('message', onChannel);
    channel?.close();
    window.removeEventListener('message', onWindow);
  };
}

/** The presenter view opened from this window (so that the first message reaches it directly). */
export function openPresenterWindow(): Window | null {
  return window.open(presenterUrl(window.location), 'lankao-presenter', 'popup,width=1200,height=760');
}
