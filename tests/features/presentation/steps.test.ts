import { describe, expect, it } from 'vitest';
import { nextStep, stepMoveForKey, stepState } from '../../../src/features/presentation/steps';
import { realGraph } from '../../helpers/data';

describe('presentation steps', () => {
  const { model } = realGraph();
  it('every step names a real panel view and entity', () => {
    const views = ['all', 'leadership', 'precision', 'four-focuses', 'exit-criteria', 'funding', 'policies', 'campaign-map', 'timeline'];
    model.presentation.forEach((step, i) => {
      const s = stepState(model, i, views);
      expect(s, `step ${i}`).not.toBeNull();
      expect(s!.view, `step ${i} panel ${step.panel}`).not.toBe('all');
      expect(s!.selectedId).toBe(step.entity);
    });
    expect(stepState(model, model.presentation.length, views)).toBeNull();
  });
  it('maps clicker keys, and leaves arrows to the panel that has focus', () => {
    expect(stepMoveForKey('PageDown', true)).toBe('next');
    expect(stepMoveForKey('PageUp', true)).toBe('prev');
    expect(stepMoveForKey('ArrowRight', false)).toBe('next');
    expect(stepMoveForKey('ArrowRight', true)).toBeNull();
    expect(stepMoveForKey('Escape', true)).toBe('exit');
    expect(stepMoveForKey('a', false)).toBeNull();
  });
  it('clamps at both ends', () => {
    expect(nextStep(0, 'prev', 5)).toBe(0);
    expect(nextStep(4, 'next', 5)).toBe(4);
    expect(nextStep(2, 'last', 5)).toBe(4);
    expect(nextStep(2, 'first', 5)).toBe(0);
  });
});
