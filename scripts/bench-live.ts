// `npm run bench:live`: the live relay under load, measured (a benchmark, not a test: it never
// fails on slow numbers). The tour server runs as a CHILD process on 127.0.0.1, so its memory
// and CPU (read from /proc) are apart from the clients'; this process plays one presenter and N
// followers (socket.io-client), moves the tour 20 times, and prints Markdown tables: the delay
// from each move to each follower's receipt, messages lost, the server's RSS and CPU time. Then
// the same with two instances on one Redis (followers split across them).
// Progress goes to stderr: `npm run --silent bench:live > bench-live.md` keeps only the tables.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { LIVE_SOCKET_PATH, type LivePosition } from '../src/live/protocol.ts';
import { freePort } from './lib/free-port.ts';
import { startRedis } from './lib/redis-server.ts';

const MOVES = 20;
const MOVE_EVERY_MS = 250;
const RUNS: { followers: number; transport: 'websocket' | 'polling'; instances: 1 | 2 }[] = [
  { followers: 50, transport: 'websocket', instances: 1 },
  { followers: 300, transport: 'websocket', instances: 1 },
  { followers: 1000, transport: 'websocket', instances: 1 },
  { followers: 50, transport: 'polling', instances: 1 },
  { followers: 50, transport: 'websocket', instances: 2 },
  { followers: 300, transport: 'websocket', instances: 2 },
  { followers: 1000, transport: 'websocket', instances: 2 },
];
const CLOCK_TICKS = 100; // USER_HZ on Linux

const log = (line: string) => process.stderr.write(`${line}\n`);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Instance {
  url: string;
  child: ChildProcess;
}

async function startInstance(distDir: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      PATH: process.env.PATH,
      DIST_DIR: distDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LIVE_MAX_FOLLOWERS_PER_ROOM: '5000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error('the tour server stopped');
    try {
      if ((await fetch(`${url}/api/live`)).ok) break;
    } catch {
      if (attempt > 300) throw new Error('the tour server did not start');
    }
    await pause(50);
  }
  return { url, child };
}

async function stopInstance({ child }: Instance): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

/** Resident memory (bytes) and CPU time used so far (seconds) of a process, from /proc. */
function usage(pid: number): { rss: number; cpu: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name).
  const cpu = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  return { rss, cpu };
}

function connect(url: string, transport: 'websocket' | 'polling'): Promise<Socket> {
  const socket = io(url, { path: LIVE_SOCKET_PATH, transports: [transport], forceNew: true });
  return new Promise((done, fail) => {
    socket.once('connect', () => done(socket));
    socket.once('connect_error', fail);
  });
}

