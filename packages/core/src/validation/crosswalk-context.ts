import type { Crosswalk, Framework } from '../model/types';
import { assessableNodes, getNode } from '../navigation/navigate';
import { makeIssue, type ValidationIssue } from './errors';

/**
 * Every way a (well-formed) crosswalk fails to fit its two framework editions: wrong keys, links
 * to nodes that do not exist, and assessed nodes that are neither linked nor listed as unmapped.
 */
export function checkCrosswalkAgainst(
  crosswalk: Crosswalk,
  from: Framework,
  to: Framework,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (crosswalk.from !== from.key)
    issues.push(
      makeIssue(['from'], `is "${crosswalk.from}" but the framework given is ${from.key}`),
    );
  if (crosswalk.to !== to.key)
    issues.push(makeIssue(['to'], `is "${crosswalk.to}" but the framework given is ${to.key}`));
  crosswalk.links.forEach((link, index) => {
    if (getNode(from, link.from) === undefined) {
      issues.push(
        makeIssue(['links', index, 'from'], `"${link.from}" is not a node of ${from.key}`),
      );
    }
    if (getNode(to, link.to) === undefined) {
      issues.push(makeIssue(['links', index, 'to'], `"${link.to}" is not a node of ${to.key}`));
    }
  });
  const sides = [
    ['from', from, new Set(crosswalk.links.map((link) => link.from)), crosswalk.unmapped.from],
    ['to', to, new Set(crosswalk.links.map((link) => link.to)), crosswalk.unmapped.to],
  ] as const;
  for (const [side, framework, linked, unmapped] of sides) {
    const listed = new Set(unmapped.map((entry) => entry.nodeId));
    unmapped.forEach((entry, index) => {
      if (getNode(framework, entry.nodeId) === undefined) {
        issues.push(
          makeIssue(
            ['unmapped', side, index, 'nodeId'],
            `"${entry.nodeId}" is not a node of ${framework.key}`,
          ),
        );
      } else if (linked.has(entry.nodeId)) {
        issues.push(
          makeIssue(
            ['unmapped', side, index, 'nodeId'],
            `"${entry.nodeId}" is linked, so it is not unmapped`,
          ),
        );
      }
    });
    for (const node of assessableNodes(framework)) {
      if (!linked.has(node.id) && !listed.has(node.id)) {
        issues.push(
          makeIssue(
            ['unmapped', side],
            `"${node.id}" has no link and is not listed as unmapped (with a reason)`,
          ),
        );
      }
    }
  }
  return issues;
}
