// The studio (issue 13): staff edit, check, preview and publish the tour content. The UI under
// /studio (its own build, dist/studio/, never the visitor app's shell nor its precache), the API
// under /api/studio. Every API route but login needs a session; every write needs the CSRF token;
// publishing and rolling back need the publisher role. Cookies, sessions, CSRF and rate limits
// are Fastify's own plugins, encapsulated here so the visitor app gets none of them.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { missingTexts } from '../../src/studio/missing-texts.ts';
import type { StudioConfig } from '../config.ts';
import { sendError } from '../http/errors.ts';
import { looksLikeFile, requestPath } from '../static/request-path.ts';
import { type Account, AccountStore, type Role } from './accounts.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { StudioProblem } from './check.ts';
import { DocumentStore } from './documents.ts';
import { gitRepoOf } from './git.ts';
import { MAX_UPLOAD_BYTES, photoName, photoTypeOf } from './images.ts';
import { STUDIO_LIMITS } from './limits.ts';
import { DUMMY_HASH_PROMISE, MAX_PASSWORD_LENGTH, verifyPassword } from './password.ts';
import { type DocumentRef, documentRef, insideContent, PathError, stopFolderOf } from './paths.ts';
import { BuildError, INSTALLED, type ReleaseStore } from './releases.ts';
import { SaveLog } from './save-log.ts';

declare module 'fastify' {
  interface Session {
    user?: string;
  }
}

export interface StudioOptions {
  studio: StudioConfig;
  /** DIST_DIR: the studio's own UI is its studio/ folder (built with the app). */
  distDir: string;
  releases: ReleaseStore;
}

const LoginSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(64)),
  password: v.pipe(v.string(), v.maxLength(MAX_PASSWORD_LENGTH)),
});
const TextsSchema = v.record(v.string(), v.pipe(v.string(), v.maxLength(200_000)));
const DraftSchema = v.object({ data: v.unknown(), texts: v.optional(TextsSchema, {}) });
const SaveSchema = v.object({
  baseVersion: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  data: v.unknown(),
  texts: v.optional(TextsSchema, {}),
});
const RollbackSchema = v.object({ id: v.pipe(v.string(), v.maxLength(40)) });
const TEXT_KINDS = ['body', 'depth'];
const SESSION_COOKIE = 'sbc_studio';
const IMAGE_NAME = /^[\w.-]{1,100}\.(svg|png|jpe?g|webp)$/i;
const MEDIA_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

