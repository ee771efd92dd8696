import '@medlead/react/styles.css';
import './embed.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readConfig } from './config';
import { reportHeight } from './height';
import { DRAW_PROBLEM, DRAW_PROBLEM_DETAIL, EmbedBoundary, showPlainProblem } from './problem';
import { clearAnswers, loadAnswers } from './storage';

const root = document.getElementById('root');
if (root === null) throw new Error('medlead embed: no #root element');

try {
  const result = readConfig(window.location.search);
  // Light unless the address says dark or auto (the page's problems are light too). The body is a
  // `.medlead` surface, so the page and the components share one background in either set.
  const theme = result.ok ? result.config.theme : 'light';
  if (theme) {
    document.documentElement.dataset.theme = theme;
    document.body.dataset.theme = theme;
  }

  if (result.ok) {
    const { config } = result;
    createRoot(root, {
      // An error no boundary caught (in the boundary's own message, say) would blank the page.
      onUncaughtError: (error) => {
        console.error('medlead embed:', error);
        queueMicrotask(() => showPlainProblem(root, DRAW_PROBLEM, [DRAW_PROBLEM_DETAIL]));
      },
    }).render(
      <EmbedBoundary
        hasSavedAnswers={() => loadAnswers(config.framework) !== undefined}
        clearAnswers={() => clearAnswers(config.framework)}
      >
        <App config={config} />
      </EmbedBoundary>,
    );
  } else {
    // Plain text only: a URL value never becomes markup.
    showPlainProblem(root, 'This embed is not set up correctly:', result.errors);
  }
} catch (error) {
  console.error('medlead embed:', error);
  showPlainProblem(root, DRAW_PROBLEM, [DRAW_PROBLEM_DETAIL]);
}

reportHeight();
