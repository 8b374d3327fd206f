// `npm run bench:kiosk-soak [-- --cycles 1000 --idle 0.25 --countdown 0.1]`
//
// A day at reception, compressed: simulated visitors use the built kiosk in Chromium (begin,
// switch language, open stops and a glossary term, walk away) and the real idle timer resets it
// each time (short timings through the kiosk's own ?idle= / ?countdown= overrides: no test hook).
// Prints the JS heap and DOM counts after a warm-up and at the end, measured on the attract
// screen after a forced garbage collection, and fails when the heap grows by 5 MB or more.
// Not a test: it takes minutes. Needs a build (`npm run build`) and Chromium.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { startServer } from '../server/build-server.ts';
import { loadConfig } from '../server/config.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.ts';

const BUDGET_BYTES = 5 * 1024 * 1024;

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '20' },
    idle: { type: 'string', default: '0.25' },
    countdown: { type: 'string', default: '0.1' },
    dist: { type: 'string', default: 'dist' },
  },
});
const cycles = Number(values.cycles);
const warmup = Number(values.warmup);

interface Sample {
  heapUsed: number;
  heapTotal: number;
  domNodes: number;
  liveElements: number;
  listeners: number;
  documents: number;
}

async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  await page.locator('.attract').waitFor();
  // Twice: the first pass may only finalise what the second frees.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const liveElements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    heapUsed: heap.usedSize,
    heapTotal: heap.totalSize,
    domNodes: dom.nodes,
    liveElements,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
  };
}

/** Waits for an element, checking every frame (the default polling backs off to 500 ms). */
function waitFor(page: Page, selector: string, timeout = 5000): Promise<unknown> {
  return page
    .waitForFunction((s) => document.querySelector(s) !== null, selector, {
      polling: 'raf',
      timeout,
    })
    .catch((error) => {
      throw new Error(`${selector}: ${error}`);
    });
}

/**
 * Taps an element the way a finger would (pointer events at its centre). Positions of fixed
 * controls are looked up once and kept: the kiosk's layout is fixed for a screen size, and the
 * gaps between a visitor's taps must stay well under the short idle time of the soak.
 */
