// Generated indexes for the guides: every framework edition and every stored crosswalk, each
// linked to its reference page. The pages are found from the reference stories themselves, so
// the links follow whatever pages exist.
import { assessableNodes, crosswalks, frameworks } from '@medlead/core';
import { storyNameFromExport, toId } from 'storybook/internal/csf';
import * as CrosswalkPages from './Crosswalks.stories';
import * as FrameworkPages from './Frameworks.stories';
import { ColumnHeads } from './reference-parts';
import './reference.css';

const frameworkColumns = {
  edition: 'Edition',
  key: 'Key',
  publisher: 'Publisher',
  status: 'Status',
  rated: 'Rated nodes',
  sources: 'Sources',
} as const;

const crosswalkColumns = {
  crosswalk: 'Crosswalk',
  from: 'From',
  to: 'To',
  links: 'Links',
  editorial: 'Editorial links',
  unmapped: 'Unmapped (from, to)',
} as const;

const rightsColumns = {
  framework: 'Framework',
  owner: 'Owner',
  rights: 'Rights (in our words)',
} as const;

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
        <ColumnHeads columns={frameworkColumns} />
        <tbody>
          {frameworks.map((framework) => (
            <tr key={framework.key}>
              <th scope="row">
                <PageLink href={pages.get(framework.key)}>
                  {`${framework.title} (${framework.editionLabel ?? framework.edition})`}
                </PageLink>
              </th>
              <td data-label={frameworkColumns.key}>
                <code>{framework.key}</code>
              </td>
              <td
                data-label={frameworkColumns.publisher}
              >{`${framework.publisher}, ${framework.year}`}</td>
              <td data-label={frameworkColumns.status}>{framework.status}</td>
              <td
                data-label={frameworkColumns.rated}
              >{`${assessableNodes(framework).length} ${framework.terms[framework.assessedKind]?.plural ?? ''}`}</td>
              <td data-label={frameworkColumns.sources}>{framework.sources.length}</td>
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
        <ColumnHeads columns={crosswalkColumns} />
        <tbody>
          {crosswalks.map((crosswalk) => (
            <tr key={crosswalk.id}>
              <th scope="row">
                <PageLink href={pages.get(crosswalk.id)}>{crosswalk.title}</PageLink>
              </th>
              <td data-label={crosswalkColumns.from}>
                <code>{crosswalk.from}</code>
              </td>
              <td data-label={crosswalkColumns.to}>
                <code>{crosswalk.to}</code>
              </td>
              <td data-label={crosswalkColumns.links}>{crosswalk.links.length}</td>
              <td data-label={crosswalkColumns.editorial}>
                {crosswalk.links.filter((link) => link.provenance === 'editorial').length}
              </td>
              <td data-label={crosswalkColumns.unmapped}>
                {`${crosswalk.unmapped.from.length}, ${crosswalk.unmapped.to.length}`}
              </td>
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
        <ColumnHeads columns={rightsColumns} />
        <tbody>
          {frameworks.map((framework) => (
            <tr key={framework.key}>
              <th scope="row">
                <PageLink href={pages.get(framework.key)}>
                  {`${framework.shortTitle} (${framework.edition})`}
                </PageLink>
              </th>
              <td data-label={rightsColumns.owner}>{framework.publisher}</td>
              <td data-label={rightsColumns.rights}>{framework.rights}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
