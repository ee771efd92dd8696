import {
  type Assessment,
  type Framework,
  findScale,
  type GapAnalysis,
  gapAnalysis,
  type ScoreReport,
  scoreAssessment,
} from '@medlead/core';
import {
  CompetencyWheel,
  GapChart,
  ResultSummary,
  ScaleLegend,
  SelfAssessmentForm,
} from '@medlead/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EmbedConfig, View } from './config';
import { download, fileStem, reportCsv, reportJson, serializeSvg, svgToPng } from './exports';
import { clearAnswers, loadAnswers, type Saved, saveAnswers, storageAvailable } from './storage';

const SUBJECT = 'me';

const tabs: readonly { readonly view: View; readonly label: string }[] = [
  { view: 'assess', label: 'Self-assessment' },
  { view: 'wheel', label: 'Wheel' },
  { view: 'gap', label: 'Gap chart' },
];

function score(config: EmbedConfig, saved: Saved | undefined): ScoreReport | undefined {
  if (saved === undefined || !saved.submitted) return undefined;
  try {
    return scoreAssessment(config.framework, saved.assessment);
  } catch {
    return undefined;
  }
}

/**
 * The gaps against `level`, or why there are none in plain words: answers saved on another scale
 * (an older page, or another tool) may not have that level at all.
 */
export function gapsFor(
  framework: Framework,
  report: ScoreReport,
  level: number,
): { readonly gaps: GapAnalysis } | { readonly problem: string } {
  try {
    return { gaps: gapAnalysis(framework, report, { level }) };
  } catch {
    const scale = findScale(framework, report.scale);
    const values = scale?.points.map((point) => point.value) ?? [];
    const range =
      values.length > 0 ? ` (levels ${Math.min(...values)} to ${Math.max(...values)})` : '';
    return {
      problem:
        scale === undefined || values.includes(level)
          ? 'Your gap chart could not be drawn from your saved answers. Choose “Clear my answers” and answer again to see it.'
          : `Your gap chart could not be drawn: your saved answers use the scale “${scale.title}”${range}, which has no level ${level}. Choose “Clear my answers” and answer again to compare with level ${level}.`,
    };
  }
}

