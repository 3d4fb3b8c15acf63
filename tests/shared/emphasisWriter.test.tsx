// The emphasis writer: one store subscription keeps data-emphasis, aria-pressed / aria-selected
// and data-follow-emphasis current on the page, without re-rendering the entities.
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphProvider } from '../../src/shared/GraphProvider';
import { emphasisOf, relatedSet } from '../../src/core/emphasis';
import { useEntityProps, useFollowerProps } from '../../src/shared/useEntity';
import { resetStore, useAppStore } from '../../src/store/store';
import { followedEmphasis, resolve, writerFor } from '../../src/shared/emphasisWriter';
import { relatedTo } from '../../src/core/graph';
import { realGraph } from '../helpers/data';

const graph = realGraph();
const ids = [...graph.model.entities.keys()].slice(0, 40);
let renders = 0;

function Item({ id }: { id: string }) {
  renders++;
  return <span {...useEntityProps(id)}>{id}</span>;
}
function Row({ id }: { id: string }) {
  return (
    <table>
      <tbody>
        <tr {...useEntityProps(id, 'row')}>
          <td>{id}</td>
        </tr>
      </tbody>
    </table>
  );
}
function Follower({ id }: { id: string }) {
  return <i data-testid="follower" {...useFollowerProps(id)} />;
}

function Pressable({ id }: { id: string }) {
  return <button type="button" data-testid="pressable" aria-pressed="false" {...useFollowerProps(id)} />;
}

function page() {
  return render(
    <GraphProvider graph={graph}>
      {ids.map((id) => (
        <Item key={id} id={id} />
      ))}
      <Row id={ids[1]!} />
      <Follower id={ids[2]!} />
    </GraphProvider>,
  );
}

const attrs = (c: HTMLElement, name: string) => [...c.querySelectorAll('span[data-entity]')].map((el) => el.getAttribute(name));
const expected = () => ids.map((id) => emphasisOf(graph, id, useAppStore.getState()));

afterEach(() => {
  resetStore();
  renders = 0;
});

