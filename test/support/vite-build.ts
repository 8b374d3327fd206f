// A production build of the app from another content folder into another folder, in a child
// process (as `npm run build` would run it, without the budget check).
import { spawn } from 'node:child_process';

export function viteBuild(contentDir: string, outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'],
      {
        env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: contentDir },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite build failed (${code}):\n${stderr}`)),
    );
  });
}

/** The same build, for a test that expects it to fail: its exit code and everything it printed. */
export function viteBuildOutput(
  contentDir: string,
  outDir: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'],
      { env: { ...process.env, CONTENT_DIR: contentDir }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => done({ code, output }));
  });
}
