import {
  type Assessment,
  ama,
  assessableNodes,
  findScale,
  hlm,
  mlcf,
  parseAssessment,
  scoreAssessment,
} from '@medlead/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelfAssessmentForm } from './SelfAssessmentForm';

afterEach(cleanup);

const hlmNodes = assessableNodes(hlm);
const mlcfNodes = assessableNodes(mlcf);

/**
 * The radio group (fieldset) of a question, by its legend. Found by the legend's text rather than
 * by role and accessible name: on a 20-question form the role query computes every element's
 * name and visibility and takes seconds in jsdom.
 */
const question = (name: string | RegExp) => {
  const fieldset = screen.getByText(name, { selector: 'legend, legend *' }).closest('fieldset');
  if (fieldset === null) throw new Error(`no question "${String(name)}"`);
  return fieldset;
};

const axeViolations = async (container: Element) =>
  (await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target)}`,
  );

const savedHlm = (ratings: Assessment['ratings']): Assessment => ({
  framework: hlm.key,
  scale: 'hlm:self-assessment',
  subject: 'learner-1',
  rater: { id: 'learner-1', role: 'self' },
  ratings,
});

/** A parent that holds the form's value, as an app would, and can reset it. */
function ControllingParent({ start, seen }: { start: Assessment; seen: Assessment[] }) {
  const [value, setValue] = useState<Assessment>(start);
  return (
    <>
      <SelfAssessmentForm
        framework={hlm}
        subject="learner-1"
        value={value}
        onChange={(draft) => {
          seen.push(draft);
          setValue(draft);
        }}
      />
      <button type="button" onClick={() => setValue(savedHlm([]))}>
        Start again
      </button>
    </>
  );
}

describe('SelfAssessmentForm', () => {
  it('asks one question per assessed node, each a named radio group with the scale’s labels', () => {
    render(<SelfAssessmentForm framework={mlcf} subject="learner-1" audience="curriculum" />);
    const form = screen.getByRole('form', { name: 'MLCF self-assessment' });
    expect(within(form).getAllByRole('group')).toHaveLength(20);
    for (const node of mlcfNodes) {
      const group = question(`${node.code} ${node.title}`);
      const radios = within(group).getAllByRole('radio');
      expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        'not-observed',
      ]);
    }
    expect(screen.getByRole('heading', { level: 3, name: '4 Improving Services' })).toBeTruthy();
    const first = question('1.1 Developing Self Awareness');
    expect(within(first).getByRole('radio', { name: '3 — Sometimes' })).toBeTruthy();
    // For educators, the summary (our words) and where it comes from describe the group.
    expect(first.getAttribute('aria-describedby')).toMatch(/-summary$/);
    expect(within(first).getByText('Paraphrased')).toBeTruthy();
    // 4.3's summary is uncertain: the badge and the reason are shown as text.
    const uncertain = question('4.3 Encouraging Improvement and Innovation');
    expect(within(uncertain).getByText('Uncertain')).toBeTruthy();
    expect(within(uncertain).getByText(/^Uncertain: /)).toBeTruthy();
  });

  it('speaks to learners by default: no badges or notes, and what medlead wrote said once', () => {
    render(<SelfAssessmentForm framework={ama} subject="learner-1" />);
    const form = screen.getByRole('form', { name: 'AMA leadership self-assessment' });
    for (const word of ['Published', 'Paraphrased', 'Editorial', 'Uncertain'])
      expect(within(form).queryByText(new RegExp(word))).toBeNull();
    expect(
      within(form).getAllByText(
        'The names come from the American Medical Association; the descriptions and the ' +
          'rating scale are medlead’s own.',
      ),
    ).toHaveLength(1);
  });

  it('shows each level’s heading under its choice, and nothing where the heading is unknown', () => {
    render(<SelfAssessmentForm framework={hlm} subject="learner-1" />);
    const care = question('Leading with care');
    const strong = within(care).getByRole('radio', { name: '3 — Strong' });
    const description = document.getElementById(strong.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Providing opportunities for mutual support');
    // "Insufficient" is not a level of the model, so it has no heading.
    const insufficient = within(care).getByRole('radio', { name: '0 — Insufficient' });
    expect(insufficient.getAttribute('aria-describedby')).toBeNull();
    // No source gives the headings of "Evaluating information": its choices say only their names.
    const evaluating = question('Evaluating information');
    for (const radio of within(evaluating).getAllByRole('radio'))
      expect(radio.getAttribute('aria-describedby')).toBeNull();
  });

  it('has no axe violations: fresh, with importance and comments, and showing errors', async () => {
    const { container } = render(
      <SelfAssessmentForm
        framework={hlm}
        subject="learner-1"
        importanceScale="hlm:importance"
        allowComments
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is completed by keyboard alone (Tab, arrows, Space) and submits what was chosen', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SelfAssessmentForm framework={hlm} subject="learner-1" onSubmit={onSubmit} />);
    // Keys pressed in each question, from its first radio, and the value they leave chosen:
    // Space picks the first point, the arrows move and pick, ArrowUp wraps to "not observed".
    const plan: [string, number | null][] = [
      [' ', 0],
      ['{ArrowDown}', 1],
      ['{ArrowRight}{ArrowRight}', 2],
      ['{ArrowDown}{ArrowDown}{ArrowDown}', 3],
      ['{ArrowUp}', null],
      ['{ArrowUp}{ArrowUp}', 4],
      ['{ArrowDown}{ArrowDown}{ArrowUp}', 1],
      [' {ArrowDown}{ArrowDown}{ArrowLeft}', 1],
      ['{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}', 4],
    ];
    for (const [index, [keys]] of plan.entries()) {
      await user.tab();
      const node = hlmNodes[index];
      expect((document.activeElement as HTMLInputElement).name).toBe(`value:${node?.id}`);
      await user.keyboard(keys);
    }
    expect(screen.getByText('9 of 9 answered')).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Submit answers' }));
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const submitted = onSubmit.mock.calls[0]?.[0] as Assessment;
    const parsed = parseAssessment(submitted, { framework: hlm });
    expect(parsed.scale).toBe('hlm:self-assessment');
    expect(parsed.rater).toEqual({ id: 'learner-1', role: 'self' });
    expect(parsed.ratings).toEqual(
      plan.map(([, value], index) => ({ nodeId: hlmNodes[index]?.id, value })),
    );
    // Not observed is left out of the score, not counted as zero.
    const report = scoreAssessment(hlm, parsed);
    expect(report.unrated).toEqual(['hlm:sharing-the-vision']);
    expect(report.completeness).toEqual({ rated: 8, total: 9, ratio: 8 / 9 });
  });

  it('gives null for "not observed", and hides that choice when it is not allowed', async () => {
    const onChange = vi.fn();
    const { unmount } = render(
      <SelfAssessmentForm framework={hlm} subject="s" onChange={onChange} />,
    );
    await userEvent.click(
      within(question('Leading with care')).getByRole('radio', {
        name: 'Not observed / can’t say',
      }),
    );
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ ratings: [{ nodeId: 'hlm:leading-with-care', value: null }] }),
    );
    unmount();
    render(<SelfAssessmentForm framework={hlm} subject="s" allowNotObserved={false} />);
    expect(screen.queryByRole('radio', { name: 'Not observed / can’t say' })).toBeNull();
    expect(screen.getByText(/Every question needs an answer\./).textContent).not.toContain(
      'Not observed',
    );
  });

  it('submitting an incomplete form lists each unanswered question, focused, with links to them', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SelfAssessmentForm framework={mlcf} subject="learner-1" onSubmit={onSubmit} />);
    await user.click(
      within(question('1.1 Developing Self Awareness')).getByRole('radio', { name: '4 — Often' }),
    );
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(19);
    expect(links[0]?.textContent).toBe('Choose an answer for 1.2 Managing Yourself');

    // Each unanswered question says so too, linked to its group and marked invalid.
    const managing = question('1.2 Managing Yourself');
    const error = within(managing).getByText('Choose an answer for 1.2 Managing Yourself');
    expect(managing.getAttribute('aria-describedby')).toContain(error.closest('p')?.id);
    for (const radio of within(managing).getAllByRole('radio')) {
      expect(radio.getAttribute('aria-invalid')).toBe('true');
    }
    const answered = question('1.1 Developing Self Awareness');
    expect(within(answered).getAllByRole('radio')[0]?.getAttribute('aria-invalid')).toBeNull();

    // A link, by keyboard, moves focus to the first choice of its question.
    const planning = links.find((link) => link.textContent?.includes('3.1 Planning'));
    expect(planning).toBeDefined();
    planning?.focus();
    await user.keyboard('{Enter}');
    const firstChoice = within(question('3.1 Planning')).getAllByRole('radio')[0];
    expect(document.activeElement).toBe(firstChoice);
    expect(planning?.getAttribute('href')).toBe(`#${firstChoice?.id}`);

    // Answering a question takes its error away; the rest stay until fixed.
    await user.keyboard(' ');
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(18);
    expect(within(question('3.1 Planning')).queryByText(/Choose an answer/)).toBeNull();
  });

  it('names the problem when a value is off the scale, from core’s path-named issue', async () => {
    render(
      <SelfAssessmentForm
        framework={hlm}
        subject="learner-1"
        requireAll={false}
        defaultValue={savedHlm([{ nodeId: 'hlm:engaging-the-team', value: 7 }])}
      />,
    );
    // The bad value still shows, so nothing given is hidden.
    expect(
      within(question('Engaging the team')).getByRole('radio', { name: '7 (current answer)' }),
    ).toHaveProperty('checked', true);
    await userEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    const link = within(screen.getByRole('alert')).getByRole('link');
    expect(link.textContent).toMatch(/^Engaging the team: 7 is not on scale "hlm:self-assessment"/);
    await userEvent.click(
      within(question('Engaging the team')).getByRole('radio', { name: '3 — Strong' }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks importance, on the scale named, only when given an importance scale', async () => {
    const { unmount } = render(<SelfAssessmentForm framework={hlm} subject="s" />);
    expect(screen.queryByRole('group', { name: /How important/ })).toBeNull();
    unmount();
    const onChange = vi.fn();
    const onSubmit = vi.fn();
    render(
      <SelfAssessmentForm
        framework={hlm}
        subject="s"
        importanceScale="hlm:importance"
        requireAll={false}
        onChange={onChange}
        onSubmit={onSubmit}
      />,
    );
    const groups = screen.getAllByRole('group', {
      name: 'How important is this to your role? (optional)',
    });
    expect(groups).toHaveLength(9);
    expect(
      within(groups[0] as HTMLElement)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(findScale(hlm, 'hlm:importance')?.points.map((point) => String(point.value)));
    // Importance first waits for the rating, then joins it.
    const purpose = question(/^Inspiring shared purpose/);
    await userEvent.click(within(purpose).getByRole('radio', { name: '4 — Critical' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ ratings: [] }));
    await userEvent.click(within(purpose).getByRole('radio', { name: '2 — Proficient' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        importanceScale: 'hlm:importance',
        ratings: [{ nodeId: 'hlm:inspiring-shared-purpose', value: 2, importance: 4 }],
      }),
    );
    expect(within(purpose).getByRole('radio', { name: '4 — Critical' })).toHaveProperty(
      'checked',
      true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(parseAssessment(onSubmit.mock.calls[0]?.[0], { framework: hlm }).ratings).toEqual([
      { nodeId: 'hlm:inspiring-shared-purpose', value: 2, importance: 4 },
    ]);
  });

  it('sends every change as a valid partial assessment, in question order', async () => {
    const onChange = vi.fn();
    render(<SelfAssessmentForm framework={mlcf} subject="learner-9" onChange={onChange} />);
    await userEvent.click(
      within(question('2.3 Encouraging Contribution')).getByRole('radio', { name: '5 — Always' }),
    );
    await userEvent.click(
      within(question('1.4 Acting with Integrity')).getByRole('radio', { name: '2 — Rarely' }),
    );
    await userEvent.click(
      within(question('2.3 Encouraging Contribution')).getByRole('radio', {
        name: '3 — Sometimes',
      }),
    );
    expect(onChange).toHaveBeenCalledTimes(3);
    for (const [draft] of onChange.mock.calls) {
      expect(() => parseAssessment(draft, { framework: mlcf })).not.toThrow();
    }
    expect(onChange.mock.calls[2]?.[0]).toEqual({
      framework: 'mlcf@2010',
      scale: 'frequency-5',
      subject: 'learner-9',
      rater: { id: 'learner-9', role: 'self' },
      ratings: [
        { nodeId: 'mlcf:1.4', value: 2 },
        { nodeId: 'mlcf:2.3', value: 3 },
      ],
    });
    expect(screen.getByText('2 of 20 answered')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '2 of 20 answered' })).toHaveProperty(
      'value',
      2,
    );
  });

  it('works controlled: shows the value it is given and only changes when the parent does', async () => {
    const onChange = vi.fn();
    const fixed = savedHlm([{ nodeId: 'hlm:leading-with-care', value: 2 }]);
    const { unmount } = render(
      <SelfAssessmentForm framework={hlm} subject="learner-1" value={fixed} onChange={onChange} />,
    );
    const care = question('Leading with care');
    expect(within(care).getByRole('radio', { name: '2 — Proficient' })).toHaveProperty(
      'checked',
      true,
    );
    await userEvent.click(within(care).getByRole('radio', { name: '4 — Exemplary' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ ratings: [{ nodeId: 'hlm:leading-with-care', value: 4 }] }),
    );
    // The parent kept its value, so the form still shows it.
    expect(within(care).getByRole('radio', { name: '2 — Proficient' })).toHaveProperty(
      'checked',
      true,
    );
    unmount();

    const seen: Assessment[] = [];
    render(<ControllingParent start={fixed} seen={seen} />);
    await userEvent.click(
      within(question('Leading with care')).getByRole('radio', { name: '4 — Exemplary' }),
    );
    await userEvent.click(
      within(question('Holding to account')).getByRole('radio', { name: '1 — Essential' }),
    );
    expect(
      within(question('Leading with care')).getByRole('radio', { name: '4 — Exemplary' }),
    ).toHaveProperty('checked', true);
    expect(seen.at(-1)?.ratings).toEqual([
      { nodeId: 'hlm:leading-with-care', value: 4 },
      { nodeId: 'hlm:holding-to-account', value: 1 },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(
      screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);
    expect(screen.getByText('0 of 9 answered')).toBeTruthy();
  });

  it('keeps uncontrolled answers across re-renders with new props', async () => {
    const { rerender } = render(
      <SelfAssessmentForm framework={hlm} subject="learner-1" defaultValue={savedHlm([])} />,
    );
    await userEvent.click(
      within(question('Sharing the vision')).getByRole('radio', { name: '3 — Strong' }),
    );
    rerender(
      <SelfAssessmentForm
        framework={hlm}
        subject="learner-1"
        title="Your HLM check-in"
        defaultValue={savedHlm([])}
      />,
    );
    expect(screen.getByRole('form', { name: 'Your HLM check-in' })).toBeTruthy();
    expect(
      within(question('Sharing the vision')).getByRole('radio', { name: '3 — Strong' }),
    ).toHaveProperty('checked', true);
    expect(screen.getByText('1 of 9 answered')).toBeTruthy();
  });

  it('uses the scale it is given when a framework has several', async () => {
    const onSubmit = vi.fn();
    render(
      <SelfAssessmentForm
        framework={hlm}
        scale="hlm:levels"
        subject="s"
        requireAll={false}
        onSubmit={onSubmit}
      />,
    );
    const purpose = question(/^Inspiring shared purpose/);
    expect(
      within(purpose)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual([
      '1 — Essential',
      '2 — Proficient',
      '3 — Strong',
      '4 — Exemplary',
      'Not observed / can’t say',
    ]);
    expect(screen.queryByRole('radio', { name: '0 — Insufficient' })).toBeNull();
    expect(screen.getByText(/on the scale “Healthcare Leadership Model levels”/)).toBeTruthy();
    await userEvent.click(within(purpose).getByRole('radio', { name: '4 — Exemplary' }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    const submitted = parseAssessment(onSubmit.mock.calls[0]?.[0], { framework: hlm });
    expect(submitted.scale).toBe('hlm:levels');
    expect(submitted.ratings).toEqual([{ nodeId: 'hlm:inspiring-shared-purpose', value: 4 }]);
  });

  it('takes a generic scale, another rater and comments', async () => {
    const onSubmit = vi.fn();
    render(
      <SelfAssessmentForm
        framework={mlcf}
        scale="agreement-5"
        subject="learner-1"
        rater={{ id: 'supervisor-7', role: 'manager' }}
        allowComments
        requireAll={false}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByRole('form', { name: 'MLCF assessment' })).toBeTruthy();
    const planning = question('3.1 Planning');
    // A comment typed first waits for the rating, then joins it.
    await userEvent.type(
      within(planning).getByRole('textbox', { name: 'Comment (optional)' }),
      'Runs rotas well',
    );
    await userEvent.click(within(planning).getByRole('radio', { name: '4 — Agree' }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    const submitted = parseAssessment(onSubmit.mock.calls[0]?.[0], { framework: mlcf });
    expect(submitted.rater).toEqual({ id: 'supervisor-7', role: 'manager' });
    expect(submitted.scale).toBe('agreement-5');
    expect(submitted.ratings).toEqual([
      { nodeId: 'mlcf:3.1', value: 4, comment: 'Runs rotas well' },
    ]);
  });

  it('names the problem for bad input instead of drawing nonsense', () => {
    expect(() =>
      renderToString(<SelfAssessmentForm framework={hlm} scale="mlcf:nope" subject="s" />),
    ).toThrow('"mlcf:nope" is not a scale of hlm@2013');
    expect(() =>
      renderToString(<SelfAssessmentForm framework={hlm} subject="s" importanceScale="hlm:nope" />),
    ).toThrow('"hlm:nope" is not a scale of hlm@2013');
    expect(() => renderToString(<SelfAssessmentForm framework={hlm} subject=" " />)).toThrow(
      '"subject" must be a non-empty id',
    );
    expect(() =>
      renderToString(
        <SelfAssessmentForm framework={mlcf} subject="s" defaultValue={savedHlm([])} />,
      ),
    ).toThrow('the assessment is of "hlm@2013" but the form is for mlcf@2010');
    expect(() =>
      renderToString(
        <SelfAssessmentForm framework={hlm} scale="hlm:levels" subject="s" value={savedHlm([])} />,
      ),
    ).toThrow('the assessment is on scale "hlm:self-assessment" but the form asks on "hlm:levels"');
  });
});
