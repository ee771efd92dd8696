import { type Assessment, ama, hlm, mlcf, parseAssessment } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, usePageTheme } from '../shared/browser-checks.test-helper';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import './self-assessment-form.css';

afterEach(async () => {
  cleanup();
  await page.viewport(1280, 900);
});

const submit = () => page.getByRole('button', { name: 'Submit answers' }).click();

describe.each(['light', 'dark'] as const)('SelfAssessmentForm in Chromium, %s theme', (theme) => {
  it('has no axe violations, contrast included, before and after a failed submit', async () => {
    usePageTheme(theme);
    const { container } = render(
      <SelfAssessmentForm
        framework={hlm}
        subject="learner-1"
        theme={theme}
        importanceScale="hlm:importance"
        allowComments
        defaultValue={{
          framework: hlm.key,
          scale: 'hlm:self-assessment',
          importanceScale: 'hlm:importance',
          subject: 'learner-1',
          rater: { id: 'learner-1', role: 'self' },
          ratings: [{ nodeId: 'hlm:leading-with-care', value: 3, importance: 2 }],
        }}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await submit();
    await expect.element(page.getByRole('alert')).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('SelfAssessmentForm by keyboard in Chromium', () => {
  it('Tab moves between questions, the arrows choose within one, Enter submits', async () => {
    const onSubmit = vi.fn();
    render(<SelfAssessmentForm framework={hlm} subject="learner-1" onSubmit={onSubmit} />);
    // The browser's own radio groups: one Tab stop each; an arrow moves and chooses.
    await userEvent.keyboard('{Tab}{ArrowDown}{ArrowDown}'); // 2
    await userEvent.keyboard('{Tab}{ArrowUp}'); // wraps to "not observed"
    for (let index = 2; index < 9; index += 1) await userEvent.keyboard('{Tab} ');
    await expect.element(page.getByText('9 of 9 answered')).toBeInTheDocument();
    await userEvent.keyboard('{Tab}{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const submitted = parseAssessment(onSubmit.mock.calls[0]?.[0] as Assessment, {
      framework: hlm,
    });
    expect(submitted.ratings.slice(0, 3)).toEqual([
      { nodeId: 'hlm:inspiring-shared-purpose', value: 2 },
      { nodeId: 'hlm:leading-with-care', value: null },
      { nodeId: 'hlm:evaluating-information', value: 0 },
    ]);
  });

  it('the error summary’s links take focus to the question', async () => {
    render(<SelfAssessmentForm framework={mlcf} subject="learner-1" />);
    await submit();
    await expect.element(page.getByRole('alert')).toHaveFocus();
    await userEvent.keyboard('{Tab}'); // first link: 1.1
    await userEvent.keyboard('{Enter}');
    const first = page
      .getByRole('group', { name: '1.1 Developing Self Awareness' })
      .getByRole('radio', { name: '1 — Never' });
    await expect.element(first).toHaveFocus();
  });
});

describe('SelfAssessmentForm at phone width in Chromium', () => {
  it('stacks the choices, each at least 44px tall, and wraps long names inside the form', async () => {
    await page.viewport(360, 800);
    const { container } = render(<SelfAssessmentForm framework={ama} subject="learner-1" />);
    const form = container.querySelector('form') as HTMLFormElement;
    expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
    const options = [
      ...(container.querySelectorAll('fieldset')[0]?.querySelectorAll('.medlead-option') ?? []),
    ];
    expect(options).toHaveLength(6);
    const lefts = new Set(options.map((option) => Math.round(option.getBoundingClientRect().left)));
    expect(lefts.size).toBe(1); // one column
    for (const option of options) {
      expect(option.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
    // The whole box is the click target, not only the small circle.
    const third = options[2] as HTMLElement;
    const box = third.getBoundingClientRect();
    (document.elementFromPoint(box.right - 4, box.bottom - 4) as HTMLElement).click();
    expect((third.querySelector('input') as HTMLInputElement).checked).toBe(true);
  });

  it('sits the choices in a row when the form is wide', async () => {
    const { container } = render(<SelfAssessmentForm framework={mlcf} subject="learner-1" />);
    const options = [
      ...(container.querySelectorAll('fieldset')[0]?.querySelectorAll('.medlead-option') ?? []),
    ];
    const tops = new Set(
      options.slice(0, 5).map((option) => Math.round(option.getBoundingClientRect().top)),
    );
    expect(tops.size).toBe(1);
  });
});
