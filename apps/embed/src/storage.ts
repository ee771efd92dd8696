import { type Assessment, type Framework, safeParseAssessment } from '@medlead/core';

export interface Saved {
  readonly assessment: Assessment;
  /** True once the learner has submitted a complete assessment. */
  readonly submitted: boolean;
}

/**
 * Whether this page may keep anything: browsers that block third-party storage deny it to an
 * iframe from another site (reading `localStorage` throws), and then answers last only until the
 * page is left.
 */
export function storageAvailable(): boolean {
  try {
    const probe = 'medlead-embed:probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** One key per framework edition, so answers to one never load into another. */
export const storageKey = (framework: Framework) => `medlead-embed:answers:${framework.key}`;

/** The learner's saved answers, or undefined (nothing saved, storage blocked, or data unusable). */
export function loadAnswers(framework: Framework): Saved | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey(framework));
    if (raw === null) return undefined;
    const data = JSON.parse(raw) as { assessment?: unknown; submitted?: unknown };
    const parsed = safeParseAssessment(data.assessment, { framework });
    if (!parsed.success) return undefined;
    return { assessment: parsed.data as Assessment, submitted: data.submitted === true };
  } catch {
    return undefined;
  }
}

export function saveAnswers(framework: Framework, saved: Saved): void {
  try {
    window.localStorage.setItem(storageKey(framework), JSON.stringify(saved));
  } catch {
    // Storage blocked (private mode, third-party iframe rules): the page still works, unsaved.
  }
}

export function clearAnswers(framework: Framework): void {
  try {
    window.localStorage.removeItem(storageKey(framework));
  } catch {
    // Nothing stored to clear.
  }
}
