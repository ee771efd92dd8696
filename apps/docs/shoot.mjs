// Usage (copy into <worktree>/apps/docs/ so playwright resolves, after `pnpm --filter @medlead/docs build`):
//   node apps/docs/shoot.mjs <outdir> <story-id> [<story-id>...]
// env WIDTHS="320,375,768,1280" THEMES="light,dark" (defaults shown). Writes <outdir>/<id>-<theme>-<width>.png
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { serveStatic } from '../../scripts/static-server.mjs';
const [out, ...ids] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const widths = (process.env.WIDTHS ?? '320,375,768,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',');
const server = await serveStatic(new URL('./storybook-static', import.meta.url).pathname, { base: '/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const id of ids) for (const theme of themes) for (const w of widths) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
  await page.waitForSelector('#storybook-root > *', { timeout: 60000 });
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/${id}-${theme}-${w}.png`, fullPage: process.env.FULL !== "0", clip: process.env.CLIP ? (([x,y,w,h]) => ({x,y,width:w,height:h}))(process.env.CLIP.split(",").map(Number)) : undefined });
  await page.close();
}
await browser.close(); server.close();
console.log('done');