export function App({ config }: { readonly config: EmbedConfig }) {
  const { framework, level, theme, audience } = config;
  const [saved, setSaved] = useState<Saved | undefined>(() => loadAnswers(framework));
  // A fresh form after "Clear my answers" (the form is uncontrolled, started from the saved answers).
  const [formKey, setFormKey] = useState(0);
  const report = useMemo(() => score(config, saved), [config, saved]);
  const [view, setView] = useState<View>(() => (report === undefined ? 'assess' : config.view));
  const [status, setStatus] = useState('');
  const [canStore] = useState(storageAvailable);
  const wheelRef = useRef<HTMLDivElement>(null);
  // After submitting, focus (and so scroll to) the results' heading, for keyboard and screen readers.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [focusResults, setFocusResults] = useState(0);
  useEffect(() => {
    if (focusResults > 0) resultsHeading.current?.focus();
  }, [focusResults]);
  const gaps = useMemo(
    () => (report === undefined ? undefined : gapsFor(framework, report, level)),
    [framework, report, level],
  );
  const levelLabel = useMemo(() => {
    // The level's name on the scale the answers are on (the framework's own, unless saved otherwise).
    const scale = findScale(framework, report?.scale ?? framework.defaultScale);
    return scale?.points.find((point) => point.value === level)?.label;
  }, [framework, report, level]);

  const change = (assessment: Assessment) => {
    const next = { assessment, submitted: false };
    setSaved(next);
    saveAnswers(framework, next);
  };
  const submit = (assessment: Assessment) => {
    const next = { assessment, submitted: true };
    setSaved(next);
    saveAnswers(framework, next);
    setView(config.view === 'gap' ? 'gap' : 'wheel');
    // The results' heading takes the focus, and the summary under it says what they show.
    setStatus('');
    setFocusResults((count) => count + 1);
  };
  const clear = () => {
    clearAnswers(framework);
    setSaved(undefined);
    setFormKey((key) => key + 1);
    setView('assess');
    setStatus('Your answers are cleared from this browser.');
  };

  const wheelSvg = () => {
    const svg = wheelRef.current?.querySelector<SVGSVGElement>('svg.medlead-wheel-svg');
    if (!svg) {
      setStatus('Open the wheel first.');
      return undefined;
    }
    return serializeSvg(svg);
  };
  const stem = fileStem(framework);
  const exportCsv = () => {
    if (!report) return;
    download(new Blob([reportCsv(report)], { type: 'text/csv;charset=utf-8' }), `${stem}.csv`);
  };
  const exportJson = () => {
    if (!report || !saved) return;
    download(
      new Blob([reportJson(saved.assessment, report)], { type: 'application/json' }),
      `${stem}.json`,
    );
  };
  const exportSvg = () => {
    const svg = wheelSvg();
    if (svg) download(new Blob([svg.text], { type: 'image/svg+xml' }), `${stem}-wheel.svg`);
  };
  const exportPng = async () => {
    const svg = wheelSvg();
    if (!svg) return;
    try {
      download(await svgToPng(svg), `${stem}-wheel.png`);
    } catch (error) {
      setStatus(`The PNG could not be made: ${error instanceof Error ? error.message : 'error'}.`);
    }
  };

  const shown: View = report === undefined ? 'assess' : view;
  return (
    <main className="embed" data-theme={theme}>
      <nav className="embed-tabs" aria-label="Views">
        {tabs.map((tab) => (
          <button
            key={tab.view}
            type="button"
            aria-pressed={shown === tab.view}
            disabled={tab.view !== 'assess' && report === undefined}
            onClick={() => setView(tab.view)}
          >
            {tab.label}
          </button>
        ))}
        <button type="button" className="embed-clear" onClick={clear}>
          Clear my answers
        </button>
      </nav>
      <p className="embed-privacy">
        {canStore
          ? 'Your answers stay in this browser only: saved on this device, never sent anywhere.'
          : 'Your answers are never sent anywhere. This browser does not let this embedded page save them, so they are lost when you leave: export them first.'}
      </p>
      <p className="embed-status" role="status">
        {status}
      </p>
      {shown === 'assess' && (
        <SelfAssessmentForm
          key={formKey}
          framework={framework}
          subject={SUBJECT}
          {...(saved ? { defaultValue: saved.assessment } : {})}
          audience={audience}
          {...(theme ? { theme } : {})}
          onChange={change}
          onSubmit={submit}
        />
      )}
      {shown !== 'assess' && report !== undefined && (
        <>
          {shown === 'wheel' && (
            <section aria-labelledby="embed-wheel-heading">
              <h2 id="embed-wheel-heading" ref={resultsHeading} tabIndex={-1}>
                Your {framework.shortTitle} wheel
              </h2>
              <ResultSummary report={report} {...(theme ? { theme } : {})} />
              <div ref={wheelRef}>
                <CompetencyWheel
                  framework={framework}
                  report={report}
                  audience={audience}
                  {...(theme ? { theme } : {})}
                />
              </div>
              <ScaleLegend framework={framework} {...(theme ? { theme } : {})} />
            </section>
          )}
          {shown === 'gap' && gaps !== undefined && (
            <section aria-labelledby="embed-gap-heading">
              <h2 id="embed-gap-heading" ref={resultsHeading} tabIndex={-1}>
                Gaps against level {level}
                {levelLabel ? ` (${levelLabel})` : ''}
              </h2>
              <ResultSummary report={report} {...(theme ? { theme } : {})} />
              {'gaps' in gaps ? (
                <GapChart
                  framework={framework}
                  gaps={gaps.gaps}
                  audience={audience}
                  {...(theme ? { theme } : {})}
                />
              ) : (
                <p className="embed-error" role="alert">
                  {gaps.problem}
                </p>
              )}
            </section>
          )}
          {/* After the result, under one button: on a phone the chart comes first. */}
          <details className="embed-exports">
            <summary>Save or export your results</summary>
            <div className="embed-export-buttons">
              <button type="button" onClick={exportCsv}>
                Export CSV
              </button>
              <button type="button" onClick={exportJson}>
                Export JSON
              </button>
              <button type="button" onClick={exportSvg} disabled={shown !== 'wheel'}>
                Export wheel as SVG
              </button>
              <button type="button" onClick={exportPng} disabled={shown !== 'wheel'}>
                Export wheel as PNG
              </button>
            </div>
          </details>
        </>
      )}
    </main>
  );
}
