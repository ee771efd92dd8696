import { MedleadValidationError } from '@medlead/core';
import { Component, type ReactNode } from 'react';
import { ElementProblem } from './inputs';

export type Theme = 'light' | 'dark';

interface MessageProps {
  /** What the element shows, in words: "competency wheel". */
  readonly label: string;
  readonly theme: Theme | undefined;
}

/**
 * What is wrong, as text (React escapes it: markup in an attribute comes out as characters, never
 * as elements). Announced when it appears, since it may replace a chart after a fetch fails.
 */
export function ProblemMessage({
  label,
  theme,
  messages,
}: MessageProps & { readonly messages: readonly string[] }) {
  return (
    <div
      className="medlead medlead-element-message medlead-element-problem"
      data-theme={theme}
      role="alert"
    >
      <p>
        <strong>{`The ${label} could not be shown:`}</strong>
      </p>
      <ul>
        {messages.map((message, index) => (
          // The same message may come twice; the list never reorders, so the index is a fine key.
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list of lines
          <li key={index}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** While a `src` file loads. */
export function LoadingMessage({ label, theme }: MessageProps) {
  return (
    <p className="medlead medlead-element-message" data-theme={theme} role="status">
      {`Loading the ${label}…`}
    </p>
  );
}

/** What the page says for an error nobody foresaw: its own text is for developers, not learners. */
export const UNEXPECTED_PROBLEM =
  'Something went wrong while drawing it. Reloading the page may help; if it does not, tell the person who runs this page.';

/**
 * The lines to show for anything thrown: our own problems and core's validation issues as they
 * are; anything else (a bug, a browser's TypeError) as one plain line, the error itself going to
 * the console for whoever runs the page.
 */
export function messagesOf(error: unknown): readonly string[] {
  const messages = describeError(error);
  if (messages === undefined) {
    console.error('medlead:', error);
    return [UNEXPECTED_PROBLEM];
  }
  return messages;
}

/** Our own words for an error, or undefined for one nobody foresaw. */
function describeError(error: unknown): readonly string[] | undefined {
  if (error instanceof ElementProblem) return error.messages;
  if (error instanceof MedleadValidationError && error.issues.length > 0) {
    return error.issues.map((issue) =>
      issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`,
    );
  }
  // The @medlead/react components say what is wrong with their props as "medlead: …" (a scale the
  // framework does not have, say): written for people, so shown.
  if (error instanceof Error && error.name === 'Error' && /^medlead: [^\n]+$/.test(error.message)) {
    return [error.message.slice('medlead: '.length)];
  }
  return undefined;
}

/**
 * The problem message made with the DOM alone (text only), for when even drawing the message
 * with the renderer failed: the element is never left blank.
 */
export function plainProblem(
  document: Document,
  label: string,
  theme: Theme | undefined,
  messages: readonly string[],
): HTMLElement {
  const box = document.createElement('div');
  box.className = 'medlead medlead-element-message medlead-element-problem';
  if (theme !== undefined) box.dataset.theme = theme;
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = `The ${label} could not be shown:`;
  heading.append(strong);
  const list = document.createElement('ul');
  for (const message of messages) {
    const item = document.createElement('li');
    item.textContent = message;
    list.append(item);
  }
  box.append(heading, list);
  return box;
}

interface BoundaryProps extends MessageProps {
  /** Changes whenever an input changes: a problem shown is then forgotten and the view retried. */
  readonly resetKey: number;
  readonly onProblem: (messages: readonly string[]) => void;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly resetKey: number;
  readonly messages: readonly string[] | undefined;
}

/** Catches what a component throws while drawing and shows it as a problem, never a blank. */
export class ProblemBoundary extends Component<BoundaryProps, BoundaryState> {
  constructor(props: BoundaryProps) {
    super(props);
    this.state = { resetKey: props.resetKey, messages: undefined };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey
      ? null
      : { resetKey: props.resetKey, messages: undefined };
  }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    // Without logging: componentDidCatch does that, once.
    return { messages: describeError(error) ?? [UNEXPECTED_PROBLEM] };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onProblem(messagesOf(error));
  }

  override render() {
    const { label, theme, children } = this.props;
    const { messages } = this.state;
    return messages === undefined ? (
      children
    ) : (
      <ProblemMessage label={label} theme={theme} messages={messages} />
    );
  }
}
