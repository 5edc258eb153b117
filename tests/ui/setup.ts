import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadUiPlaceholders } from '../../flows/config/uiPlaceholdersLoader';
import { preloadAgentView } from '../../src/app/mount';
import { prefetchLaterSteps } from '../../src/patient/Step';
import { preloadFinderBox } from '../../src/steps/ChoiceStep';
import { preloadDomainSuggester } from '../../src/steps/domainSuggester';
import { prefetchFactMarkdown } from '../../src/steps/stepText';
import { prefetchMarkdown } from '../../src/ui/markdown/Markdown';

// A language loads on demand, and its step text is compiled when first imported: with two test
// workers busy that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

// Load the on-demand parts up front, as the browser does at idle, so every step renders at once.
await Promise.all([
  prefetchMarkdown(),
  prefetchLaterSteps(),
  preloadAgentView(),
  preloadDomainSuggester(),
  preloadFinderBox(),
  prefetchFactMarkdown(),
  // Tests validate configurations with UI text overrides directly, not only through mount().
  loadUiPlaceholders(),
]);

afterEach(() => {
  cleanup();
  // The language choice is remembered for the session; each test starts without one.
  sessionStorage.clear();
});
