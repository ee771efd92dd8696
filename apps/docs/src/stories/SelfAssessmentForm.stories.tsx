import { type Assessment, assessableNodes, findScale, hlm } from '@medlead/core';
import { SelfAssessmentForm, type SelfAssessmentFormProps } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { assessmentSamples } from './samples';
import {
  audienceArgType,
  darkGlobals,
  frameworkArgType,
  frameworkOption,
  Guard,
  option,
  phoneGlobals,
  sampleArgType,
  scaleIds,
  themeArgType,
} from './story-kit';

/** Why the controls' choices cannot make a form (a scale the framework lacks…), or undefined. */
function formProblem(args: SelfAssessmentFormProps): string | undefined {
  const { framework } = args;
  for (const [what, id] of [
    ['scale', args.scale],
    ['importanceScale', args.importanceScale],
  ] as const) {
    if (id !== undefined && findScale(framework, id) === undefined)
      return `"${id}" (${what}) is not a scale of ${framework.key}: pick another in Controls.`;
  }
  const answers = args.value ?? args.defaultValue;
  if (args.scale !== undefined && answers !== undefined && answers.scale !== args.scale)
    return `The answers chosen are on "${answers.scale}", not "${args.scale}": set scale to default.`;
  if (args.subject.trim() === '') return 'Give a subject in Controls: the form needs an id.';
  return undefined;
}

/** Which question is which: the HLM's nine dimensions, in the form's order. */
const hlmQuestions = assessableNodes(hlm);

