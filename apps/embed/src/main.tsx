import '@medlead/react/styles.css';
import './embed.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readConfig } from './config';
import { reportHeight } from './height';

const root = document.getElementById('root');
if (root === null) throw new Error('medlead embed: no #root element');

const result = readConfig(window.location.search);
const theme = result.ok ? result.config.theme : undefined;
if (theme) document.documentElement.dataset.theme = theme;

if (result.ok) {
  createRoot(root).render(<App config={result.config} />);
} else {
  // Plain text only: a URL value never becomes markup.
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.textContent = 'This embed is not set up correctly:';
  const list = document.createElement('ul');
  for (const error of result.errors) {
    const item = document.createElement('li');
    item.textContent = error;
    list.append(item);
  }
  box.append(heading, list);
  root.replaceChildren(box);
}

reportHeight();
