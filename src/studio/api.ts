// The studio's one way to the server (/api/studio): same-origin JSON, the CSRF token on every
// write, and each answer parsed with a schema before a view sees it.
import * as v from 'valibot';

const ProblemSchema = v.object({
  file: v.string(),
  line: v.optional(v.number()),
  message: v.string(),
  field: v.optional(v.string()),
});
export type Problem = v.InferOutput<typeof ProblemSchema>;

export const SessionSchema = v.object({
  name: v.string(),
  role: v.picklist(['editor', 'publisher']),
  csrfToken: v.string(),
  languages: v.array(v.string()),
});
export type Session = v.InferOutput<typeof SessionSchema>;

const KindSchema = v.picklist(['stop', 'tour', 'glossary', 'site']);
export type Kind = v.InferOutput<typeof KindSchema>;

export const ListSchema = v.object({
  languages: v.array(v.string()),
  documents: v.array(
    v.object({
      kind: KindSchema,
      id: v.string(),
      title: v.optional(v.record(v.string(), v.unknown())),
      problems: v.number(),
      missing: v.record(v.string(), v.number()),
    }),
  ),
  problems: v.array(ProblemSchema),
});
export type DocumentList = v.InferOutput<typeof ListSchema>;

export const DocumentSchema = v.object({
  kind: KindSchema,
  id: v.string(),
  data: v.unknown(),
  texts: v.record(v.string(), v.string()),
  version: v.string(),
  problems: v.optional(v.array(ProblemSchema), []),
});
export type StudioDocument = v.InferOutput<typeof DocumentSchema>;

export const CheckSchema = v.object({ problems: v.array(ProblemSchema), total: v.number() });
export const SavedSchema = v.object({
  version: v.string(),
  problems: v.array(ProblemSchema),
  total: v.number(),
});
export const ConflictSchema = v.object({
  changedBy: v.nullable(v.string()),
  changedAt: v.nullable(v.string()),
  current: DocumentSchema,
});
export type Conflict = v.InferOutput<typeof ConflictSchema>;

export const ReleasesSchema = v.object({
  current: v.nullable(v.string()),
  publishing: v.boolean(),
  releases: v.array(
    v.object({
      id: v.string(),
      by: v.string(),
      at: v.string(),
      contentVersion: v.optional(v.string()),
    }),
  ),
});
export const PublishRefusedSchema = v.object({
  code: v.picklist(['problems', 'build-failed']),
  problems: v.optional(v.array(ProblemSchema)),
  reason: v.optional(v.string()),
});
export const UploadSchema = v.object({ file: v.string() });

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export interface Answer {
  status: number;
  body: unknown;
}

/** A request to the studio API; never throws for an HTTP error (the status says it). */
export async function call(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  try {
    const response = await fetch(`/api/studio${path}`, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
      cache: 'no-store',
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (response.status === 401 && path !== '/login' && path !== '/session') onSessionEnded?.();
    return { status: response.status, body: parsed };
  } catch {
    return { status: 0, body: null };
  }
}

let onSessionEnded: (() => void) | undefined;
/** What to do when the server says the session is gone (shows the login again). */
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

/** The body when it fits the schema, else undefined. */
export function parsed<S extends v.GenericSchema>(
  schema: S,
  answer: Answer,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, answer.body);
  return result.success ? result.output : undefined;
}
