// A second production build, from other content, for the tests that need one (hostile content, a
// PUBLIC_BASE_URL override). Each build takes ~5–10 s: share one per test file.
import { spawn } from 'node:child_process';

/** Builds the app from `contentDir` into `outDir` (vite.config.ts, as `npm run build`). */
export function buildApp(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      {
        env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: contentDir, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`the build failed (${code}):\n${output}`)),
    );
  });
}
