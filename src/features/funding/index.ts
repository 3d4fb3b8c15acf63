// The funding panel's one entry point: the app (and other features) import from here, never a file inside.
export { default } from './FundingPanel';
// The figures a comparison of two pictures reads (features/compare).
export { convert, fundingData, FUNDING_TEXT, type FundingData } from './funding';
