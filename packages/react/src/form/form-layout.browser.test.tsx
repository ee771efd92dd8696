// The form's choices at every width a course page gives it (a 320 px phone to a 1280 px desktop):
// "Not observed" is always on a line below every scale point, never beside one, and no choice is
// wider than the form. Measured in Chromium with the real stylesheet.
import { frameworks } from '@medlead/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../theme/styles.css';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import './self-assessment-form.css';

afterEach(async () => {
  cleanup();
  await page.viewport(1280, 900);
});

/** Viewport widths, and the page padding around the form in a course page. */
const widths = [320, 375, 414, 600, 640, 700, 768, 1024, 1280];
const PADDING = 16;

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  '%s form',
  (_, framework) => {
    it.each(widths)('at %i px, "Not observed" sits below every scale point', async (width) => {
      await page.viewport(width, 900);
      const { container } = render(
        <div style={{ padding: PADDING }}>
          <SelfAssessmentForm
            framework={framework}
            subject="learner-1"
            {...(framework.id === 'hlm' ? { importanceScale: 'hlm:importance' } : {})}
          />
        </div>,
      );
      const form = container.querySelector('form') as HTMLFormElement;
      const right = form.getBoundingClientRect().right;
      for (const options of form.querySelectorAll('.medlead-options')) {
        const choices = [...options.querySelectorAll(':scope > .medlead-option')];
        const notObserved = choices.find((choice) =>
          choice.classList.contains('medlead-option-not-observed'),
        );
        const points = choices.filter((choice) => choice !== notObserved);
        for (const choice of choices)
          expect(choice.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
        if (notObserved === undefined) continue;
        const lowestPoint = Math.max(
          ...points.map((point) => point.getBoundingClientRect().bottom),
        );
        expect(notObserved.getBoundingClientRect().top).toBeGreaterThanOrEqual(lowestPoint);
      }
    });
  },
);
