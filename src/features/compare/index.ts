// The comparison's one entry point (loaded on demand by app/DatasetHost).
export { default } from './CompareView';
