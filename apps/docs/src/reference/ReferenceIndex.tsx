// Generated indexes for the guides: every framework edition and every stored crosswalk, each
// linked to its reference page. The pages are found from the reference stories themselves, so
// the links follow whatever pages exist.
import { assessableNodes, crosswalks, frameworks } from '@medlead/core';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import * as CrosswalkPages from './Crosswalks.stories';
import * as FrameworkPages from './Frameworks.stories';
import './reference.css';

interface PageModule {
  readonly default: { readonly title?: string };
  readonly [exportName: string]: unknown;
}

/** The Storybook URL of each page in a reference stories file, by the key its args name. */
function pagesBy(module: PageModule, argName: string): ReadonlyMap<string, string> {
  const title = module.default.title ?? '';
  const pages = new Map<string, string>();
  for (const [exportName, story] of Object.entries(module)) {
    if (exportName === 'default') continue;
    const key = (story as { args?: Record<string, unknown> }).args?.[argName];
    // `./?path=` is the Storybook manager beside the preview frame, wherever the site is hosted.
    if (typeof key === 'string')
      pages.set(key, `./?path=/story/${toId(title, storyNameFromExport(exportName))}`);
  }
  return pages;
}

function PageLink({ href, children }: { href: string | undefined; children: string }) {
  return href === undefined ? (
    children
  ) : (
    <a href={href} target="_top">
      {children}
    </a>
  );
}

/** Every framework edition core ships, with its reference page. */
export function FrameworkIndex() {
  const pages = pagesBy(FrameworkPages as PageModule, 'framework');
  return (
    <div className="ref ref-scroll">
      <table className="ref-table">
        <caption>{`The ${frameworks.length} framework editions in @medlead/core`}</caption>
        <thead>
          <tr>
            <th scope="col">Edition</th>
            <th scope="col">Key</th>
            <th scope="col">Publisher</th>
            <th scope="col">Status</th>
            <th scope="col">Rated nodes</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {frameworks.map((framework) => (
            <tr key={framework.key}>
              <th scope="row">
                <PageLink href={pages.get(framework.key)}>
                  {`${framework.title} (${framework.editionLabel ?? framework.edition})`}
                </PageLink>
              </th>
              <td>
                <code>{framework.key}</code>
              </td>
              <td>{`${framework.publisher}, ${framework.year}`}</td>
              <td>{framework.status}</td>
              <td>{`${assessableNodes(framework).length} ${framework.terms[framework.assessedKind]?.plural ?? ''}`}</td>
              <td>{framework.sources.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every stored crosswalk, with its reference page. */
export function CrosswalkIndex() {
  const pages = pagesBy(CrosswalkPages as PageModule, 'crosswalk');
  return (
    <div className="ref ref-scroll">
      <table className="ref-table">
        <caption>{`The ${crosswalks.length} stored crosswalks (getCrosswalk also gives their inverses)`}</caption>
        <thead>
          <tr>
            <th scope="col">Crosswalk</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Links</th>
            <th scope="col">Editorial links</th>
            <th scope="col">Unmapped (from, to)</th>
          </tr>
        </thead>
        <tbody>
          {crosswalks.map((crosswalk) => (
            <tr key={crosswalk.id}>
              <th scope="row">
                <PageLink href={pages.get(crosswalk.id)}>{crosswalk.title}</PageLink>
              </th>
              <td>
                <code>{crosswalk.from}</code>
              </td>
              <td>
                <code>{crosswalk.to}</code>
              </td>
              <td>{crosswalk.links.length}</td>
              <td>{crosswalk.links.filter((link) => link.provenance === 'editorial').length}</td>
              <td>{`${crosswalk.unmapped.from.length}, ${crosswalk.unmapped.to.length}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Who owns each framework, and their rights position in medlead's words (from core's data). */
export function RightsTable() {
  const pages = pagesBy(FrameworkPages as PageModule, 'framework');
  return (
    <div className="ref ref-scroll">
      <table className="ref-table">
        <caption>Each framework's owner and rights, as recorded in @medlead/core</caption>
        <thead>
          <tr>
            <th scope="col">Framework</th>
            <th scope="col">Owner</th>
            <th scope="col">Rights (in our words)</th>
          </tr>
        </thead>
        <tbody>
          {frameworks.map((framework) => (
            <tr key={framework.key}>
              <th scope="row">
                <PageLink href={pages.get(framework.key)}>
                  {`${framework.shortTitle} (${framework.edition})`}
                </PageLink>
              </th>
              <td>{framework.publisher}</td>
              <td>{framework.rights}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
