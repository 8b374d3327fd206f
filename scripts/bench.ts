// `npm run bench`: builds (the npm script), serves dist/ on 127.0.0.1 with the tour server as
// `npm start` does (security headers, gzip) and prints how small and fast the app is, as Markdown
// to paste into a note: sizes (the budget check's own figures: lib/size-table.ts), Lighthouse
// (mobile), interaction timings from the app's User Timing measures (src/perf/interaction.ts) and
// the offline cold start. A benchmark, not a test: it never fails on slow numbers
// (scripts/check-budgets.ts, run by every build, does that).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadContent } from '../pipeline/content/load-content.ts';
import { contentDirFrom } from '../pipeline/tour-build.ts';
import { startServer } from '../server/build-server.ts';
import { loadConfig } from '../server/config.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.ts';
import { type Cell, markdownTable } from './lib/markdown-table.ts';
import { sizeTable } from './lib/size-table.ts';

const DIST = resolve(process.argv[2] ?? 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 10);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const LIGHTHOUSE = resolve('node_modules/lighthouse/cli/index.js');
const LIGHTHOUSE_VERSION = JSON.parse(
  readFileSync('node_modules/lighthouse/package.json', 'utf8'),
).version;

const sections: string[] = [];
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function table(title: string, head: string[], rows: Cell[][], note?: string): void {
  sections.push(markdownTable(title, head, rows, note));
}

const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);

/** Nearest-rank percentile of a sample. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// ---------------------------------------------------------------------------------------------
// Lighthouse (the CLI, as documented; a fresh Chromium profile per run)
// ---------------------------------------------------------------------------------------------

interface ResourceSummaryItem {
  resourceType: string;
  requestCount: number;
  transferSize: number;
}

interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: unknown[] } }>;
  runtimeError?: { message: string };
}

function runLighthouse(url: string): Promise<LighthouseResult> {
  const profile = mkdtempSync(join(tmpdir(), 'sbc-lh-'));
  const args = [
    LIGHTHOUSE,
    url,
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    // These two audits crash on this Chromium (Lighthouse 12.2.3); the LCP time and CLS come from
    // the metrics audits, which do not.
    '--skip-audits=largest-contentful-paint-element,layout-shifts',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')} --user-data-dir=${profile}`,
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      rmSync(profile, { recursive: true, force: true });
      if (code !== 0) fail(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`));
      else done(JSON.parse(stdout) as LighthouseResult);
    });
  });
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART) on a busy machine: try again. */
async function lighthouseWithRetry(url: string, attempts = 3): Promise<LighthouseResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await runLighthouse(url);
      if (result.runtimeError) throw new Error(result.runtimeError.message);
      return result;
    } catch (error) {
      if (attempt >= attempts) throw error;
      log(`lighthouse failed (${(error as Error).message.split('\n')[0].slice(0, 120)}), retrying`);
    }
  }
}

