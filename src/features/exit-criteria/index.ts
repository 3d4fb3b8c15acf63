// The exit-criteria panel's one entry point: the app (and other features) import from here, never a file inside.
export { default } from './ExitCriteriaPanel';
// The assessed criteria a comparison of two pictures reads (features/compare).
export { assessedCriteria, type AssessedCriterion } from './exitCriteria';