function tapper(page: Page) {
  const centres = new Map<string, { x: number; y: number }>();
  return async (selector: string, nth = 0, { fixed = true } = {}) => {
    const key = `${selector}#${nth}`;
    let centre = fixed ? centres.get(key) : undefined;
    if (!centre) {
      centre = await page.evaluate(
        ([s, n]) => {
          const box = document.querySelectorAll(s)[n as number]?.getBoundingClientRect();
          return box && { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        },
        [selector, nth] as const,
      );
      if (!centre) throw new Error(`no ${selector} #${nth}`);
      if (fixed) centres.set(key, centre);
    }
    await page.mouse.click(centre.x, centre.y);
  };
}

type Tap = ReturnType<typeof tapper>;

/** One visitor: begin (alternating how), switch language, one or two stops and a term, then leave. */
async function visit(page: Page, tap: Tap, index: number, stopCount: number): Promise<void> {
  if (index % 3 === 0) await tap('.attract__begin');
  else await tap('.attract__language', index % 2);
  await waitFor(page, '.kiosk-tours');
  await tap('.kiosk-language');
  await tap('.kiosk-stop-tile', index % stopCount);
  await waitFor(page, '.kiosk-prose');
  if (index % 2 === 0) {
    // A glossary term: its place differs by stop and language (and settles a frame after load).
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    if (await page.evaluate(() => document.querySelector('.kiosk-prose .term') !== null)) {
      await tap('.kiosk-prose .term', 0, { fixed: false });
      await waitFor(page, 'dialog.term-dialog[open] h2');
    }
  } else {
    await tap('.kiosk-tab', 1);
    if (await page.evaluate(() => document.querySelector('a.kiosk-next') !== null)) {
      await tap('a.kiosk-next', 0, { fixed: false });
      await waitFor(page, '.kiosk-prose');
    }
  }
  // The visitor walks away: the prompt, the countdown, the reset.
  await waitFor(page, '.attract');
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

async function main() {
  if (!existsSync(`${values.dist}/index.html`)) {
    console.error(`${values.dist}/index.html is missing: run "npm run build" first.`);
    process.exit(1);
  }
  const server = await startServer(
    loadConfig({ DIST_DIR: values.dist, PORT: '0', LOG_LEVEL: 'silent' }),
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  try {
    await page.goto(`${server.url}/kiosk?idle=${values.idle}&countdown=${values.countdown}`);
    await page.locator('.attract').waitFor();
    // Survives only if the kiosk never reloads: the idle reset must not need one.
    await page.evaluate(() => {
      (window as unknown as { soakMarker: boolean }).soakMarker = true;
    });
    await page.locator('.attract__begin').click();
    await page.locator('.kiosk-stop-tile').first().waitFor();
    const stops = await page.locator('.kiosk-stop-tile').count();
    await page.locator('.attract').waitFor({ timeout: 10_000 });

    const loaded = await sample(page, cdp);
    const tap = tapper(page);
    let interrupted = 0;
    const run = async (from: number, to: number) => {
      for (let index = from; index < to; index++) {
        try {
          await visit(page, tap, index, stops);
        } catch {
          // A slow moment let the idle reset catch the simulated visitor mid-visit: the kiosk
          // did its job; the cycle is counted and the next one starts from the attract screen.
          interrupted += 1;
          await waitFor(page, '.attract', 15_000).catch(() => {
            throw new Error(`cycle ${index + 1}: the kiosk did not return to its attract screen`);
          });
        }
        if ((index + 1) % 100 === 0) {
          console.log(`  ${index + 1} cycles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        }
      }
    };
    const started = Date.now();
    await run(0, warmup);
    const start = await sample(page, cdp);
    // Samples on the way show whether any growth levels off or keeps climbing.
    const columns: [string, Sample][] = [
      ['first reset', loaded],
      [`${warmup} (start)`, start],
    ];
    const checkpoints = [1, 2, 3, 4].map((q) => Math.round((cycles * q) / 4));
    let done = warmup;
    for (const checkpoint of checkpoints.filter((c) => c > warmup)) {
      await run(done, checkpoint);
      done = checkpoint;
      columns.push([
        checkpoint === cycles ? `${checkpoint} (end)` : String(checkpoint),
        await sample(page, cdp),
      ]);
    }
    const end = columns[columns.length - 1][1];
    const seconds = (Date.now() - started) / 1000;
    const reloaded = !(await page.evaluate(
      () => (window as unknown as { soakMarker?: boolean }).soakMarker,
    ));

    const rows: [string, (s: Sample) => number, (n: number) => string][] = [
      ['JS heap used (MB)', (s) => s.heapUsed, mb],
      ['JS heap total (MB)', (s) => s.heapTotal, mb],
      ['DOM nodes (CDP)', (s) => s.domNodes, String],
      ['DOM elements in document', (s) => s.liveElements, String],
      ['JS event listeners', (s) => s.listeners, String],
      ['documents', (s) => s.documents, String],
    ];
    const header = ['after cycle', ...columns.map(([label]) => label), 'end − start'];
    const table = [
      header,
      ...rows.map(([name, value, format]) => [
        name,
        ...columns.map(([, s]) => format(value(s))),
        format(value(end) - value(start)),
      ]),
    ];
    const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
    console.log(
      `\nKiosk soak: ${cycles} visitor cycles in ${seconds.toFixed(0)} s ` +
        `(${((seconds * 1000) / cycles).toFixed(0)} ms a cycle, idle ${values.idle} s + countdown ${values.countdown} s), ` +
        `${interrupted} interrupted by the idle reset, page reloaded: ${reloaded ? 'yes' : 'no'}\n`,
    );
    for (const row of table) {
      console.log(
        row
          .map((cell, column) =>
            column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
          )
          .join('   '),
      );
    }
    const growth = end.heapUsed - start.heapUsed;
    console.log(
      `\nHeap growth ${mb(growth)} MB (budget < ${mb(BUDGET_BYTES)} MB): ${growth < BUDGET_BYTES ? 'OK' : 'OVER BUDGET'}`,
    );
    if (errors.length > 0) console.log(`Page errors:\n${errors.join('\n')}`);
    process.exitCode = growth < BUDGET_BYTES && errors.length === 0 && !reloaded ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