async function measureLighthouse(base: string, stopId: string): Promise<void> {
  if (LIGHTHOUSE_RUNS < 1) return; // BENCH_LIGHTHOUSE_RUNS=0: a quick run without Lighthouse
  const rows: Cell[][] = [];
  const byteRows: Cell[][] = [];
  const score = (result: LighthouseResult, id: string) => {
    const value = result.categories[id]?.score;
    return value === null || value === undefined ? 'n/a' : Math.round(value * 100);
  };
  for (const [label, path] of [
    ['`/`', '/'],
    [`\`/stops/${stopId}\``, `/stops/${stopId}`],
  ]) {
    for (const lang of ['zh-CN', 'en']) {
      log(`lighthouse ${path} (${lang}) × ${LIGHTHOUSE_RUNS}`);
      try {
        const runs: LighthouseResult[] = [];
        for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
          runs.push(await lighthouseWithRetry(`${base}${path}?lang=${lang}`));
        }
        // One run is noisy on a busy machine: report the run with the median performance score.
        runs.sort(
          (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
        );
        const result = runs[Math.floor(runs.length / 2)];
        const audit = (id: string) => result.audits[id]?.numericValue;
        rows.push([
          label,
          lang,
          score(result, 'performance'),
          score(result, 'accessibility'),
          score(result, 'best-practices'),
          ms(audit('first-contentful-paint')),
          ms(audit('largest-contentful-paint')),
          ms(audit('total-blocking-time')),
          (audit('cumulative-layout-shift') ?? Number.NaN).toFixed(3),
          ms(audit('speed-index')),
        ]);
        byteRows.push([label, lang, ...resourceCells(result)]);
      } catch (error) {
        rows.push([
          label,
          lang,
          `failed: ${(error as Error).message.split('\n')[0]}`,
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]);
      }
    }
  }
  table(
    `Lighthouse ${LIGHTHOUSE_VERSION} (mobile: simulated slow 4G, 4× CPU slowdown; median of ${LIGHTHOUSE_RUNS} runs)`,
    ['page', 'lang', 'perf', 'a11y', 'best pr.', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'],
    rows,
  );
  table(
    'First page: bytes transferred and requests by type (Lighthouse resource summary, same runs)',
    ['page', 'lang', ...RESOURCE_TYPES.map((type) => type.label)],
    byteRows,
    'Each cell: transfer size / requests. Chromium here has the system CJK font (fonts-noto-cjk).',
  );
}

const RESOURCE_TYPES = [
  { id: 'total', label: 'total' },
  { id: 'document', label: 'HTML' },
  { id: 'script', label: 'JS' },
  { id: 'stylesheet', label: 'CSS' },
  { id: 'font', label: 'fonts' },
  { id: 'image', label: 'images' },
  { id: 'other', label: 'other' },
];

/** "12.3 KB / 4" per resource type, from Lighthouse's resource-summary audit. */
function resourceCells(result: LighthouseResult): Cell[] {
  const items = (result.audits['resource-summary']?.details?.items ?? []) as ResourceSummaryItem[];
  return RESOURCE_TYPES.map(({ id }) => {
    const item = items.find((entry) => entry.resourceType === id);
    return item ? `${(item.transferSize / 1000).toFixed(1)} KB / ${item.requestCount}` : 'n/a';
  });
}

// ---------------------------------------------------------------------------------------------
// Interactions and the offline cold start, in Chromium via playwright-core
// ---------------------------------------------------------------------------------------------

function launchContext(
  profile: string,
  options: { viewport?: { width: number; height: number } } = {},
) {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    serviceWorkers: 'allow',
    viewport: options.viewport ?? { width: 390, height: 844 },
    locale: 'zh-CN',
  });
}

/** Clears the measures, runs `act`, and returns the duration of the measure `name` it caused. */
async function timed(page: Page, name: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => performance.clearMeasures());
  await act();
  const handle = await page.waitForFunction(
    (measure) => performance.getEntriesByName(measure, 'measure')[0]?.duration,
    name,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}

interface Sample {
  name: string;
  values: number[];
  note?: string;
}

async function stopNavigation(
  context: BrowserContext,
  base: string,
  tourId: string,
  stops: string[],
): Promise<Sample> {
  const page = await context.newPage();
  await page.goto(`${base}/stops/${stops[0]}?tour=${tourId}&lang=zh-CN`);
  await page.locator('.prose').waitFor();
  const values: number[] = [];
  // Back and forth through the tour: each press of Next (or Previous) is one stop → stop.
  let direction: 'next' | 'prev' = 'next';
  while (values.length < RUNS) {
    if ((await page.locator(`a[rel="${direction}"]`).count()) === 0) {
      direction = direction === 'next' ? 'prev' : 'next';
    }
    values.push(
      await timed(page, 'sbc:stop-navigation', () => page.locator(`a[rel="${direction}"]`).click()),
    );
  }
  await page.close();
  return { name: 'stop → next stop (tap to stop shown)', values };
}

async function languageSwitch(
  context: BrowserContext,
  base: string,
  stopId: string,
): Promise<Sample> {
  const page = await context.newPage();
  await page.goto(`${base}/stops/${stopId}?lang=zh-CN`);
  await page.locator('.prose').waitFor();
  const values: number[] = [];
  while (values.length < RUNS) {
    values.push(
      await timed(page, 'sbc:language-switch', () => page.locator('.language-switch').click()),
    );
  }
  await page.close();
  return { name: 'language switch (on a stop page)', values };
}

/**
 * Kiosk idle reset, against this contract with the kiosk mode: `/kiosk?idle=1&countdown=1` sets a
 * 1 s idle time and a 1 s countdown; the attract screen's root has `data-kiosk-screen="attract"`
 * and a tap on it starts a visit; the kiosk measures `sbc:kiosk-reset` (startInteraction when the
 * countdown reaches zero, endInteraction once the attract screen is rendered).
 */
