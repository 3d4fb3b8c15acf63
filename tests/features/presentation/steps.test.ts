import { describe, expect, it } from 'vitest';
import { showsFullPanel, startStepFor, stepState } from '../../../src/features/presentation/steps';
import { nextStep, stepMoveForKey } from '../../../src/features/presentation/stepKeys';
import { realGraph } from '../../helpers/data';

const free = { inTextField: false };

describe('presentation steps', () => {
  const { model } = realGraph();
  it('every step names a real panel view and entity', () => {
    const views = ['overview', 'all', 'leadership', 'precision', 'four-focuses', 'exit-criteria', 'funding', 'policies', 'campaign-map', 'timeline'];
    model.presentation.forEach((step, i) => {
      const s = stepState(model, model.presentation, i, views);
      expect(s, `step ${i}`).not.toBeNull();
      expect(s!.view, `step ${i} panel ${step.panel}`).not.toBe('all');
      expect(s!.selectedId).toBe(step.entity);
    });
    expect(stepState(model, model.presentation, model.presentation.length, views)).toBeNull();
  });
  it('maps clicker keys whatever has focus on the stage, and leaves every key to a text field', () => {
    // Whatever is focused on the stage (a clicked item, a panel, a button), the clicker's keys page.
    expect(stepMoveForKey('PageDown', free)).toBe('next');
    expect(stepMoveForKey('PageUp', free)).toBe('prev');
    expect(stepMoveForKey('ArrowRight', free)).toBe('next');
    expect(stepMoveForKey('ArrowDown', free)).toBe('next');
    expect(stepMoveForKey('ArrowUp', free)).toBe('prev');
    expect(stepMoveForKey('ArrowLeft', free)).toBe('prev');
    expect(stepMoveForKey(' ', free)).toBe('next');
    expect(stepMoveForKey('Home', free)).toBe('first');
    expect(stepMoveForKey('End', free)).toBe('last');
    expect(stepMoveForKey('b', free)).toBe('black');
    expect(stepMoveForKey('.', free)).toBe('black');
    expect(stepMoveForKey('F', free)).toBe('fullscreen');
    expect(stepMoveForKey('Escape', free)).toBe('exit');
    expect(stepMoveForKey('a', free)).toBeNull();
    // A text field keeps its keys: typing "b" or a space in the search box.
    for (const key of ['b', ' ', 'ArrowRight', 'Home', 'f', 'Escape']) expect(stepMoveForKey(key, { inTextField: true })).toBeNull();
  });
  it('clamps at both ends', () => {
    expect(nextStep(0, 'prev', 5)).toBe(0);
    expect(nextStep(4, 'next', 5)).toBe(4);
    expect(nextStep(2, 'last', 5)).toBe(4);
    expect(nextStep(2, 'first', 5)).toBe(0);
  });
  it('shows the full panel where a step asks for it or sets its view', () => {
    expect(showsFullPanel({ panel: 'funding', entity: 'fund-special', state: { fundView: 'compare' } })).toBe(true);
    expect(showsFullPanel({ panel: 'campaign-map', entity: 'cm-root', full: true })).toBe(true);
    expect(showsFullPanel({ panel: 'funding', entity: 'fund-total' })).toBe(false);
  });
  it('presents from the selection: its own step, else the first step of its part, else the start', () => {
    expect(startStepFor(model, 'fund-special')).toBe(model.presentation.findIndex((s) => s.entity === 'fund-special'));
    expect(startStepFor(model, 'fund-social')).toBe(model.presentation.findIndex((s) => s.panel === 'funding'));
    expect(startStepFor(model, 'policy-education')).toBe(model.presentation.findIndex((s) => s.panel === 'policies'));
    expect(startStepFor(model, null)).toBe(0);
  });
});
