import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderAssistant } from '../../support/render';

it('agent view renders', () => {
  const { container } = renderAssistant({ mode: 'agent' });
  console.log(container.innerHTML.slice(0, 3000));
  expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
});
