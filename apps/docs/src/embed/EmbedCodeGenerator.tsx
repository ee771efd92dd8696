// The embed-code generator: an educator picks where the tool goes, the framework and what
// learners see, and copies the snippet. The preview runs that very snippet (the iframe page by its
// address; the script snippet as a page of its own), so what it shows is what the course will show.
import { findScale, listFrameworks } from '@medlead/core';
import { useEffect, useId, useRef, useState } from 'react';
import {
  type Audience,
  type ElementView,
  elementsTitle,
  elementViews,
  embedPageUrl,
  type FrameworkChoice,
  heightHelp,
  iframeSnippet,
  middleLevel,
  ownFrameworkViews,
  type PageView,
  pageTitle,
  pageViews,
  scriptSnippet,
  shippedFramework,
  suggestedHeight,
  type Theme,
} from './embed-code';
import './embed-generator.css';

type Route = 'iframe' | 'script';

export interface EmbedCodeGeneratorProps {
  /** Where the embed page is. Default: the copy this docs site serves (`embed/index.html`). */
  readonly pageUrl?: string;
  /** Where medlead-elements.js is. Default: the copy this docs site serves. */
  readonly scriptUrl?: string;
  /** The route to start on. */
  readonly initialRoute?: Route;
}

/**
 * The address of a file this docs site serves (staticDirs in .storybook/main.ts), from the site's
 * base: './' in the static build (so it works from any folder), '/' on the dev and test servers.
 */
function servedHere(path: string): string {
  if (typeof window === 'undefined') return path;
  return new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href).href;
}

/** The choice of the educator's own framework file (neither a framework id nor a key). */
const OWN = '(own)';

/**
 * A framework's newest edition by its id (`hlm`), older editions by their key (`fmlm@2016`), and
 * last the educator's own.
 */
const frameworkChoices = [
  ...listFrameworks().map((summary) => ({
    value: summary.newest ? summary.id : summary.key,
    label: `${summary.title} (${summary.year})${summary.newest ? '' : ', older edition'}`,
  })),
  { value: OWN, label: 'Your own framework (a JSON file)' },
];

const themes: readonly { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light (fits most course pages)' },
  { value: 'dark', label: 'Dark (for a dark course page)' },
  { value: 'auto', label: 'The learner’s own setting (light or dark)' },
];

const audiences: readonly { value: Audience; label: string }[] = [
  { value: 'learner', label: 'Learners: plain words, no source notes' },
  { value: 'curriculum', label: 'Educators and curriculum leads: sources and notes' },
];

/**
 * The gap chart's level typed for an own framework (its scale is in its file, and the embed page
 * checks the level against it); none when empty or not a number.
 */
function typedLevel(text: string): number | undefined {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value) ? undefined : value;
}

