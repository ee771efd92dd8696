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

/** The lines to show for anything thrown. */
export function messagesOf(error: unknown): readonly string[] {
  if (error instanceof ElementProblem) return error.messages;
  const text = error instanceof Error ? error.message : String(error);
  return [text.replace(/^medlead: /, '')];
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
    return { messages: messagesOf(error) };
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