/** A question's accessible name: its title, then a provenance badge when it is not published. */
const questionNamed = (title: string | undefined) =>
  new RegExp(`^${(title ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);

const meta = {
  title: 'Components/SelfAssessmentForm',
  component: SelfAssessmentForm,
  parameters: {
    docs: {
      description: {
        component:
          'A self-assessment (or a 360 rating) as a plain HTML form: one question per assessed node under its domain’s heading, each a native radio group (Tab moves between questions, the arrow keys choose within one, as the browser does it), with the node’s summary, each level’s heading under its choice where the framework gives one (the HLM), “Not observed / can’t say”, an optional importance question and comment, and a live count of answers. On submit it checks the answers with core; if anything is missing it lists the problems at the top, focused, each a link to its question, and marks each question, as the GOV.UK error summary does. `onSubmit` only ever gets an assessment that `parseAssessment` accepts. Learners (the default `audience`) see no provenance badges or research notes, only one plain line saying what medlead wrote; `audience="curriculum"` shows where every item comes from.',
      },
    },
  },
  argTypes: {
    framework: frameworkArgType,
    subject: {
      description: 'Opaque id of the person assessed, put into the assessment (never shown).',
      control: 'text',
      table: { type: { summary: 'string' } },
    },
    scale: {
      description:
        "The rating scale's id. Default: the answers' scale (from `value` or `defaultValue`), else the framework's default.",
      options: ['default', ...scaleIds],
      mapping: { default: undefined },
      control: 'select',
      table: { type: { summary: 'string' } },
    },
    rater: {
      description: "Who is rating. Default `{ id: subject, role: 'self' }`.",
      control: 'object',
      table: { type: { summary: '{ id: string; role: RaterRole }' } },
    },
    importanceScale: {
      description:
        'When given, each question also asks how important the node is, on this scale (an optional answer).',
      options: ['none', ...scaleIds],
      mapping: { none: undefined },
      control: 'select',
      table: { type: { summary: 'string' } },
    },
    allowNotObserved: {
      description: 'Offer “Not observed / can’t say” (rated `null`).',
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'true' } },
    },
    allowComments: {
      description: 'Offer a comment box under each question.',
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false' } },
    },
    requireAll: {
      description: 'Every question needs an answer (a rating or “not observed”) before submitting.',
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'true' } },
    },
    value: sampleArgType(
      'The answers shown, for a controlled form: the host updates it from `onChange` (here it stays as chosen).',
      assessmentSamples,
      'Assessment',
    ),
    defaultValue: sampleArgType(
      'The answers to start from, for an uncontrolled form.',
      assessmentSamples,
      'Assessment',
    ),
    onChange: {
      description:
        'Called on every change with the assessment so far: valid, but possibly partial.',
      table: { type: { summary: '(draft: Assessment) => void' } },
    },
    onSubmit: {
      description:
        "Called on submit, only with a complete assessment that core's `parseAssessment` accepts.",
      table: { type: { summary: '(assessment: Assessment) => void' } },
    },
    title: {
      description:
        'The heading and accessible name. Default: the framework\'s short title and "self-assessment" ("assessment" for another rater).',
      control: 'text',
      table: { type: { summary: 'string' } },
    },
    audience: audienceArgType('learner'),
    theme: themeArgType,
    className: {
      description: 'Extra class names on the form.',
      control: 'text',
      table: { type: { summary: 'string' } },
    },
  },
  args: {
    framework: frameworkOption('hlm@2013'),
    subject: 'learner-01',
    onChange: fn(),
    onSubmit: fn(),
  },
  render: (args) => {
    const problem = formProblem(args);
    if (problem !== undefined) return <p role="status">{problem}</p>;
    return (
      <Guard framework={args.framework} samples={[args.value, args.defaultValue]}>
        {/* A new starting point (another framework or sample) starts a new form. */}
        <SelfAssessmentForm
          key={`${args.framework.key} ${args.defaultValue?.subject ?? 'blank'}`}
          {...args}
        />
      </Guard>
    );
  },
} satisfies Meta<typeof SelfAssessmentForm>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- States ------------------------------------------------------------------------------------

/** Nothing answered yet: nine questions on the HLM, "0 of 9 answered". */
export const Empty: Story = {};

/** Half answered, from a generated self-assessment (`defaultValue`): the count says how far. */
export const Partial: Story = {
  args: { defaultValue: option(assessmentSamples, 'HLM (2013): partial') },
};

/** Every question answered, importance too (the generated assessment rates it): ready to submit. */
export const Complete: Story = {
  args: { defaultValue: option(assessmentSamples, 'HLM (2013): complete') },
};

/** Each question also asks how important the dimension is to the role (optional), on 1–4. */
export const WithImportance: Story = {
  name: 'With importance scale',
  args: { importanceScale: 'hlm:importance' },
};

/** A comment box under each question (optional), on a half-answered form. */
export const WithComments: Story = {
  args: {
    allowComments: true,
    defaultValue: option(assessmentSamples, 'HLM (2013): partial'),
  },
  name: 'With comments',
};

/** `allowNotObserved={false}`: every question must be rated on the scale itself. */
export const NotObservedHidden: Story = {
  name: '“Not observed” hidden',
  args: { allowNotObserved: false },
};

/** `requireAll={false}`: answer what you can; a partial assessment submits. */
export const OptionalAnswers: Story = {
  args: {
    requireAll: false,
    defaultValue: option(assessmentSamples, 'HLM (2013): partial'),
  },
  name: 'Optional answers',
};

/** A manager rating the subject in a 360: the heading says "assessment", not "self-assessment". */
export const As360Rater: Story = {
  name: 'As a 360 rater (manager)',
  args: {
    subject: 'learner-07',
    rater: { id: 'manager-1', role: 'manager' },
    importanceScale: 'hlm:importance',
  },
};

// --- Every framework edition -------------------------------------------------------------------

/**
 * The MLCF's 20 elements under their five domains, with long names that wrap; half answered,
 * some "not observed", on the generic frequency scale medlead uses (the MLCF publishes none).
 */
export const MLCF2010: Story = {
  name: 'MLCF (2010), 20 elements, long labels',
  args: {
    framework: frameworkOption('mlcf@2010'),
    defaultValue: option(assessmentSamples, 'MLCF (2010): partial'),
  },
};

export const HLM2013: Story = {
  name: 'HLM (2013)',
  args: { defaultValue: option(assessmentSamples, 'HLM (2013): partial') },
};

export const AMA2020: Story = {
  name: 'AMA leadership (2020)',
  args: {
    framework: frameworkOption('ama@2020'),
    defaultValue: option(assessmentSamples, 'AMA leadership (2020): partial'),
  },
};

export const FMLM2016: Story = {
  name: 'FMLM standards (2016)',
  args: {
    framework: frameworkOption('fmlm@2016'),
    defaultValue: option(assessmentSamples, 'FMLM standards (2016): partial'),
  },
};

export const FMLM2021: Story = {
  name: 'FMLM standards (2021)',
  args: {
    framework: frameworkOption('fmlm@2021'),
    defaultValue: option(assessmentSamples, 'FMLM standards (2021): partial'),
  },
};

/**
 * `audience="curriculum"`: the same AMA form as educators see it, each name and summary with where
 * it comes from ("Editorial": medlead wrote it) and every uncertainty note, and the scale's source.
 * Learners (the default) see none of this, only one plain line saying what medlead wrote.
 */
export const CurriculumView: Story = {
  name: 'Curriculum view (AMA leadership)',
  args: {
    framework: frameworkOption('ama@2020'),
    audience: 'curriculum',
    defaultValue: option(assessmentSamples, 'AMA leadership (2020): partial'),
  },
};

// --- Errors ------------------------------------------------------------------------------------

/**
 * Submitting with questions unanswered: the error summary appears at the top and takes focus,
 * one link per unanswered question, and each question says what is missing.
 */
export const ErrorState: Story = {
  name: 'Error state (submitted empty)',
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    await step('Submit with nothing answered', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Submit answers' }));
      await expect(args.onSubmit).not.toHaveBeenCalled();
    });
    await step('the error summary is focused and links to every question', async () => {
      const summary = canvas.getByRole('alert');
      await expect(summary).toHaveFocus();
      await expect(
        within(summary).getByRole('heading', { name: 'There is a problem' }),
      ).toBeVisible();
      const links = within(summary).getAllByRole('link');
      await expect(links).toHaveLength(hlmQuestions.length);
      await expect(links[0]).toHaveTextContent(`Choose an answer for ${hlmQuestions[0]?.title}`);
    });
    await step('each question is marked invalid', async () => {
      const first = canvas.getByRole('group', { name: questionNamed(hlmQuestions[0]?.title) });
      for (const radio of within(first).getAllByRole('radio'))
        await expect(radio).toHaveAttribute('aria-invalid', 'true');
    });
  },
};

// --- Theme and width ---------------------------------------------------------------------------

export const DarkTheme: Story = {
  globals: darkGlobals,
  args: {
    importanceScale: 'hlm:importance',
    allowComments: true,
    defaultValue: option(assessmentSamples, 'HLM (2013): partial'),
  },
  name: 'Dark theme',
};

/** At 360 px the choices stack, each a tall target; long names wrap inside the form. */
export const PhoneWidth: Story = {
  globals: phoneGlobals,
  args: {
    framework: frameworkOption('mlcf@2010'),
    defaultValue: option(assessmentSamples, 'MLCF (2010): partial'),
  },
  name: 'Phone width',
};

// --- Interaction -------------------------------------------------------------------------------

/**
 * The whole HLM form by keyboard alone: Tab to each question (a radio group is one Tab stop),
 * Space to choose its first point and ArrowDown to move up the scale, then Tab to the button and
 * Enter. `onSubmit` gets the assessment, one rating per dimension.
 */
export const CompleteByKeyboard: Story = {
  name: 'Complete by keyboard',
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const scale = findScale(hlm, hlm.defaultScale);
    const points = scale?.points ?? [];
    // Question i gets the scale's point i mod 3: Space, then ArrowDown that many times.
    const chosen = hlmQuestions.map((_, index) => points[index % 3]?.value);

    for (const [index, node] of hlmQuestions.entries()) {
      await step(`Question ${index + 1}: ${node.title}`, async () => {
        await userEvent.tab();
        const question = canvas.getByRole('group', { name: questionNamed(node.title) });
        await expect(within(question).getAllByRole('radio')[0]).toHaveFocus();
        await userEvent.keyboard(` ${'{ArrowDown}'.repeat(index % 3)}`);
        const radio = within(question).getByRole('radio', { checked: true });
        await expect(radio).toHaveFocus();
        await expect(radio).toHaveAttribute('value', String(chosen[index]));
        await expect(
          canvas.getByText(`${index + 1} of ${hlmQuestions.length} answered`),
        ).toBeVisible();
      });
    }
    await step('Tab to the button and submit with Enter', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Submit answers' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(canvas.queryByRole('alert')).toBeNull();
      await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    });
    await step('onSubmit got one rating per dimension, as chosen', async () => {
      const assessment = (args.onSubmit as ReturnType<typeof fn>).mock.calls[0]?.[0] as Assessment;
      await expect(assessment.ratings).toHaveLength(9);
      await expect(assessment.ratings.map((rating) => rating.value)).toEqual(chosen);
      await expect(assessment.ratings.map((rating) => rating.nodeId)).toEqual(
        hlmQuestions.map((node) => node.id),
      );
      await expect(assessment).toMatchObject({ framework: hlm.key, subject: args.subject });
    });
  },
};
