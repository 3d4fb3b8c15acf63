// A prerendered part of the page whose code is not start code (issue 20: the start JavaScript): the
// build's prerender waits for its chunk and writes its markup, and the page hydrates it when the chunk
// arrives, after the picture. Until then the server's markup stays on screen as it is (a Suspense
// boundary React has not hydrated yet). Unlike `onDemand`'s `useModule`, which renders nothing until
// the code is here, this is for parts the first screen shows: the header, the intro, the marks' key,
// the print sheet.
//
// The component is memoised: a re-render of the page around it must not reach a boundary still waiting
// to hydrate (with new props React would drop the server's markup and draw the fallback). Give it
// props that stay the same while the page hydrates. If the chunk cannot come, the error goes to the
// nearest error boundary (each use says which), never to the page's root.
import { memo, Suspense, use, type ComponentType, type ReactNode } from 'react';
import type { OnDemand } from './useOnDemand';

export function prerenderedOnDemand<M, P extends object>(
  code: OnDemand<M>,
  pick: (module: M) => ComponentType<P>,
  /** For a page rendered afresh before the code is here (its starter asks for it first): keep the part's room. */
  fallback: ReactNode = null,
): ComponentType<P> {
  function Loaded(props: P) {
    // Synchronous once here (a later render never suspends); else the one pending import.
    const Component = pick(code.loaded() ?? use(code.preload()));
    return <Component {...props} />;
  }
  return memo(function PrerenderedOnDemand(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Loaded {...props} />
      </Suspense>
    );
  });
}