function position(seq: number): LivePosition {
  const stops = Array.from({ length: 12 }, (_, i) => ({ stop: `stop-${i}`, minutes: 5 }));
  return {
    sessionId: 'bench-session',
    tourId: 'delegation',
    stops,
    index: seq % stops.length,
    audience: 'both',
    clock: {
      startedAt: Date.now() - 60_000,
      pausedAt: null,
      pausedTotal: 0,
      clockStarted: true,
      enteredAt: 1000 * seq,
    },
    contentVersion: 'bench',
    seq,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

interface Result {
  followers: number;
  transport: string;
  instances: number;
  p50: number;
  p95: number;
  max: number;
  lost: number;
  rssMb: number;
  cpuConnect: number;
  cpuMoves: number;
  /** The machine's 1-minute load average when the run ended: other work competes for the cores. */
  load: number;
}

async function run(
  distDir: string,
  { followers, transport, instances }: (typeof RUNS)[number],
  redisUrl: string | null,
): Promise<Result> {
  const env = redisUrl ? { REDIS_URL: redisUrl } : ({} as Record<string, string>);
  const servers: Instance[] = [];
  for (let i = 0; i < instances; i++) servers.push(await startInstance(distDir, env));
  const sockets: Socket[] = [];
  try {
    const before = servers.map(({ child }) => usage(child.pid!));
    const room = (await (await fetch(`${servers[0].url}/api/live`, { method: 'POST' })).json()) as {
      code: string;
      secret: string;
    };
    const presenter = await connect(servers[0].url, 'websocket');
    sockets.push(presenter);
    const present = await presenter.timeout(10_000).emitWithAck('present', room);
    if (!present.ok) throw new Error(`present: ${present.error}`);

    const sentAt = new Map<number, number>();
    const delays: number[] = [];
    let received = 0;
    // Connected in batches of 50, as a delegation arrives (not all in the same millisecond).
    for (let first = 0; first < followers; first += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, followers - first) }, (_, i) =>
          connect(servers[(first + i) % instances].url, transport),
        ),
      );
      await Promise.all(
        batch.map(async (socket) => {
          const joined = await socket.timeout(10_000).emitWithAck('join', { code: room.code });
          if (!joined.ok) throw new Error(`join: ${joined.error}`);
          socket.on('position', ({ position: { seq } }: { position: LivePosition }) => {
            received += 1;
            delays.push(performance.now() - (sentAt.get(seq) ?? Number.NaN));
          });
        }),
      );
      sockets.push(...batch);
    }
    await pause(1000);
    const connected = servers.map(({ child }) => usage(child.pid!));
    log(`  ${followers} followers connected (${transport}, ${instances} instance(s))`);

    for (let seq = 1; seq <= MOVES; seq++) {
      sentAt.set(seq, performance.now());
      presenter.emit('move', { ...room, position: position(seq) });
      await pause(MOVE_EVERY_MS);
    }
    // Stragglers: bounded wait for every message.
    for (let waited = 0; received < followers * MOVES && waited < 5000; waited += 50)
      await pause(50);
    const after = servers.map(({ child }) => usage(child.pid!));
    const sorted = delays.filter(Number.isFinite).sort((a, b) => a - b);
    const sum = (list: { cpu: number }[]) => list.reduce((total, item) => total + item.cpu, 0);
    return {
      followers,
      transport,
      instances,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1) ?? Number.NaN,
      lost: followers * MOVES - received,
      rssMb: after.reduce((total, item) => total + item.rss, 0) / 2 ** 20,
      cpuConnect: sum(connected) - sum(before),
      cpuMoves: sum(after) - sum(connected),
      load: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]),
    };
  } finally {
    for (const socket of sockets) socket.close();
    await Promise.all(servers.map(stopInstance));
  }
}

function table(title: string, results: Result[]): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    `### ${title}`,
    '',
    '| followers | transport | p50 | p95 | max | lost | server RSS | server CPU: connecting | server CPU: 20 moves | load avg |',
    '| --: | --- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...results.map(
      (r) =>
        `| ${r.followers} | ${r.transport} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.lost} of ${r.followers * MOVES} | ${r.rssMb.toFixed(0)} MB | ${r.cpuConnect.toFixed(2)} s | ${r.cpuMoves.toFixed(2)} s | ${r.load.toFixed(1)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

const distDir = mkdtempSync(join(tmpdir(), 'sbc-bench-live-'));
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>bench</title>\n');
writeFileSync(
  join(distDir, 'version.json'),
  JSON.stringify({
    buildId: 'bench',
    buildTime: new Date().toISOString(),
    contentVersion: 'bench',
  }),
);
const redis = await startRedis();
try {
  const single: Result[] = [];
  const clustered: Result[] = [];
  for (const config of RUNS) {
    log(`run: ${config.followers} followers, ${config.transport}, ${config.instances} instance(s)`);
    const result = await run(distDir, config, config.instances === 2 ? redis.url : null);
    (config.instances === 2 ? clustered : single).push(result);
  }
  process.stdout.write(
    [
      `## Live relay: one presenter, ${MOVES} moves ${MOVE_EVERY_MS} ms apart (delay from move to receipt)`,
      '',
      table('One instance (rooms in memory)', single),
      table(
        'Two instances and Redis (followers split across them; RSS and CPU of both)',
        clustered,
      ),
    ].join('\n'),
  );
} finally {
  await redis.stop();
  rmSync(distDir, { recursive: true, force: true });
}
