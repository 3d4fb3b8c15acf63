// The emphasis writer: one store subscription keeps data-emphasis, aria-pressed / aria-selected
// and data-follow-emphasis current on the page, without re-rendering the entities.
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphProvider } from '../../src/shared/GraphProvider';
import { emphasisOf } from '../../src/core/emphasis';
import { useEntityProps, useFollowerProps } from '../../src/shared/useEntity';
import { resetStore, useAppStore } from '../../src/store/store';
import { followedEmphasis, resolve, writeEmphasis } from '../../src/shared/emphasisWriter';
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
    <table><tbody><tr {...useEntityProps(id, 'row')}><td>{id}</td></tr></tbody></table>
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
      {ids.map((id) => <Item key={id} id={id} />)}
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

  it('repairs attributes someone else changed on the next write', () => {
    const { container } = page();
    const el = container.querySelector(`[data-entity="${ids[5]}"]`)!;
    el.setAttribute('data-emphasis', 'selected');
    writeEmphasis(container, graph, useAppStore.getState());
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
    writeEmphasis(container, graph, useAppStore.getState());
    expect(plain.getAttribute('data-follow-emphasis')).toBe('selected');
    expect(plain.hasAttribute('aria-pressed')).toBe(false);
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
    writeEmphasis(document, graph, useAppStore.getState());
    expect([edge, loose].map((e) => e.getAttribute('data-follow-emphasis'))).toEqual(['idle', 'idle']);
    act(() => useAppStore.getState().select(focus));
    writeEmphasis(document, graph, useAppStore.getState());
    expect([edge, loose].map((e) => e.getAttribute('data-follow-emphasis'))).toEqual(['related', 'dimmed']);
    expect(followedEmphasis(focus, resolve(graph, useAppStore.getState()))).toBe('selected');
    edge.remove();
    loose.remove();
  });
});