async function kioskReset(base: string): Promise<Sample> {
  const name = 'kiosk idle reset (countdown end to attract screen)';
  const profile = mkdtempSync(join(tmpdir(), 'sbc-bench-kiosk-'));
  const context = await launchContext(profile, { viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/kiosk?idle=1&countdown=1`);
    const attract = page.locator('[data-kiosk-screen="attract"]');
    try {
      await attract.waitFor({ timeout: 10_000 });
    } catch {
      return { name, values: [], note: 'n/a (no `[data-kiosk-screen="attract"]` in this build)' };
    }
    const values: number[] = [];
    while (values.length < RUNS) {
      try {
        values.push(
          await timed(page, 'sbc:kiosk-reset', async () => {
            await attract.click();
            await attract.waitFor({ state: 'detached' });
          }),
        );
      } catch {
        return { name, values: [], note: 'n/a (the kiosk does not measure `sbc:kiosk-reset`)' };
      }
    }
    return { name, values };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function measureInteractions(base: string, tourId: string, stops: string[]): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'sbc-bench-'));
  const context = await launchContext(profile);
  const samples: Sample[] = [];
  try {
    log(`stop navigation × ${RUNS}`);
    samples.push(await stopNavigation(context, base, tourId, stops));
    log(`language switch × ${RUNS}`);
    samples.push(await languageSwitch(context, base, stops[0]));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  log(`kiosk idle reset × ${RUNS}`);
  samples.push(await kioskReset(base));
  table(
    'Interactions (from the tap to the next frame painted)',
    ['interaction', 'runs', 'median', 'p95'],
    samples.map((sample) =>
      sample.values.length === 0
        ? [sample.name, 0, sample.note ?? 'n/a', '']
        : [
            sample.name,
            sample.values.length,
            ms(percentile(sample.values, 50)),
            ms(percentile(sample.values, 95)),
          ],
    ),
    'Phone viewport (390×844), no CPU throttling; kiosk at 1920×1080.',
  );
}

/** First contentful paint of `/` in a freshly started browser, served by the service worker offline. */
async function measureOfflineColdStart(base: string): Promise<void> {
  const title = 'Offline cold start (browser restarted, network cut, `/` from the service worker)';
  const head = ['what', 'runs', 'median', 'p95'];
  if (!existsSync(join(DIST, 'sw.js'))) {
    table(title, head, [
      ['navigation → first contentful paint', 0, 'n/a (no service worker in this build)', ''],
    ]);
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'sbc-bench-offline-'));
  const values: number[] = [];
  let note = '';
  try {
    // Install the worker and let it take control, online.
    let context = await launchContext(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
      await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    await context.close();

    for (let run = 0; run < COLD_STARTS; run++) {
      context = await launchContext(profile);
      await context.setOffline(true);
      page = context.pages()[0] ?? (await context.newPage());
      try {
        await page.goto(`${base}/`);
        const handle = await page.waitForFunction(() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return fcp && navigator.serviceWorker.controller ? fcp.startTime : undefined;
        });
        values.push((await handle.jsonValue()) as number);
      } catch (error) {
        note = `failed offline: ${(error as Error).message.split('\n')[0]}`;
      } finally {
        await context.close();
      }
      if (note) break;
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  table(title, head, [
    values.length === 0 || note
      ? ['navigation → first contentful paint', values.length, note || 'n/a', '']
      : [
          'navigation → first contentful paint',
          values.length,
          ms(percentile(values, 50)),
          ms(percentile(values, 95)),
        ],
  ]);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`${DIST}/index.html is missing: run "npm run bench" (it builds first).`);
    process.exit(1);
  }
  const loaded = loadContent(contentDirFrom(process.env));
  if (!loaded.content) throw new Error('the content is invalid: run "npm run content:check"');
  const { site, tours } = loaded.content;
  const tour = tours.find((t) => t.id === site.kiosk.defaultTour) ?? tours[0];
  const stops = tour.stops.map((entry) => entry.stop);

  const started = Date.now();
  sections.push(sizeTable(DIST));
  // The tour server as `npm start` runs it (security headers, gzip), silent: stdout is the tables.
  const server = await startServer(loadConfig({ DIST_DIR: DIST, PORT: '0', LOG_LEVEL: 'silent' }));
  try {
    await measureLighthouse(server.url, stops[0]);
    await measureInteractions(server.url, tour.id, stops);
    log(`offline cold start × ${COLD_STARTS}`);
    await measureOfflineColdStart(server.url);
  } finally {
    await server.close();
  }

  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' })
    .trim()
    .split('\n')[0];
  const header = [
    `## Bench — ${new Date().toISOString().slice(0, 10)}, commit ${git('rev-parse', '--short', 'HEAD')}, content ${loaded.content.version}`,
    '',
    `${chromiumVersion} · Node ${process.version} · ${cpus().length} cores · served by the tour server (server/) on 127.0.0.1 (gzip, strict CSP) · ${Math.round((Date.now() - started) / 1000)} s`,
  ].join('\n');
  console.log(`\n${[header, ...sections].join('\n\n')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
