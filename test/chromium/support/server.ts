// Vitest global setup for the browser tests: the tour server (server/) serves the production build
// (dist/) on 127.0.0.1, under the strict Content Security Policy it is deployed with, so every
// test runs under it.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startTestServer } from '../../support/tour-server.ts';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: the browser tests run against the production build ("npm run build").',
    );
  }
  const server = await startTestServer('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
