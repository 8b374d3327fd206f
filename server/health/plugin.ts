// GET /api/health: whether this server runs, and which build it serves (dist/version.json, read on
// every request, so a deploy shows at once). For monitoring and load balancers; never cached.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import * as v from 'valibot';
import { type BuildIdentity, VERSION_FILE } from '../../src/pwa/build-identity.ts';
import { sendError } from '../http/errors.ts';

export interface HealthOptions {
  distDir: string;
  /** The folder served now (the studio's current release), asked at each request; default distDir. */
  currentRoot?: () => string;
  /** More figures, by section (e.g. `live`: the relay's rooms and counters), read per request. */
  sections?: ReadonlyMap<string, () => Promise<unknown>>;
}

/** What the build writes to dist/version.json (BuildIdentity), checked: the file is read from disk. */
const VersionFile = v.object({
  buildId: v.pipe(v.string(), v.maxLength(200)),
  buildTime: v.pipe(v.string(), v.maxLength(200)),
  contentVersion: v.pipe(v.string(), v.maxLength(200)),
});

async function readVersion(distDir: string): Promise<BuildIdentity | null> {
  try {
    const text = await readFile(join(distDir, VERSION_FILE), 'utf8');
    const parsed = v.safeParse(VersionFile, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

async function readSections(
  sections: ReadonlyMap<string, () => Promise<unknown>>,
): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    [...sections].map(async ([name, read]) => [name, await read()] as const),
  );
  return Object.fromEntries(entries);
}

export const health: FastifyPluginAsync<HealthOptions> = async (
  app,
  { distDir, currentRoot = () => distDir, sections = new Map() },
) => {
  const started = Date.now();

  app.get('/health', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const uptimeSeconds = Math.round((Date.now() - started) / 1000);
    const [version, more] = await Promise.all([readVersion(currentRoot()), readSections(sections)]);
    if (!version) {
      // The process runs but serves no valid build: a load balancer should send visitors elsewhere.
      return reply.code(503).send({ status: 'no-build', uptimeSeconds, ...more });
    }
    return { status: 'ok', ...version, uptimeSeconds, ...more };
  });

  // Under /api/, an unknown address (or method) is a JSON 404, never the app shell.
  app.all('/*', (_request, reply) => {
    sendError(reply, 404);
  });
};
