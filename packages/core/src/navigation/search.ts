import type { Framework, FrameworkNode } from '../model/types';
import { requireString } from '../validation/arguments';
import { requireFramework } from '../validation/require';
import { nodeIndex } from './node-index';

/** Where a search hit matched, best first. */
export type SearchField = 'code' | 'title' | 'summary' | 'indicator';

export interface SearchHit {
  readonly node: FrameworkNode;
  /** The best field every search word was found in, taken together. */
  readonly matchedIn: SearchField;
}

const fieldRank: Record<SearchField, number> = { code: 0, title: 1, summary: 2, indicator: 3 };

/** Lower-cases and strips accents and punctuation, so "self awareness" finds "Self-awareness". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();
}

/**
 * Nodes (hierarchy and cross-cutting themes) whose code, title, summary or indicators hold every
 * word of `text`, case- and accent-insensitively. Ranked: exact code, then title, summary,
 * indicator matches; ties keep published order. An empty or white-space query finds nothing.
 * Gives a fresh list. Throws `MedleadValidationError` for an invalid `framework` or a `text`
 * that is not a string (`null` from `URLSearchParams.get` included).
 */
export function searchNodes(framework: Framework, text: string): readonly SearchHit[] {
  const checked = requireFramework('search arguments', ['framework'], framework);
  const query = requireString('search arguments', ['text'], text);
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const index = nodeIndex(checked);
  const nodes = [...index.entries.map((entry) => entry.node), ...index.crossCutting.values()];

  const hits: SearchHit[] = [];
  for (const node of nodes) {
    const fields: [SearchField, string][] = [
      ['code', node.code ?? ''],
      ['title', [node.title, ...(node.alternativeTitles ?? [])].join(' ')],
      ['summary', node.summary.text],
      ['indicator', (node.indicators ?? []).map((indicator) => indicator.text).join(' ')],
    ];
    const folded = fields.map(([field, value]) => [field, fold(value)] as const);
    const exactCode = node.code !== undefined && fold(node.code) === words.join(' ');
    if (exactCode) {
      hits.push({ node, matchedIn: 'code' });
      continue;
    }
    // Find the narrowest field set that holds every word: title alone, then title+summary, …
    const order: SearchField[] = ['title', 'summary', 'indicator'];
    for (let upTo = 0; upTo < order.length; upTo++) {
      const haystack = folded
        .filter(([field]) => field !== 'code' && order.indexOf(field) <= upTo)
        .map(([, value]) => value)
        .join(' ');
      if (words.every((word) => haystack.includes(word))) {
        hits.push({ node, matchedIn: order[upTo] ?? 'indicator' });
        break;
      }
    }
  }
  return hits
    .map((hit, position) => ({ hit, position }))
    .sort(
      (a, b) => fieldRank[a.hit.matchedIn] - fieldRank[b.hit.matchedIn] || a.position - b.position,
    )
    .map(({ hit }) => hit);
}
