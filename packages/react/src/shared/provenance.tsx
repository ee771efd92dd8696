import type { Provenance } from '@medlead/core';
import { createContext, useContext } from 'react';

/** Provenance in words: the content rules require the UI to say where each item comes from. */
export const provenanceWords: Readonly<Record<Provenance, string>> = {
  published: 'Published',
  paraphrased: 'Paraphrased',
  editorial: 'Editorial',
};

/** What each provenance means, for a badge's title and for notes. */
export const provenanceMeaning: Readonly<Record<Provenance, string>> = {
  published: 'as published by the owner',
  paraphrased: 'our summary of what the owner published',
  editorial: 'written by medlead: the owner published none',
};

export interface ProvenanceBadgeProps {
  readonly provenance: Provenance;
  /** Whether the item is uncertain; the component shows the note itself, as text. */
  readonly uncertain?: boolean | undefined;
}

/**
 * Whether the badges inside show at all: a view for learners (the explorer with `audience="learner"`)
 * turns them off for everything it renders. Shown unless a view says otherwise.
 */
export const ProvenanceShown = createContext(true);

/** Text badges ("Editorial", "Uncertain"): never colour alone, readable without hovering. */
export function ProvenanceBadge({ provenance, uncertain }: ProvenanceBadgeProps) {
  if (!useContext(ProvenanceShown)) return null;
  return (
    <span className="medlead-provenance-badges">
      <span className={`medlead-badge medlead-badge-${provenance}`}>
        {provenanceWords[provenance]}
      </span>
      {uncertain === true && (
        <span className="medlead-badge medlead-badge-uncertain">Uncertain</span>
      )}
    </span>
  );
}
