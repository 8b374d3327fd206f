// Debian's nginx running one of docs/deploy/*.conf as shipped, on a free 127.0.0.1 port, in front
// of a given dist/ (and, for nginx.conf, of a given tour server). Only `listen`, `root` and the
// upstream's port are changed.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../scripts/lib/free-port.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  port: number;
  base: string;
  stop(): Promise<void>;
}

export async function startNginx(
  configFile: string,
  { dist, tourServerPort }: { dist: string; tourServerPort?: number },
): Promise<RunningNginx> {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx is missing (${NGINX}): apt-get install -y nginx (or set NGINX_PATH)`);
  }
  const work = mkdtempSync(join(tmpdir(), 'sbc-nginx-'));
  const port = await freePort();
  let site = readFileSync(configFile, 'utf8')
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/var\/www\/sbc-tour;/m, `$1root ${dist};`);
  if (tourServerPort !== undefined) {
    site = site.replace(
      /^(\s*)server 127\.0\.0\.1:4173;/m,
      `$1server 127.0.0.1:${tourServerPort};`,
    );
    if (!site.includes(`server 127.0.0.1:${tourServerPort};`)) throw new Error('no upstream found');
  }
  if (!site.includes(`listen 127.0.0.1:${port};`) || !site.includes(`root ${dist};`)) {
    throw new Error(`${configFile}: listen or root not found`);
  }
  writeFileSync(join(work, 'site.conf'), site);
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
  writeFileSync(
    join(work, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`,
  );
  const nginx: ChildProcess = spawn(
    NGINX,
    ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  nginx.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const base = `http://127.0.0.1:${port}`;
  // Wait (bounded) until nginx answers.
  for (let attempt = 0; ; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${stderr}`);
    try {
      await (await fetch(`${base}/`)).text();
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return {
    port,
    base,
    async stop() {
      if (nginx.exitCode === null) {
        const exited = new Promise((done) => nginx.once('exit', done));
        nginx.kill('SIGQUIT');
        await exited;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
