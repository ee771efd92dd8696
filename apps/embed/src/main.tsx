import '@medlead/react/styles.css';
import './embed.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { type ConfigResult, type EmbedConfig, readConfig } from './config';
import { loadFramework } from './framework-file';
import { reportHeight } from './height';
import { DRAW_PROBLEM, DRAW_PROBLEM_DETAIL, EmbedBoundary, showPlainProblem } from './problem';
import { clearAnswers, loadAnswers } from './storage';

const root = document.getElementById('root');
if (root === null) throw new Error('medlead embed: no #root element');

const NOT_SET_UP = 'This embed is not set up correctly:';
const NO_FRAMEWORK = 'This self-assessment could not load its framework:';

/** Light unless the address says dark or auto (the page's problems are light too). */
function applyTheme(theme: EmbedConfig['theme']): void {
  // The body is a `.medlead` surface, so the page and the components share one background.
  if (theme) {
    document.documentElement.dataset.theme = theme;
    document.body.dataset.theme = theme;
  }
}

/** The tool, or (as plain text only: a URL value never becomes markup) what is wrong. */
function start(host: HTMLElement, result: ConfigResult, problemHeading: string): void {
  if (result.status !== 'ready') {
    applyTheme('light');
    showPlainProblem(host, problemHeading, result.status === 'invalid' ? result.errors : []);
    return;
  }
  const { config } = result;
  applyTheme(config.theme);
  createRoot(host, {
    // An error no boundary caught (in the boundary's own message, say) would blank the page.
    onUncaughtError: (error) => {
      console.error('medlead embed:', error);
      queueMicrotask(() => showPlainProblem(host, DRAW_PROBLEM, [DRAW_PROBLEM_DETAIL]));
    },
  }).render(
    <EmbedBoundary
      hasSavedAnswers={() => loadAnswers(config.framework) !== undefined}
      clearAnswers={() => clearAnswers(config.framework)}
    >
      <App config={config} />
    </EmbedBoundary>,
  );
}

/** Loads a school's own framework (`?framework-src=`), then starts the tool on it. */
async function startFromFile(host: HTMLElement, search: string, url: URL): Promise<void> {
  const loading = document.createElement('p');
  loading.className = 'embed-loading';
  loading.setAttribute('role', 'status');
  loading.textContent = 'Loading the framework…';
  host.replaceChildren(loading);
  const loaded = await loadFramework(url);
  if (loaded.ok) start(host, readConfig(search, loaded.framework), NOT_SET_UP);
  else start(host, { status: 'invalid', errors: loaded.errors }, NO_FRAMEWORK);
}

try {
  const search = window.location.search;
  const result = readConfig(search);
  if (result.status === 'load') {
    applyTheme(result.theme);
    startFromFile(root, search, result.frameworkSrc).catch((error: unknown) => {
      console.error('medlead embed:', error);
      showPlainProblem(root, DRAW_PROBLEM, [DRAW_PROBLEM_DETAIL]);
    });
  } else {
    start(root, result, NOT_SET_UP);
  }
} catch (error) {
  console.error('medlead embed:', error);
  showPlainProblem(root, DRAW_PROBLEM, [DRAW_PROBLEM_DETAIL]);
}

reportHeight();
