// Printed by `pnpm start` before it builds: the first build (core, react, elements, the embed
// page, then the docs app) takes minutes and would otherwise say nothing a newcomer can read.
import { existsSync } from 'node:fs';

const built = [
  'packages/core/dist',
  'packages/react/dist',
  'packages/elements/dist',
  'apps/embed/dist',
]
  .map((folder) => new URL(`../${folder}`, import.meta.url))
  .every((folder) => existsSync(folder));

console.log(
  built
    ? 'medlead: building what changed since the last start (seconds, usually), then starting the docs…'
    : 'medlead: building the packages and the docs the first time takes about 3 minutes; later starts take seconds…',
);
console.log('medlead: the docs will be at http://localhost:6006 when Storybook says it is ready.');
