import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureDist, makeFixtureDist } from './support/fixture-dist.ts';

// `npm run serve` as a process: settings from the environment (or the old positional form),
// a clear error and exit code 1 for bad ones, one JSON log line per request, a clean stop on
// SIGTERM and SIGINT.

let dist: FixtureDist;
const running: ChildProcess[] = [];

beforeAll(() => {
  dist = makeFixtureDist();
});
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => dist?.remove());

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
}

function serve(env: Record<string, string>, args: string[] = []): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    err += chunk;
  });
  return { child, stdout: () => out, stderr: () => err };
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const [code] = await once(child, 'exit');
  return code;
}

/** The address the server says it listens on (its start-up log line). */
async function listeningUrl(run: Run): Promise<string> {
  for (let waited = 0; waited < 15_000; waited += 50) {
    const match = /"url":"(http:\/\/[^"]+)"/.exec(run.stdout());
    if (match) return match[1];
    if (run.child.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`the server did not start:\n${run.stdout()}\n${run.stderr()}`);
}

const logLines = (run: Run) =>
  run
    .stdout()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));

// Each test starts Node.js with tsx: seconds on a busy machine.
describe('npm run serve (server/main.ts)', { timeout: 30_000 }, () => {
  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty": must be a whole number/],
    [{ HOST: 'a host' }, /HOST="a host": must be an IP address or a host name/],
    [{ LOG_LEVEL: 'chatty' }, /LOG_LEVEL="chatty": must be one of/],
    [{ DIST_DIR: '/nonexistent/dist' }, /DIST_DIR: .*index\.html is missing: run "npm run build"/],
    [{ LIVE_MAX_ROOMS: 'lots' }, /LIVE_MAX_ROOMS="lots": must be a whole number/],
    // Port 9 (discard) on loopback: nothing listens there.
    [{ REDIS_URL: 'redis://127.0.0.1:9' }, /could not start: REDIS_URL: cannot connect to Redis/],
  ])('stops with exit code 1 and a clear message for %o', async (env, message) => {
    const run = serve({ DIST_DIR: dist.dir, PORT: '0', ...env });
    expect(await exitCode(run.child)).toBe(1);
    expect(run.stderr()).toMatch(message);
    expect(run.stderr()).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('serves, logs one line per request without the query, and stops cleanly on SIGTERM', async () => {
    const run = serve({ DIST_DIR: dist.dir, PORT: '0', HOST: '127.0.0.1' });
    const url = await listeningUrl(run);
    const response = await fetch(`${url}/stops/welcome?secret=do-not-log`);
    expect(response.status).toBe(200);
    await response.text();
    await new Promise((done) => setTimeout(done, 100));
    const requests = logLines(run).filter((line) => line.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({ method: 'GET', path: '/stops/welcome', status: 200 }),
    ]);
    expect(run.stdout()).not.toContain('do-not-log');
    run.child.kill('SIGTERM');
    expect(await exitCode(run.child)).toBe(0);
    expect(logLines(run).at(-1)?.msg).toMatch(/^stopping/);
  });

  it('accepts the old positional form `serve DIST_DIR PORT`, and stops on SIGINT', async () => {
    const run = serve({}, [dist.dir, '0']);
    const url = await listeningUrl(run);
    const response = await fetch(`${url}/version.json`);
    expect(response.status).toBe(200);
    await response.text();
    run.child.kill('SIGINT');
    expect(await exitCode(run.child)).toBe(0);
  });
});
