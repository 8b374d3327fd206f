// `npm run bench:studio`: how long the studio takes, on this machine, for what staff wait on:
// saving a change (write, commit), checking a draft with the build's validator, and publishing
// (the app's build into a new folder, then the switch), plus a rollback. The real tour server on a
// free port, over HTTP, with a temp copy of content/ in a temp git repository. Needs dist/ (the
// studio's UI is not used). Prints a Markdown table; never fails on slow numbers.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { startServer } from '../server/build-server.ts';
import { loadConfig } from '../server/config.ts';
import { AccountStore } from '../server/studio/accounts.ts';
import { hashPassword } from '../server/studio/password.ts';
import { markdownTable } from './lib/markdown-table.ts';

const DocumentSchema = v.object({
  version: v.string(),
  data: v.looseObject({ title: v.record(v.string(), v.string()) }),
  texts: v.record(v.string(), v.string()),
});
const SavedSchema = v.object({ saveMs: v.number() });
const PublishedSchema = v.object({ release: v.object({ id: v.string() }) });
const LoginSchema = v.object({ csrfToken: v.string() });

const RUNS = 5;
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run "npm run build" first.');
  process.exit(1);
}

const root = mkdtempSync(join(tmpdir(), 'sbc-bench-studio-'));
const contentDir = join(root, 'content');
const dataDir = join(root, 'data');
cpSync('content', contentDir, { recursive: true });
const git = (...args: string[]) => execFileSync('git', ['-C', contentDir, ...args]);
git('init', '--quiet');
git('add', '.');
git(
  '-c',
  'user.name=Bench',
  '-c',
  'user.email=bench@example.org',
  'commit',
  '--quiet',
  '-m',
  'content',
);
new AccountStore(dataDir).put({
  name: 'bench',
  role: 'publisher',
  passwordHash: await hashPassword('bench password 1'),
  created: new Date().toISOString(),
});

const server = await startServer(
  loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    DIST_DIR: 'dist',
    CONTENT_DIR: contentDir,
    STUDIO_DATA_DIR: dataDir,
  }),
);
let cookie = '';
let csrf = '';
async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/api/studio${path}`, {
    method,
    headers: {
      cookie,
      'x-csrf-token': csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const setCookie = response.headers.get('set-cookie');
  if (setCookie) cookie = setCookie.split(';')[0];
  return { status: response.status, body: (await response.json()) as unknown };
}
async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

try {
  const login = await api('POST', '/login', { name: 'bench', password: 'bench password 1' });
  csrf = v.parse(LoginSchema, login.body).csrfToken;
  const stop = '/documents/stop/cord-blood-bank';
  const saves: number[] = [];
  const checks: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const document = v.parse(DocumentSchema, (await api('GET', stop)).body);
    const data = structuredClone(document.data);
    data.title.en = `Cord blood stem cell bank (${run})`;
    const [checkMs, check] = await timed(() =>
      api('POST', '/check/stop/cord-blood-bank', { data, texts: document.texts }),
    );
    if (check.status !== 200) throw new Error(`check: ${check.status}`);
    checks.push(checkMs);
    const [saveMs, saved] = await timed(() =>
      api('PUT', stop, { baseVersion: document.version, data, texts: {} }),
    );
    if (saved.status !== 200) throw new Error(`save: ${saved.status}`);
    // The save's own time (write and git commit), without the check of the whole content after it.
    const result = v.safeParse(SavedSchema, saved.body);
    saves.push(result.success ? result.output.saveMs : saveMs);
  }
  const [publishMs, published] = await timed(() => api('POST', '/publish'));
  if (published.status !== 200)
    throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  const [secondPublishMs] = await timed(() => api('POST', '/publish'));
  const [rollbackMs, rolledBack] = await timed(() =>
    api('POST', '/rollback', { id: v.parse(PublishedSchema, published.body).release.id }),
  );
  if (rolledBack.status !== 200) throw new Error(`rollback: ${rolledBack.status}`);

  console.log(
    markdownTable(
      'Studio timings (this machine)',
      ['step', 'time'],
      [
        [`save a change: write + git commit (median of ${RUNS})`, ms(median(saves))],
        [
          `validate a draft: the build's check on a temp copy (median of ${RUNS})`,
          ms(median(checks)),
        ],
        ['publish: check, build into a new folder, switch (first)', ms(publishMs)],
        ['publish again', ms(secondPublishMs)],
        ['roll back: switch to a kept release', ms(rollbackMs)],
      ],
      `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, content/ as shipped.`,
    ),
  );
} finally {
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
