import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // The language choice is remembered for the session; each test starts without one.
  sessionStorage.clear();
});
