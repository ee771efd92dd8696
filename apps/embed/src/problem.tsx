// What the page shows instead of a blank when something goes wrong: plain words (text only, never
// markup), announced as an alert. The error itself goes to the console, not to the learner.
import { Component, Fragment, type ReactNode } from 'react';

/** A message written with the DOM alone: for when React itself cannot be used. */
export function showPlainProblem(root: HTMLElement, heading: string, lines: readonly string[]) {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.textContent = heading;
  box.append(title);
  if (lines.length > 0) {
    const list = document.createElement('ul');
    for (const line of lines) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    box.append(list);
  }
  root.replaceChildren(box);
}

export const DRAW_PROBLEM = 'This self-assessment could not be shown.';
export const DRAW_PROBLEM_DETAIL =
  'Something went wrong while drawing it. Reloading the page may help; if it does not, tell the person who runs your course.';

interface BoundaryProps {
  /** Whether answers are saved in this browser (they may be what cannot be drawn). */
  readonly hasSavedAnswers: () => boolean;
  /** Forgets the saved answers. */
  readonly clearAnswers: () => void;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly failed: boolean;
  /** Changes after "start again", so the page is drawn afresh. */
  readonly attempt: number;
}

/** Catches any error while drawing the page and shows a message in its place. */
export class EmbedBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('medlead embed:', error);
  }

  #startAgain = () => {
    this.props.clearAnswers();
    this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));
  };

  override render() {
    const { failed, attempt } = this.state;
    if (!failed) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <div className="embed-error" role="alert">
        <p>
          <strong>{DRAW_PROBLEM}</strong>
        </p>
        <p>{DRAW_PROBLEM_DETAIL}</p>
        {this.props.hasSavedAnswers() && (
          <>
            <p>Your saved answers may be the cause.</p>
            <button type="button" onClick={this.#startAgain}>
              Clear my saved answers and start again
            </button>
          </>
        )}
      </div>
    );
  }
}
