import { type Framework, type FrameworkNode, type RatingScale, walk } from '@medlead/core';

/** How much of one kind of content medlead wrote itself: none of it, some of it or all of it. */
type Share = 'none' | 'some' | 'all';

function shareOf(flags: readonly boolean[]): Share {
  const count = flags.filter(Boolean).length;
  if (count === 0) return 'none';
  return count === flags.length ? 'all' : 'some';
}

/** The nodes a learner rates, in published order. */
function assessedNodes(framework: Framework): FrameworkNode[] {
  const nodes: FrameworkNode[] = [];
  for (const { node } of walk(framework)) {
    if (node.kind === framework.assessedKind) nodes.push(node);
  }
  return nodes;
}

/** "the American Medical Association", or the publisher as given when it already has "The". */
function ownerName(framework: Framework): string {
  const publisher = framework.publisher.trim();
  return /^the\s/i.test(publisher) ? publisher : `the ${publisher}`;
}

function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The scales a view shows, each named as a learner would call it. */
export interface ShownScale {
  /** "rating scale", "importance scale"… */
  readonly name: string;
  readonly scale: RatingScale;
}

/**
 * What a learner-facing view says, once and in plain words, about the content medlead wrote where
 * the owner published none (provenance `editorial`): the assessed nodes' names, descriptions and
 * level headings, and the scales shown. Undefined when everything shown is the owner's (or our
 * summary of it), so the view says nothing. For example, on the AMA form: "The names come from the
 * American Medical Association; the descriptions and the rating scale are medlead’s own."
 */
export function authorshipNote(
  framework: Framework,
  scales: readonly ShownScale[] = [],
): string | undefined {
  const nodes = assessedNodes(framework);
  const titles = shareOf(nodes.map((node) => node.provenance === 'editorial'));
  const summaries = shareOf(nodes.map((node) => node.summary.provenance === 'editorial'));
  const headings = shareOf(
    nodes.flatMap((node) =>
      (node.levels ?? [])
        .filter((heading) => heading.title !== null)
        .map((heading) => heading.provenance === 'editorial'),
    ),
  );

  // What medlead wrote, in words, and whether those words take "are" ("the names") or "is".
  const ours: { readonly words: string; readonly plural: boolean }[] = [];
  const add = (share: Share, what: string) => {
    if (share === 'all') ours.push({ words: `the ${what}`, plural: true });
    else if (share === 'some') ours.push({ words: `some of the ${what}`, plural: true });
  };
  add(titles, 'names');
  add(summaries, 'descriptions');
  add(headings, 'level headings');
  for (const { name, scale } of scales) {
    if (scale.provenance === 'editorial') ours.push({ words: `the ${name}`, plural: false });
  }
  if (ours.length === 0) return undefined;

  const plural = ours.length > 1 || ours[0]?.plural === true;
  const written = `${listInWords(ours.map((part) => part.words))} ${plural ? 'are' : 'is'} medlead’s own`;
  if (titles !== 'none') return `${capitalise(written)}, not ${ownerName(framework)}’s.`;
  return `The names come from ${ownerName(framework)}; ${written}.`;
}

/**
 * The plain line a learner-facing legend gives a scale medlead wrote (provenance `editorial`),
 * unless the scale's own summary already says so; undefined for the owner's scales.
 */
export function scaleAuthorshipNote(framework: Framework, scale: RatingScale): string | undefined {
  if (scale.provenance !== 'editorial') return undefined;
  if (scale.summary !== undefined && /medlead/i.test(scale.summary)) return undefined;
  return `This scale is medlead’s own, not ${ownerName(framework)}’s.`;
}
