import {
  type Assessment,
  type Framework,
  type FrameworkNode,
  findScale,
  type LevelHeading,
  type RaterRole,
  type RatingScale,
} from '@medlead/core';
import {
  type CSSProperties,
  type FormEvent,
  Fragment,
  type MouseEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { authorshipNote, type ShownScale } from '../shared/authorship';
import type { Audience } from '../shared/chart-props';
import { formatValue } from '../shared/format-value';
import { ProvenanceBadge } from '../shared/provenance';
import {
  type Answer,
  type AnswerChange,
  answerOf,
  applyChange,
  checkDraft,
  draftAssessment,
  levelHeadings,
  type PendingAnswer,
  questionGroups,
  questionName,
} from './assessment-draft';

export interface SelfAssessmentFormProps {
  readonly framework: Framework;
  /** The rating scale's id. Default: the assessment's scale (from `value`), else the framework's default. */
  readonly scale?: string;
  /** Opaque id of the person assessed, put into the assessment (never shown). */
  readonly subject: string;
  /** Who is rating. Default `{ id: subject, role: 'self' }`. */
  readonly rater?: { readonly id: string; readonly role: RaterRole };
  /** When given, each question also asks how important the node is, on this scale (optional answer). */
  readonly importanceScale?: string;
  /** Offer "Not observed / can't say" (rated `null`). Default true. */
  readonly allowNotObserved?: boolean;
  /** Offer a comment box under each question. Default false. */
  readonly allowComments?: boolean;
  /** The assessment shown, for a controlled form (update it from `onChange`). */
  readonly value?: Assessment;
  /** The assessment to start from, for an uncontrolled form. */
  readonly defaultValue?: Assessment;
  /** Called on every change with the assessment so far: valid, but possibly partial. */
  readonly onChange?: (draft: Assessment) => void;
  /** Called on submit, only with a complete assessment that core's `parseAssessment` accepts. */
  readonly onSubmit?: (assessment: Assessment) => void;
  /** Every question needs an answer (a rating or "not observed") before submitting. Default true. */
  readonly requireAll?: boolean;
  /** The form's heading and accessible name. Default "<framework> self-assessment". */
  readonly title?: string;
  /**
   * Whom the form speaks to. `learner` (default): plain words, no provenance badges or notes; what
   * medlead wrote where the owner published none is said once, under the introduction.
   * `curriculum`: each item's provenance and uncertainty, for educators.
   */
  readonly audience?: Audience;
  /** Force a colour set; by default the user's preference decides. */
  readonly theme?: 'light' | 'dark';
  readonly className?: string;
}

const NOT_OBSERVED = 'not-observed';

/**
 * A self-assessment (or 360 rating) as a plain HTML form: one question per assessed node, under its
 * domain's heading, each a native radio group (so the arrow keys move within a question and Tab
 * between them, as the browser does it), with the node's summary in our words (and, for the
 * curriculum audience, where each comes from) and, where the framework gives them, each level's
 * heading under its choice. It counts the answers as it goes; on submit it checks the assessment with core and, if
 * anything is missing or wrong, lists the problems at the top (each a link to its question) and
 * marks each question, as the GOV.UK error summary does.
 */
export function SelfAssessmentForm({
  framework,
  scale: scaleProp,
  subject,
  rater: raterProp,
  importanceScale: importanceScaleProp,
  allowNotObserved = true,
  allowComments = false,
  value,
  defaultValue,
  onChange,
  onSubmit,
  requireAll = true,
  title,
  audience = 'learner',
  theme,
  className,
}: SelfAssessmentFormProps) {
  const id = useId();
  const [own, setOwn] = useState<Assessment | undefined>(defaultValue);
  // Importance or a comment given before the rating itself has nowhere to live in an assessment.
  const [pending, setPending] = useState<ReadonlyMap<string, PendingAnswer>>(() => new Map());
  const [showErrors, setShowErrors] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);

  const current = value ?? own;
  if (subject.trim() === '') throw new Error('medlead: "subject" must be a non-empty id');
  if (current !== undefined && current.framework !== framework.key) {
    throw new Error(
      `medlead: the assessment is of "${current.framework}" but the form is for ${framework.key}`,
    );
  }
  const scaleId = scaleProp ?? current?.scale ?? framework.defaultScale;
  const scale = requireScale(framework, scaleId);
  if (current !== undefined && current.scale !== scaleId) {
    throw new Error(
      `medlead: the assessment is on scale "${current.scale}" but the form asks on "${scaleId}"`,
    );
  }
  const importanceScaleId = importanceScaleProp ?? current?.importanceScale;
  const importance =
    importanceScaleId === undefined ? undefined : requireScale(framework, importanceScaleId);
  const rater = raterProp ?? { id: subject, role: 'self' as const };
  const ratings = current?.ratings ?? [];
  const groups = questionGroups(framework);
  const questions = groups.flatMap((group) => group.questions);
  const draft = draftAssessment({
    framework,
    scale: scaleId,
    importanceScale: importanceScaleId,
    subject,
    rater,
    ratings,
  });
  const answered = questions.filter(({ node }) =>
    ratings.some((rating) => rating.nodeId === node.id),
  ).length;
  // After a failed submit the problems are rechecked as answers come in, so each goes as it is fixed.
  const errors = showErrors
    ? checkDraft(framework, questions, draft, { requireAll }).errors
    : undefined;
  const hasErrors = errors !== undefined && (errors.byNode.size > 0 || errors.general.length > 0);

  const change = (nodeId: string, answer: AnswerChange) => {
    const next = applyChange(questions, ratings, pending, nodeId, answer);
    setPending(next.pending);
    const nextDraft = draftAssessment({
      framework,
      scale: scaleId,
      importanceScale: importanceScaleId,
      subject,
      rater,
      ratings: next.ratings,
    });
    if (value === undefined) setOwn(nextDraft);
    onChange?.(nextDraft);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { assessment } = checkDraft(framework, questions, draft, { requireAll });
    if (assessment === undefined) {
      setShowErrors(true);
      setFocusRequest((count) => count + 1);
    } else {
      setShowErrors(false);
      onSubmit?.(assessment);
    }
  };

  const questionIndex = new Map(questions.map((question, index) => [question.node.id, index]));
  const questionId = (nodeId: string) => `${id}-q${questionIndex.get(nodeId) ?? 0}`;
  const heading =
    title ?? `${framework.shortTitle} ${rater.role === 'self' ? 'self-assessment' : 'assessment'}`;
  const plural = framework.terms[framework.assessedKind]?.plural ?? 'questions';
  const shownScales: ShownScale[] = [{ name: 'rating scale', scale }];
  if (importance !== undefined) shownScales.push({ name: 'importance scale', scale: importance });
  // Learners are told once, in plain words, what medlead wrote; educators see it item by item.
  const authorship = audience === 'learner' ? authorshipNote(framework, shownScales) : undefined;

  return (
    <form
      className={['medlead', 'medlead-form', className].filter(Boolean).join(' ')}
      data-theme={theme}
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={submit}
    >
      <h2 id={`${id}-title`} className="medlead-caption medlead-form-title">
        {heading}
      </h2>
      <p className="medlead-form-intro">
        {`Rate each of the ${questions.length} ${plural} on the scale “${scale.title}”. `}
        {requireAll ? 'Every question needs an answer. ' : 'Answer the questions you can. '}
        {allowNotObserved && 'If you cannot judge one, choose “Not observed / can’t say”.'}
      </p>
      {authorship !== undefined && <p className="medlead-form-note">{authorship}</p>}
      {audience === 'curriculum' && (
        <>
          <ScaleNote what="Scale" scale={scale} />
          {importance !== undefined && <ScaleNote what="Importance scale" scale={importance} />}
        </>
      )}
      {hasErrors && (
        <div
          ref={summaryRef}
          className="medlead-form-error-summary"
          role="alert"
          aria-labelledby={`${id}-errors`}
          tabIndex={-1}
        >
          <h2 id={`${id}-errors`} className="medlead-form-error-title">
            There is a problem
          </h2>
          <ul>
            {questions
              .filter(({ node }) => errors.byNode.has(node.id))
              .map(({ node }) => (
                <li key={node.id}>
                  <a
                    href={`#${questionId(node.id)}-0`}
                    onClick={(event) => focusQuestion(event, `${questionId(node.id)}-0`)}
                  >
                    {errors.byNode.get(node.id)}
                  </a>
                </li>
              ))}
            {errors.general.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="medlead-form-progress">
        <progress
          id={`${id}-progress`}
          max={questions.length}
          value={answered}
          aria-labelledby={`${id}-count`}
        />
        {/* Polite and atomic: it speaks only when the count changes, not on every click. */}
        <p id={`${id}-count`} aria-live="polite" aria-atomic="true">
          {`${answered} of ${questions.length} answered`}
        </p>
      </div>
      {/* For a plain form post without JavaScript: what the answers are of. */}
      <input type="hidden" name="framework" value={framework.key} />
      <input type="hidden" name="scale" value={scaleId} />
      <input type="hidden" name="subject" value={subject} />
      <input type="hidden" name="rater" value={rater.id} />
      <input type="hidden" name="raterRole" value={rater.role} />
      {importanceScaleId !== undefined && (
        <input type="hidden" name="importanceScale" value={importanceScaleId} />
      )}
      {groups.map((group) => {
        const fieldsets = group.questions.map(({ node }) => (
          <Question
            key={node.id}
            node={node}
            id={questionId(node.id)}
            audience={audience}
            headings={levelHeadings(framework, node, scale)}
            scale={scale}
            importance={importance}
            allowNotObserved={allowNotObserved}
            allowComments={allowComments}
            required={requireAll}
            answer={answerOf(ratings, pending, node.id)}
            error={errors?.byNode.get(node.id)}
            onAnswer={(answer) => change(node.id, answer)}
          />
        ));
        // Top-level assessed nodes (HLM's dimensions) have no domain to sit under.
        if (group.parent === null)
          return <Fragment key={group.questions[0]?.node.id}>{fieldsets}</Fragment>;
        const headingId = `${id}-g-${group.parent.id}`;
        return (
          <section key={group.parent.id} className="medlead-form-group" aria-labelledby={headingId}>
            <h3 id={headingId} className="medlead-form-group-title">
              {questionName(group.parent)}
            </h3>
            {fieldsets}
          </section>
        );
      })}
      <div className="medlead-form-actions">
        <button type="submit" className="medlead-form-submit">
          Submit answers
        </button>
      </div>
    </form>
  );
}

interface QuestionProps {
  readonly node: FrameworkNode;
  readonly id: string;
  readonly audience: Audience;
  /** The node's heading for each point of the scale, by value, where the framework gives one. */
  readonly headings: ReadonlyMap<number, LevelHeading>;
  readonly scale: RatingScale;
  readonly importance: RatingScale | undefined;
  readonly allowNotObserved: boolean;
  readonly allowComments: boolean;
  /** Whether the question must be answered (the radios say so; the form checks it on submit). */
  readonly required: boolean;
  readonly answer: Answer;
  readonly error: string | undefined;
  readonly onAnswer: (change: AnswerChange) => void;
}

/** One assessed node: its name, summary (and provenance), the scale, importance and a comment. */
function Question({
  node,
  id,
  audience,
  headings,
  scale,
  importance,
  allowNotObserved,
  allowComments,
  required,
  answer,
  error,
  onAnswer,
}: QuestionProps) {
  const curriculum = audience === 'curriculum';
  const notes = [node.uncertain, node.summary.uncertain].filter(
    (note): note is string => note !== undefined,
  );
  // A value that is not a labelled point (on a stepped scale, or from bad input) still shows.
  const offPoint =
    typeof answer.value === 'number' && !scale.points.some((point) => point.value === answer.value)
      ? answer.value
      : undefined;
  const name = `value:${node.id}`;
  return (
    <fieldset
      id={id}
      className="medlead-question"
      data-invalid={error === undefined ? undefined : ''}
      aria-describedby={[`${id}-summary`, error === undefined ? '' : `${id}-error`]
        .filter(Boolean)
        .join(' ')}
    >
      <legend className="medlead-question-legend">
        {questionName(node)}
        {curriculum && node.provenance !== 'published' && (
          <>
            {' '}
            <ProvenanceBadge provenance={node.provenance} />
          </>
        )}
      </legend>
      <p id={`${id}-summary`} className="medlead-question-summary">
        {node.summary.text}
        {curriculum && (
          <>
            {' '}
            <ProvenanceBadge provenance={node.summary.provenance} uncertain={notes.length > 0} />
          </>
        )}
      </p>
      {curriculum &&
        notes.map((note) => (
          <p key={note} className="medlead-form-note">
            {`Uncertain: ${note}`}
          </p>
        ))}
      {error !== undefined && (
        <p id={`${id}-error`} className="medlead-question-error">
          <span className="medlead-form-sr-only">Error: </span>
          {error}
        </p>
      )}
      <div
        className="medlead-options"
        {...optionColumns(scale.points.length)}
        data-described={
          headings.size > 0 || scale.points.some((point) => point.summary !== undefined)
            ? ''
            : undefined
        }
      >
        {scale.points.map((point, index) => (
          <Option
            key={point.value}
            id={`${id}-${index}`}
            name={name}
            value={String(point.value)}
            label={`${formatValue(point.value)} — ${point.label}`}
            heading={headings.get(point.value)}
            curriculum={curriculum}
            summary={point.summary}
            checked={answer.value === point.value}
            required={required}
            invalid={error !== undefined}
            onCheck={() => onAnswer({ field: 'value', value: point.value })}
          />
        ))}
        {offPoint !== undefined && (
          <Option
            id={`${id}-off`}
            name={name}
            value={String(offPoint)}
            label={`${formatValue(offPoint)} (current answer)`}
            checked
            required={required}
            invalid={error !== undefined}
            onCheck={() => onAnswer({ field: 'value', value: offPoint })}
          />
        )}
        {allowNotObserved && (
          <Option
            id={`${id}-na`}
            name={name}
            value={NOT_OBSERVED}
            label="Not observed / can’t say"
            checked={answer.value === null}
            required={required}
            invalid={error !== undefined}
            notObserved
            onCheck={() => onAnswer({ field: 'value', value: null })}
          />
        )}
      </div>
      {importance !== undefined && (
        <fieldset className="medlead-importance">
          <legend className="medlead-importance-legend">
            How important is this to your role? (optional)
          </legend>
          <div
            className="medlead-options"
            {...optionColumns(importance.points.length)}
            data-described={
              importance.points.some((point) => point.summary !== undefined) ? '' : undefined
            }
          >
            {importance.points.map((point, index) => (
              <Option
                key={point.value}
                id={`${id}-i${index}`}
                name={`importance:${node.id}`}
                value={String(point.value)}
                label={`${formatValue(point.value)} — ${point.label}`}
                summary={point.summary}
                checked={answer.importance === point.value}
                onCheck={() => onAnswer({ field: 'importance', value: point.value })}
              />
            ))}
          </div>
        </fieldset>
      )}
      {allowComments && (
        <div className="medlead-comment">
          <label htmlFor={`${id}-comment`}>Comment (optional)</label>
          <textarea
            id={`${id}-comment`}
            name={`comment:${node.id}`}
            rows={2}
            maxLength={10_000}
            value={answer.comment ?? ''}
            onChange={(event) => onAnswer({ field: 'comment', value: event.target.value })}
          />
        </div>
      )}
    </fieldset>
  );
}

/**
 * A scale of up to six points lays its choices out in one row of equal columns when the form is
 * wide enough (the stylesheet decides when); a longer scale wraps them in a grid. Either way "Not
 * observed" never shares a line with a scale point it could be mistaken for.
 */
function optionColumns(count: number): {
  'data-columns'?: '';
  style?: CSSProperties;
} {
  if (count > 6) return {};
  return { 'data-columns': '', style: { '--medlead-option-columns': count } as CSSProperties };
}

interface OptionProps {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly label: string;
  /** The level's heading for this node, where the framework gives one (HLM). */
  readonly heading?: LevelHeading | undefined;
  /** Show the heading's provenance when it is not as published. */
  readonly curriculum?: boolean;
  readonly summary?: string | undefined;
  readonly checked: boolean;
  readonly required?: boolean;
  readonly invalid?: boolean;
  readonly notObserved?: boolean;
  readonly onCheck: () => void;
}

/** One radio button; its whole box is the click target, and its summary describes it. */
function Option({
  id,
  name,
  value,
  label,
  heading,
  curriculum = false,
  summary,
  checked,
  required,
  invalid,
  notObserved,
  onCheck,
}: OptionProps) {
  const described = heading !== undefined || summary !== undefined;
  return (
    <div
      className={
        notObserved === true ? 'medlead-option medlead-option-not-observed' : 'medlead-option'
      }
    >
      <input
        type="radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        required={required}
        aria-invalid={invalid === true ? true : undefined}
        aria-describedby={described ? `${id}-desc` : undefined}
        onChange={onCheck}
      />
      <label htmlFor={id}>{label}</label>
      {described && (
        <span id={`${id}-desc`} className="medlead-option-summary">
          {heading !== undefined && heading.title !== null && (
            <span className="medlead-option-heading">
              {heading.title}
              {curriculum && heading.provenance !== 'published' && (
                <>
                  {' '}
                  <ProvenanceBadge
                    provenance={heading.provenance}
                    uncertain={heading.uncertain !== undefined}
                  />
                </>
              )}
            </span>
          )}
          {summary}
        </span>
      )}
    </div>
  );
}

/** Where a scale comes from and, when it is uncertain, why. */
function ScaleNote({ what, scale }: { readonly what: string; readonly scale: RatingScale }) {
  return (
    <p className="medlead-form-note">
      {`${what} “${scale.title}”: `}
      <ProvenanceBadge provenance={scale.provenance} uncertain={scale.uncertain !== undefined} />
      {scale.uncertain !== undefined && ` ${scale.uncertain}`}
    </p>
  );
}

function requireScale(framework: Framework, scaleId: string): RatingScale {
  const scale = findScale(framework, scaleId);
  if (scale === undefined)
    throw new Error(`medlead: "${scaleId}" is not a scale of ${framework.key}`);
  return scale;
}

/** The error summary's links: focus the question's first choice and bring its legend into view. */
function focusQuestion(event: MouseEvent<HTMLAnchorElement>, inputId: string) {
  // Inside a custom element's shadow root `document` cannot see the form, so look up from the link.
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const input = root.getElementById(inputId);
  if (input === null) return;
  event.preventDefault();
  input.focus({ preventScroll: true });
  const fieldset = input.closest('fieldset');
  if (fieldset !== null && typeof fieldset.scrollIntoView === 'function') {
    fieldset.scrollIntoView({ block: 'start' });
  }
}
