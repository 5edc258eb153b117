import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../src/ui/markdown/Markdown';
import { axeViolations } from '../support/axe';
import { withChanges } from '../support/orgs';
import { renderAssistant } from '../support/render';

const choose = (label: string | RegExp) => {
  fireEvent.click(screen.getByLabelText(label));
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
};

describe('given a person presses Continue without choosing', () => {
  it('shows an error summary, focuses it, and links it to the first answer', async () => {
    const { container } = renderAssistant();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('There is a problem');
    const link = within(summary).getByRole('link', { name: 'Choose an answer' });
    fireEvent.click(link);
    expect(screen.getByLabelText('It says my password is wrong')).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('given a person types an address that is not an address', () => {
  it('stays on the step, announces the error and marks the field', async () => {
    const { container } = renderAssistant();
    choose('It says my password is wrong');
    const field = screen.getByRole('textbox', { name: /web address/i });
    fireEvent.change(field, { target: { value: 'hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check this address' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Type a web address, like mychart.riversidehealth.example',
    );
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What web address');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('never uses a password field, and allows paste and the right keyboard', () => {
    const { container } = renderAssistant();
    choose(/^Another sign-in problem/);
    choose("It doesn't recognize my username or email");
    const field = screen.getByRole('textbox');
    expect(field).toHaveAttribute('autocomplete', 'username');
    expect(field).toHaveAttribute('type', 'text');
    expect(container.querySelector('input[type="password"]')).toBeNull();
  });
});

describe('given a person moves around', () => {
  it('Back returns to the previous question with focus on its heading', () => {
    renderAssistant();
    choose('It says my password is wrong');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What web address is at the top of your browser?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('What happens when you try to sign in?');
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('Start over returns to the first question from deep in a flow', () => {
    renderAssistant();
    choose("The sign-in code never comes, or it won't work");
    choose('By text message');
    choose('The code never arrives');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What happens when you try to sign in?',
    );
  });

  it("Contact support is reachable from a question and leads to the organization's numbers", () => {
    renderAssistant({ org: 'lakeside', now: '2026-12-02T10:15:00-06:00' });
    choose("I want to see someone else's records, like my child's");
    fireEvent.click(screen.getByRole('button', { name: 'Contact support' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Contact Lakeside Clinic');
    expect(screen.getByText('Medical records')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '(312) 555-0188' })).toHaveAttribute(
      'href',
      'tel:+13125550188',
    );
    expect(screen.getAllByText(/Open now until 5:00/)).toHaveLength(2);
  });
});

describe('given a configuration with problems', () => {
  it('names each problem and still shows the phone number it could read', async () => {
    const { container } = renderAssistant({
      config: withChanges('lakeside', (c) => {
        c.lockout = { unlock: 'never' };
        c.portal.urls = ['http://portal.lakesideclinic.example'];
      }),
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'This help page is not working right now',
    );
    expect(screen.getByRole('link', { name: 'Call (312) 555-0177' })).toHaveAttribute(
      'href',
      'tel:+13125550177',
    );
    expect(container).toHaveTextContent('portal.urls[0]: must be a full https:// address');
    expect(container).toHaveTextContent('lockout.unlock');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('still points to a person when nothing at all could be read', () => {
    renderAssistant({ config: 'not a configuration' });
    expect(screen.getByText(/appointment papers/)).toBeInTheDocument();
  });
});

describe('step text rendered from Markdown', () => {
  it('keeps https, mailto and tel links and drops every other kind', () => {
    const { container } = render(
      <Markdown source="[a](https://x.example) [b](mailto:a@b.example) [c](tel:+16085550142) [d](javascript:alert(1)) [e](http://x.example) <b>raw</b> ![i](https://x.example/i.png)" />,
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://x.example', 'mailto:a@b.example', 'tel:+16085550142']);
    expect(container.querySelector('b, img, script')).toBeNull();
  });
});