describe('emphasis writer', () => {
  it('gives every selectable element its emphasis and aria state on mount, from the current store', () => {
    act(() => useAppStore.getState().select(ids[0]!));
    const { container } = page();
    expect(attrs(container, 'data-emphasis')).toEqual(expected());
    expect(attrs(container, 'aria-pressed')).toEqual(ids.map((id) => String(id === ids[0])));
    expect(container.querySelector('tr')!.getAttribute('aria-selected')).toBe('false');
    expect(container.querySelector('tr')!.hasAttribute('aria-pressed')).toBe(false);
  });

  it('follows selection, hover and clearing without re-rendering the entities', () => {
    const { container, getByTestId } = page();
    expect(new Set(attrs(container, 'data-emphasis'))).toEqual(new Set(['idle']));
    const mounted = renders;
    act(() => useAppStore.getState().select(ids[1]!));
    expect(attrs(container, 'data-emphasis')).toEqual(expected());
    expect(attrs(container, 'data-emphasis')).toContain('dimmed');
    expect(container.querySelector('tr')!.getAttribute('aria-selected')).toBe('true');
    expect(getByTestId('follower').getAttribute('data-follow-emphasis')).toBe(emphasisOf(graph, ids[2]!, useAppStore.getState()));
    act(() => useAppStore.getState().hover(ids[3]!));
    expect(attrs(container, 'data-emphasis')[3]).toBe('selected');
    expect(attrs(container, 'aria-pressed')[1]).toBe('true'); // hover previews; the selection stays
    act(() => useAppStore.getState().select(null));
    expect(new Set(attrs(container, 'data-emphasis'))).toEqual(new Set(['idle']));
    expect(container.querySelector('tr')!.getAttribute('aria-selected')).toBe('false');
    expect(renders).toBe(mounted);
  });

  it('matches the resolver after any sequence of selections, hovers and clears', () => {
    const { container, getByTestId } = page();
    const steps: [string, () => void][] = [
      ['select a', () => useAppStore.getState().select(ids[0]!)],
      ['hover b over a', () => useAppStore.getState().hover(ids[7]!)],
      ['hover c', () => useAppStore.getState().hover(ids[12]!)],
      ['hover ends', () => useAppStore.getState().hover(null)],
      ['select d', () => useAppStore.getState().select(ids[20]!)],
      ['toggle d off', () => useAppStore.getState().toggle(ids[20]!)],
      ['hover with nothing selected', () => useAppStore.getState().hover(ids[2]!)],
      ['select the row', () => useAppStore.getState().select(ids[1]!)],
      ['clear', () => useAppStore.getState().select(null)],
    ];
    for (const [name, step] of steps) {
      act(step);
      const s = useAppStore.getState();
      expect(attrs(container, 'data-emphasis'), name).toEqual(expected());
      expect(attrs(container, 'aria-pressed'), name).toEqual(ids.map((id) => String(id === s.selectedId)));
      expect(container.querySelector('tr')!.getAttribute('aria-selected'), name).toBe(String(s.selectedId === ids[1]));
      expect(getByTestId('follower').getAttribute('data-follow-emphasis'), name).toBe(emphasisOf(graph, ids[2]!, s));
    }
  });

  it('gives an element that mounts during a selection its attributes, and forgets one that unmounts', () => {
    act(() => useAppStore.getState().select(ids[0]!));
    const first = page();
    first.unmount();
    const { container } = render(
      <GraphProvider graph={graph}>
        <Item id={ids[3]!} />
      </GraphProvider>,
    );
    const el = container.querySelector('[data-entity]')!;
    expect(el.getAttribute('data-emphasis')).toBe(emphasisOf(graph, ids[3]!, useAppStore.getState()));
    act(() => useAppStore.getState().select(null));
    expect(el.getAttribute('data-emphasis')).toBe('idle');
  });

  it('keeps aria-pressed current on a follower that carries one (the map outline rows), and only there', () => {
    const { container } = render(
      <GraphProvider graph={graph}>
        <Pressable id={ids[3]!} />
      </GraphProvider>,
    );
    const el = container.querySelector('[data-testid="pressable"]')!;
    act(() => useAppStore.getState().select(ids[3]!));
    expect(el.getAttribute('aria-pressed')).toBe('true');
    expect(el.getAttribute('data-follow-emphasis')).toBe('selected');
    act(() => useAppStore.getState().select(ids[4]!));
    expect(el.getAttribute('aria-pressed')).toBe('false');
    const plain = document.createElement('i');
    plain.setAttribute('data-emphasis-of', ids[4]!);
    container.appendChild(plain);
    const remove = writerFor(graph).addFollower(plain, ids[4]!);
    expect(plain.getAttribute('data-follow-emphasis')).toBe('selected');
    expect(plain.hasAttribute('aria-pressed')).toBe(false);
    remove();
  });

  it('writes only the elements whose emphasis or selection changes', () => {
    // Two entities whose related sets together touch few of the rendered ones: moving the
    // selection from one to the other must leave every other (dimmed) element untouched.
    const touched = (a: string, b: string) =>
      ids.filter((id) => id === a || id === b || relatedSet(graph, a).has(id) || relatedSet(graph, b).has(id));
    const pair = ids.flatMap((a) => ids.map((b) => [a, b] as const)).find(([a, b]) => a !== b && touched(a, b).length < ids.length / 2);
    expect(pair).toBeDefined();
    const [a, b] = pair!;
    const { container } = page();
    act(() => useAppStore.getState().select(a));
    const all = [...container.querySelectorAll('[data-entity], [data-emphasis-of]')];
    const snapshot = () =>
      all.map((el) => ['data-emphasis', 'aria-pressed', 'aria-selected', 'data-follow-emphasis'].map((n) => el.getAttribute(n)).join('|'));
    const before = snapshot();
    const indices = (els: Iterable<unknown>) => {
      const set = new Set(els);
      return all.flatMap((el, i) => (set.has(el) ? [i] : []));
    };
    const writes = vi.spyOn(Element.prototype, 'setAttribute');
    const reads = vi.spyOn(Element.prototype, 'getAttribute');
    try {
      act(() => useAppStore.getState().select(b));
      const readFrom = [...reads.mock.contexts];
      reads.mockRestore(); // the checks below read attributes themselves
      const after = snapshot();
      const changed = all.filter((_, i) => before[i] !== after[i]);
      expect(changed.length).toBeGreaterThan(0);
      expect(changed.length).toBeLessThan(all.length / 2);
      // Written: exactly the elements whose attributes changed.
      expect(indices(writes.mock.contexts)).toEqual(indices(changed));
      // Visited at all (read or written): only elements of the entities the move can change.
      const mayChange = new Set(touched(a, b));
      const visited = indices([...readFrom, ...writes.mock.contexts]);
      expect(visited.filter((i) => !mayChange.has(all[i]!.getAttribute('data-entity') ?? all[i]!.getAttribute('data-emphasis-of')!))).toEqual([]);
      // Focus unchanged (the same selection again): nothing is written at all.
      writes.mockClear();
      act(() => useAppStore.getState().select(b));
      expect(writes).not.toHaveBeenCalled();
    } finally {
      writes.mockRestore();
      reads.mockRestore();
    }
  });

  it('lights an edge (data-emphasis-of="a b") only when both its ends are the focus or related to it', () => {
    const focus = 'leader-deputy-secretary';
    const related = [...relatedTo(graph, focus)];
    const unrelated = ids.find((id) => id !== focus && !related.includes(id))!;
    const edge = document.createElement('div');
    edge.setAttribute('data-emphasis-of', `${focus} ${related[0]}`);
    const loose = document.createElement('div');
    loose.setAttribute('data-emphasis-of', `${focus} ${unrelated}`);
    document.body.append(edge, loose);
    const writer = writerFor(graph, useAppStore.getState());
    writer.update(useAppStore.getState());
    const off = [edge, loose].map((e) => writer.addFollower(e, e.getAttribute('data-emphasis-of')!));
    expect([edge, loose].map((e) => e.getAttribute('data-follow-emphasis'))).toEqual(['idle', 'idle']);
    act(() => useAppStore.getState().select(focus));
    writer.update(useAppStore.getState());
    expect([edge, loose].map((e) => e.getAttribute('data-follow-emphasis'))).toEqual(['related', 'dimmed']);
    expect(followedEmphasis(focus, resolve(graph, useAppStore.getState()))).toBe('selected');
    // Registered under each of its ends: a focus that reaches only the other end still updates it.
    act(() => useAppStore.getState().select(unrelated));
    writer.update(useAppStore.getState());
    expect(loose.getAttribute('data-follow-emphasis')).toBe(followedEmphasis(`${focus} ${unrelated}`, resolve(graph, useAppStore.getState())));
    off.forEach((remove) => remove());
    edge.remove();
    loose.remove();
  });
});