/** A labelled select over typed options: what is chosen comes back as the option's own value. */
function SelectField<T extends string | number>(props: {
  readonly id: string;
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={String(props.value)}
        onChange={(event) => {
          const chosen = props.options.find(
            (option) => String(option.value) === event.target.value,
          );
          if (chosen !== undefined) props.onChange(chosen.value);
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** A labelled text input with a line of help under it (read out with the field). */
function TextField(props: {
  readonly id: string;
  readonly label: string;
  readonly type: 'url' | 'number';
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly help: string;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type}
        value={props.value}
        aria-describedby={`${props.id}-help`}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <p id={`${props.id}-help`} className="docs-embed-help">
        {props.help}
      </p>
    </>
  );
}

/** A page holding only the snippet, as a course page would (the preview of the script route). */
function hostPage(snippet: string, theme: Theme): string {
  const scheme = theme === 'auto' ? 'light dark' : theme;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Course page</title>
<style>:root { color-scheme: ${scheme}; font-family: system-ui, sans-serif; }</style></head>
<body>
${snippet}
</body>
</html>`;
}

export function EmbedCodeGenerator({
  pageUrl: givenPageUrl,
  scriptUrl: givenScriptUrl,
  initialRoute = 'iframe',
}: EmbedCodeGeneratorProps) {
  const id = useId();
  const [route, setRoute] = useState<Route>(initialRoute);
  const [framework, setFramework] = useState('hlm');
  const [pageView, setPageView] = useState<PageView>('assess');
  const [elementView, setElementView] = useState<ElementView>('assess-and-wheel');
  const [level, setLevel] = useState<number | undefined>(undefined);
  const [theme, setTheme] = useState<Theme>('light');
  const [audience, setAudience] = useState<Audience>('learner');
  const [height, setHeight] = useState(() => suggestedHeight('hlm'));
  const [autoHeight, setAutoHeight] = useState(false);
  const [pageUrl, setPageUrl] = useState(() => givenPageUrl ?? servedHere('embed/index.html'));
  const [scriptUrl, setScriptUrl] = useState(
    () => givenScriptUrl ?? servedHere('elements/medlead-elements.js'),
  );
  // An example file this site serves, so the preview shows something before one is given.
  const [frameworkSrc, setFrameworkSrc] = useState(() =>
    servedHere('examples/frameworks/riverside.json'),
  );
  const [ownLevel, setOwnLevel] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const codeRef = useRef<HTMLElement>(null);
  const previewRef = useRef<HTMLIFrameElement>(null);
  const [previewHeight, setPreviewHeight] = useState<number | undefined>(undefined);

  // The preview frame sizes itself as the host-side script does: by the page's height message.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== previewRef.current?.contentWindow) return;
      const data: unknown = event.data;
      if (typeof data !== 'object' || data === null || !('type' in data) || !('height' in data))
        return;
      const reported = Number(data.height);
      if (data.type === 'medlead:height' && Number.isFinite(reported) && reported > 0)
        setPreviewHeight(Math.ceil(reported));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const own = framework === OWN;
  const choice: FrameworkChoice = own ? { src: frameworkSrc.trim() } : framework;
  const chosen = shippedFramework(choice);
  const points = chosen ? (findScale(chosen, chosen.defaultScale)?.points ?? []) : [];
  const shippedLevel =
    level !== undefined && points.some((p) => p.value === level) ? level : undefined;
  const target = own ? typedLevel(ownLevel) : shippedLevel;
  // Views with example scores need a shipped framework's node ids.
  const views = own ? ownFrameworkViews : elementViews;
  const shownElementView = views.some((view) => view.value === elementView)
    ? elementView
    : 'assess-and-wheel';
  const showsGap = route === 'iframe' ? pageView === 'gap' : shownElementView === 'gap-chart';
  const iframeChoices = {
    pageUrl,
    framework: choice,
    view: pageView,
    level: target,
    theme,
    audience,
  };
  const snippet =
    route === 'iframe'
      ? iframeSnippet({ ...iframeChoices, height, autoHeight })
      : scriptSnippet({
          scriptUrl,
          framework: choice,
          view: shownElementView,
          level: target,
          theme,
          audience,
        });

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus('Copied. Paste it into your course page’s HTML.');
    } catch {
      // No clipboard (an http page, or permission refused): select the code for the reader.
      const code = codeRef.current;
      const selection = window.getSelection();
      if (code !== null && selection !== null) selection.selectAllChildren(code);
      setCopyStatus('Could not copy here: the code is selected, press Ctrl+C (⌘C on a Mac).');
    }
  }

  const field = (name: string) => `${id}-${name}`;
  return (
    <section className="docs-embed" aria-labelledby={field('heading')}>
      <h2 id={field('heading')}>Embed code generator</h2>
      <p>
        Choose where the tool goes and what learners see, then copy the code into your course page’s
        HTML. Learners’ answers stay in their own browser.
      </p>
      <form className="docs-embed-choices" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Where will it go?</legend>
          <label>
            <input
              type="radio"
              name={field('route')}
              checked={route === 'iframe'}
              onChange={() => setRoute('iframe')}
            />{' '}
            Canvas, or a WordPress or Moodle page that strips scripts: an <strong>iframe</strong>
          </label>
          <label>
            <input
              type="radio"
              name={field('route')}
              checked={route === 'script'}
              onChange={() => setRoute('script')}
            />{' '}
            Moodle, a WordPress administrator’s page or your own site: one <strong>script</strong>{' '}
            and custom elements
          </label>
        </fieldset>
        <SelectField
          id={field('framework')}
          label="Framework"
          value={framework}
          options={frameworkChoices}
          onChange={(value) => {
            setFramework(value);
            setLevel(undefined);
            setHeight(suggestedHeight(value));
          }}
        />
        {own && (
          <TextField
            id={field('framework-src')}
            label="Address of your framework file (JSON)"
            type="url"
            value={frameworkSrc}
            onChange={setFrameworkSrc}
            help="A framework imported with @medlead/core (from Moodle, Canvas or a CASE package) and saved with JSON.stringify(framework). Its server must let course pages read it (CORS). It starts as an example this site serves: put your own file’s address here."
          />
        )}
        {route === 'iframe' ? (
          <SelectField
            id={field('view')}
            label="What learners see"
            value={pageView}
            options={pageViews}
            onChange={setPageView}
          />
        ) : (
          <SelectField
            id={field('view')}
            label="What learners see"
            value={shownElementView}
            options={views}
            onChange={setElementView}
          />
        )}
        {showsGap && chosen === undefined && (
          <TextField
            id={field('level')}
            label="Target level for the gap chart"
            type="number"
            value={ownLevel}
            onChange={setOwnLevel}
            help="A point of your framework’s scale; leave it empty for the scale’s middle point."
          />
        )}
        {showsGap && chosen !== undefined && (
          <SelectField
            id={field('level')}
            label="Target level for the gap chart"
            value={target ?? middleLevel(chosen)}
            options={points.map((point) => ({
              value: point.value,
              label: `${point.value}: ${point.label}`,
            }))}
            onChange={setLevel}
          />
        )}
        <SelectField
          id={field('theme')}
          label="Colours"
          value={theme}
          options={themes}
          onChange={setTheme}
        />
        <SelectField
          id={field('audience')}
          label="Written for"
          value={audience}
          options={audiences}
          onChange={setAudience}
        />
        {route === 'iframe' ? (
          <>
            <label htmlFor={field('height')}>Frame height in pixels</label>
            <input
              id={field('height')}
              type="number"
              min={300}
              max={20000}
              step={50}
              value={height}
              aria-describedby={field('height-help')}
              onChange={(event) => {
                const value = Number(event.target.value);
                if (Number.isFinite(value) && value >= 300 && value <= 20000) setHeight(value);
              }}
            />
            <p id={field('height-help')} className="docs-embed-help">
              {heightHelp(chosen, framework)}
            </p>
            <label className="docs-embed-check">
              <input
                type="checkbox"
                checked={autoHeight}
                onChange={(event) => setAutoHeight(event.target.checked)}
              />{' '}
              My page allows a script: fit the frame to its content
            </label>
            <label htmlFor={field('page-url')}>Address of the embed page</label>
            <input
              id={field('page-url')}
              type="url"
              value={pageUrl}
              onChange={(event) => setPageUrl(event.target.value)}
            />
          </>
        ) : (
          <>
            <label htmlFor={field('script-url')}>Address of medlead-elements.js</label>
            <input
              id={field('script-url')}
              type="url"
              value={scriptUrl}
              onChange={(event) => setScriptUrl(event.target.value)}
            />
          </>
        )}
      </form>

      <h3>Your embed code</h3>
      <pre className="docs-embed-code">
        <code ref={codeRef} data-testid="embed-code">
          {snippet}
        </code>
      </pre>
      <p className="docs-embed-actions">
        <button type="button" onClick={copy}>
          Copy embed code
        </button>{' '}
        <span role="status">{copyStatus}</span>
      </p>

      <h3>Preview</h3>
      {route === 'iframe' ? (
        <iframe
          ref={previewRef}
          className="docs-embed-preview"
          title={`Preview: ${pageTitle(chosen, pageView)}`}
          src={embedPageUrl(iframeChoices)}
          style={{ height: `${previewHeight ?? height}px` }}
        />
      ) : (
        <iframe
          className="docs-embed-preview"
          title={`Preview: ${elementsTitle(chosen, shownElementView)}`}
          srcDoc={hostPage(snippet, theme)}
          style={{ height: '45rem' }}
        />
      )}
    </section>
  );
}