export const studio: FastifyPluginAsync<StudioOptions> = async (app, options) => {
  const { contentDir, dataDir, secureCookies } = options.studio;
  const accounts = new AccountStore(dataDir);
  const documents = new DocumentStore(
    contentDir,
    new SaveLog(dataDir),
    await gitRepoOf(contentDir),
  );
  const releases = options.releases;
  const uiRoot = join(options.distDir, 'studio');

  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: sessionSecret(dataDir),
    cookieName: SESSION_COOKIE,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      // The plugin's own 'auto' also turns SameSite into Lax over HTTP: 'auto' is done below.
      secure: secureCookies === 'always',
      maxAge: STUDIO_LIMITS.sessionIdleMs,
    },
  });
  if (secureCookies === 'auto') {
    // Secure when the request came over HTTPS (directly, or through a proxy TRUST_PROXY names).
    app.addHook('onSend', async (request, reply) => {
      const cookies = reply.getHeader('set-cookie');
      if (request.protocol !== 'https' || cookies === undefined) return;
      const list = (Array.isArray(cookies) ? cookies : [String(cookies)]).map((cookie) =>
        cookie.startsWith(`${SESSION_COOKIE}=`) && !/;\s*Secure\b/i.test(cookie)
          ? `${cookie}; Secure`
          : cookie,
      );
      reply.header('set-cookie', list);
    });
  }
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 0, parts: 1 },
  });
  await app.register(fastifyStatic, {
    root: uiRoot,
    serve: false,
    index: false,
    cacheControl: false,
    setHeaders(reply, file) {
      reply.header(
        'cache-control',
        file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  const failedByAddress = app.createRateLimit({
    max: STUDIO_LIMITS.failedLoginsPerAddress,
    timeWindow: STUDIO_LIMITS.failedLoginWindowMs,
    keyGenerator: (request) => `studio-login-ip:${request.ip}`,
  });
  const failedByName = app.createRateLimit({
    max: STUDIO_LIMITS.failedLoginsPerName,
    timeWindow: STUDIO_LIMITS.failedLoginWindowMs,
    keyGenerator: (request) =>
      `studio-login-name:${String((request.body as { name?: unknown })?.name ?? '').toLowerCase()}`,
  });

  // ---- the UI: dist/studio/, its pages answered with its own index.html ----
  const sendUi = (request: FastifyRequest, reply: FastifyReply) => {
    const path = requestPath(request.url);
    if (path === null) return sendError(reply, 400);
    const inside = path.replace(/^\/studio\/?/, '');
    if (looksLikeFile(inside)) return reply.sendFile(inside);
    return reply.header('cache-control', 'no-cache').sendFile('studio.html');
  };
  app.get('/studio', sendUi);
  app.get('/studio/*', sendUi);

  // ---- the API ----
  const signedIn = (request: FastifyRequest): Account | undefined => {
    const name = request.session.get('user');
    // An account removed (or its role changed) takes effect at once, not at the session's end.
    return name ? accounts.find(name) : undefined;
  };
  const requireUser = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!signedIn(request)) return sendError(reply, 401, 'no-session');
  };
  const requireRole = (role: Role) => async (request: FastifyRequest, reply: FastifyReply) => {
    const user = signedIn(request);
    if (!user) return sendError(reply, 401, 'no-session');
    if (role === 'publisher' && user.role !== 'publisher')
      return sendError(reply, 403, 'not-allowed');
  };
  const write = { onRequest: [requireUser, app.csrfProtection] };
  const publisherWrite = { onRequest: [requireRole('publisher'), app.csrfProtection] };
  const read = { onRequest: [requireUser] };

  const me = (account: Account, reply: FastifyReply) => ({
    name: account.name,
    role: account.role,
    csrfToken: reply.generateCsrf(),
    languages: documents.languages(),
  });

  app.post('/api/studio/login', async (request, reply) => {
    const body = v.safeParse(LoginSchema, request.body);
    if (!body.success) return sendError(reply, 400);
    const [byAddress, byName] = await Promise.all([
      failedByAddress(request, { increment: false }),
      failedByName(request, { increment: false }),
    ]);
    // A peek, not a count: only failures count (below). Past the limit, every attempt waits.
    const limited = [byAddress, byName].find((check) => !check.isAllowed && check.remaining === 0);
    if (limited && !limited.isAllowed) {
      request.log.warn({ account: body.output.name }, 'studio login refused: too many failures');
      return sendError(reply.header('retry-after', String(limited.ttlInSeconds)), 429, 'slow-down');
    }
    const account = accounts.find(body.output.name);
    // An unknown name costs the same time as a known one, so names cannot be found by timing.
    const matches = await verifyPassword(
      body.output.password,
      account?.passwordHash ?? (await DUMMY_HASH_PROMISE),
    );
    if (!account || !matches) {
      await Promise.all([failedByAddress(request), failedByName(request)]);
      request.log.warn({ account: body.output.name }, 'studio login failed');
      return sendError(reply, 401, 'login-failed');
    }
    // A new session id at login: an id planted before cannot be taken over.
    await request.session.regenerate();
    request.session.set('user', account.name);
    request.log.info({ account: account.name }, 'studio login');
    return me(account, reply);
  });

  // The UI's first question, asked before anyone logs in: the answer, not an error, says who.
  app.get('/api/studio/session', async (request, reply) => {
    const account = signedIn(request);
    return account ? me(account, reply) : { signedIn: false };
  });

  app.post('/api/studio/logout', write, async (request) => {
    await request.session.destroy();
    return { ok: true };
  });

  /** The content as saved: its problems by file (the list and the editors show them). */
  // The content pipeline (validator, Markdown, SVG sanitiser) is loaded when the studio is first
  // used, not when the server starts: serving visitors never needs it.
  const pipeline = () => import('./pipeline.ts');
  let checker: (() => StudioProblem[]) | undefined;
  const savedProblems = async () => {
    checker ??= (await pipeline()).savedContentChecker(contentDir);
    return checker();
  };

  app.get('/api/studio/documents', read, async () => {
    const problems = await savedProblems();
    const languages = documents.languages();
    const items = documents.list().map((ref) => {
      const document = documents.read(ref);
      const files = documents.filesOf(ref);
      return {
        kind: ref.kind,
        id: ref.id,
        title: titleOf(document.data),
        problems: problems.filter((p) => files.includes(p.file)).length,
        missing: missingTexts(
          document.data,
          document.texts,
          languages,
          ref.kind === 'stop' ? TEXT_KINDS : [],
        ),
      };
    });
    return { languages, documents: items, problems };
  });

  app.get('/api/studio/problems', read, async () => ({ problems: await savedProblems() }));

  /** The document a route names; a NotFound for one that does not exist (nothing is created). */
  const refOf = (request: FastifyRequest): DocumentRef => {
    const { kind, id } = request.params as { kind: string; id: string };
    return existing(documentRef(kind, id));
  };
  const existing = (ref: DocumentRef): DocumentRef => {
    if (!documents.exists(ref))
      throw Object.assign(new Error('no such document'), { statusCode: 404 });
    return ref;
  };

  app.get('/api/studio/documents/:kind/:id', read, async (request) => {
    const ref = refOf(request);
    const document = documents.read(ref);
    const files = documents.filesOf(ref);
    return { ...document, problems: (await savedProblems()).filter((p) => files.includes(p.file)) };
  });

  /** The files a draft would write, relative to the content folder, every path checked. */
  const draftFiles = (ref: DocumentRef, data: unknown, texts: Record<string, string>) => {
    const files: Record<string, string> = {};
    const current = documents.read(ref);
    // The draft's YAML as the save would write it: the same text, so the same problems and lines.
    files[documents.filesOf(ref)[0]] = documents.render(ref, data);
    for (const [name, text] of Object.entries(texts)) {
      if (current.texts[name] !== text) files[documents.textPath(ref, name)] = text;
    }
    return files;
  };

  const problemsOfDraft = async (
    ref: DocumentRef,
    data: unknown,
    texts: Record<string, string>,
  ) => {
    const files = draftFiles(ref, data, texts);
    const all = (await pipeline()).checkContent(contentDir, files);
    const mine = new Set([...documents.filesOf(ref), ...Object.keys(files)]);
    return { problems: all.filter((p) => mine.has(p.file)), total: all.length };
  };

  app.post(
    '/api/studio/check/:kind/:id',
    { ...write, bodyLimit: STUDIO_LIMITS.documentBodyLimit },
    async (request, reply) => {
      const body = v.safeParse(DraftSchema, request.body);
      if (!body.success) return sendError(reply, 400);
      const ref = refOf(request);
      const started = performance.now();
      const result = await problemsOfDraft(ref, body.output.data, body.output.texts);
      return { ...result, checkMs: Math.round(performance.now() - started) };
    },
  );

  app.put(
    '/api/studio/documents/:kind/:id',
    { ...write, bodyLimit: STUDIO_LIMITS.documentBodyLimit },
    async (request, reply) => {
      const body = v.safeParse(SaveSchema, request.body);
      if (!body.success) return sendError(reply, 400);
      const ref = refOf(request);
      const user = signedIn(request)!;
      // Every path is checked before anything is written.
      for (const name of Object.keys(body.output.texts)) documents.textPath(ref, name);
      const started = performance.now();
      const result = await documents.save(ref, body.output, user.name);
      const saveMs = Math.round(performance.now() - started);
      if (!result.saved) {
        request.log.info(
          { account: user.name, document: `${ref.kind}/${ref.id}` },
          'studio save refused: changed meanwhile',
        );
        return reply.code(409).send({ code: 'conflict', ...result.conflict });
      }
      request.log.info(
        { account: user.name, document: `${ref.kind}/${ref.id}`, files: result.files },
        'studio save',
      );
      const files = documents.filesOf(ref);
      const problems = await savedProblems();
      return {
        version: result.version,
        files: result.files,
        saveMs,
        problems: problems.filter((p) => files.includes(p.file)),
        total: problems.length,
      };
    },
  );

  app.post(
    '/api/studio/preview/:id',
    { ...write, bodyLimit: STUDIO_LIMITS.documentBodyLimit },
    async (request, reply) => {
      const body = v.safeParse(DraftSchema, request.body);
      if (!body.success) return sendError(reply, 400);
      const { id } = request.params as { id: string };
      const ref = existing(documentRef('stop', id));
      const languages = documents.languages();
      const { glossaryOf, previewStop } = await pipeline();
      const glossary = glossaryOf(
        documents.read(documentRef('glossary', 'glossary')).data,
        languages,
      );
      return previewStop(ref.id, body.output.data, body.output.texts, languages, glossary);
    },
  );

  app.get('/api/studio/media/:id/:file', read, async (request, reply) => {
    const { id, file } = request.params as { id: string; file: string };
    if (!IMAGE_NAME.test(file)) return sendError(reply, 400);
    const ref = documentRef('stop', id);
    const path = insideContent(contentDir, `${stopFolderOf(ref)}/${file}`);
    const extension = file.split('.').pop()!.toLowerCase();
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return sendError(reply, 404);
    }
    reply.header('cache-control', 'no-store').type(MEDIA_TYPES[extension]);
    if (extension !== 'svg') return reply.send(bytes);
    // The same sanitising as the build: a drawing never runs code, even in the studio.
    const safe = (await pipeline()).sanitizeSvg(bytes.toString('utf8'), file, []);
    return safe ? reply.send(safe.text) : sendError(reply, 422);
  });

  app.post('/api/studio/images/:id', write, async (request, reply) => {
    const { id } = request.params as { id: string };
    const ref = existing(documentRef('stop', id));
    const part = await request.file();
    if (!part) return sendError(reply, 400);
    const bytes = await part.toBuffer();
    const type = photoTypeOf(bytes);
    if (!type) return sendError(reply, 415, 'not-a-photo');
    const name = photoName(type);
    writeFileAtomic(insideContent(contentDir, `${stopFolderOf(ref)}/${name}`), bytes);
    request.log.info(
      { account: signedIn(request)?.name, stop: ref.id, file: name },
      'studio upload',
    );
    return { file: name, bytes: bytes.length };
  });

  app.get('/api/studio/releases', read, async () => ({
    ...releases.list(),
    publishing: releases.publishing,
  }));

  app.post('/api/studio/publish', publisherWrite, async (request, reply) => {
    const user = signedIn(request)!;
    const started = performance.now();
    const problems: StudioProblem[] = await savedProblems();
    if (problems.length > 0) {
      return reply.code(422).send({ code: 'problems', problems });
    }
    try {
      const release = await releases.publish(contentDir, user.name);
      request.log.info({ account: user.name, release: release.id }, 'studio publish');
      return { release, publishMs: Math.round(performance.now() - started) };
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      request.log.warn({ account: user.name, reason: error.message }, 'studio publish failed');
      return reply.code(422).send({ code: 'build-failed', reason: error.message });
    }
  });

  app.post('/api/studio/rollback', publisherWrite, async (request, reply) => {
    const body = v.safeParse(RollbackSchema, request.body);
    if (!body.success) return sendError(reply, 400);
    const release = releases.switchTo(body.output.id);
    if (!release) return sendError(reply, 404);
    const id = release === INSTALLED ? INSTALLED : release.id;
    request.log.info({ account: signedIn(request)?.name, release: id }, 'studio rollback');
    return { current: id };
  });

  // Anything else under /api/studio: no session → 401 (nothing of the studio is reachable), else 404.
  app.all('/api/studio', read, async (_request, reply) => sendError(reply, 404));
  app.all('/api/studio/*', read, async (_request, reply) => sendError(reply, 404));

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (error instanceof PathError) return sendError(reply, 400, 'bad-path');
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'studio request failed');
    return sendError(reply, status >= 400 && status < 500 ? status : 500);
  });
};

/** The text a list shows for a document: its English or first title, else its id. */
function titleOf(data: unknown): Record<string, string> | undefined {
  const title =
    (data as { title?: unknown; name?: unknown } | null)?.title ??
    (data as { name?: unknown } | null)?.name;
  return title && typeof title === 'object' ? (title as Record<string, string>) : undefined;
}

/**
 * The key that signs session cookies: STUDIO_DATA_DIR/session-secret (made by
 * `npm run studio:user`), so sessions survive a restart; without it, one for this process only.
 */
function sessionSecret(dataDir: string): string {
  try {
    const secret = readFileSync(join(dataDir, 'session-secret'), 'utf8').trim();
    if (secret.length >= 32) return secret;
  } catch {
    // Not made yet.
  }
  return randomBytes(32).toString('hex');
}

export function makeSessionSecret(dataDir: string): void {
  try {
    if (readFileSync(join(dataDir, 'session-secret'), 'utf8').trim().length >= 32) return;
  } catch {
    // Made below.
  }
  writeFileAtomic(join(dataDir, 'session-secret'), `${randomBytes(32).toString('hex')}\n`, 0o600);
}
