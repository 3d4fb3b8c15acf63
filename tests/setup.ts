import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { resetStore } from '../src/store/store';

afterEach(() => {
  cleanup();
  resetStore();
});
