// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, with a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/lib/chromium.ts';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  serviceWorkers?: 'allow' | 'block';
  viewport?: { width: number; height: number };
  locale?: string;
  hasTouch?: boolean;
  /** Environment of the browser process (e.g. FONTCONFIG_FILE: support/fonts.ts). */
  env?: Record<string, string>;
  /** false: a visitor with JavaScript turned off. */
  javaScriptEnabled?: boolean;
}

/** A persistent context (service workers need a real profile directory). */
export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'sbc-pw-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport: options.viewport ?? { width: 390, height: 844 },
    locale: options.locale ?? 'zh-CN',
    hasTouch: options.hasTouch,
    env: options.env ? { ...process.env, ...options.env } : undefined,
    javaScriptEnabled: options.javaScriptEnabled,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serious and critical axe-core violations (WCAG 2.2 A/AA), as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}

/**
 * Collects page errors and console errors, so a test can assert there were none. The one error
 * left out is Chromium's note that a page's own document came with an error status (the "page
 * not found" is a 404): a test asserts that status itself; a failed script or image still counts.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  const documents = new Set<string>();
  page.on('response', (response) => {
    if (response.request().isNavigationRequest()) documents.add(response.url());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const ownStatus =
      message.text().startsWith('Failed to load resource:') &&
      documents.has(message.location().url);
    if (!ownStatus) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Waits until the app has started on the page (src/main.tsx sets `data-app="ready"`). A
 * prerendered page shows its text before any script is even requested (public/boot.js): what the
 * device itself stored (visited stops, the in-depth tab) is on screen only from then on.
 */
export async function appStarted(page: Page): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}
