// `npm run screenshots [-- OUT_DIR] [-- paths…]`: screenshots of the built app at phone, tablet and
// kiosk sizes in every language of the content ($CONTENT_DIR or content/), for looking at what
// visitors see. Serves dist/ itself.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadContent } from '../pipeline/content/load-content.ts';
import { startServer } from '../server/build-server.ts';
import { loadConfig } from '../server/config.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.ts';

const SIZES = {
  phone: { width: 390, height: 844 },
  tablet: { width: 1024, height: 768 },
  kiosk: { width: 1920, height: 1080 },
};

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
const routes =
  paths.length > 0 ? paths : ['/', '/tours/delegation', '/stops/welcome', '/glossary', '/nowhere'];
mkdirSync(outDir, { recursive: true });
const loaded = loadContent(process.env.CONTENT_DIR ?? 'content');
if (!loaded.content) throw new Error('the content is invalid: run "npm run content:check"');
const languages = loaded.content.site.languages.map((language) => language.code);

const server = await startServer(loadConfig({ DIST_DIR: 'dist', PORT: '0', LOG_LEVEL: 'silent' }));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const [sizeName, viewport] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport });
    for (const lang of languages) {
      for (const route of routes) {
        const separator = route.includes('?') ? '&' : '?';
        await page.goto(`${server.url}${route}${separator}lang=${lang}`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        const name = `${sizeName}-${lang}-${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: true });
        console.log(join(outDir, name));
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
