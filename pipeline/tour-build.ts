// The facts of one build, resolved once (vite.config.ts) and handed to every plugin: where the
// content is, the content itself (read and checked once), the address the QR codes point at, and
// the build's identity. No plugin reads process.env or the content folder on its own.
import { resolve } from 'node:path';
import type { BuildIdentity } from '../src/pwa/build-identity.ts';
import { type Content, loadContent } from './content/load-content.ts';
import { ContentError } from './content/problems.ts';

/** The environment variables a build reads. */
export interface BuildEnv {
  /** The content folder (default: ./content). */
  CONTENT_DIR?: string;
  /** The address of the visitor app, when it is not site.yaml's `publicBaseUrl`. */
  PUBLIC_BASE_URL?: string;
}

export interface TourBuild {
  /** The content folder, absolute. */
  readonly contentDir: string;
  /** Unique per build; a person can read when it was built. */
  readonly buildId: string;
  /** ISO time of the build. */
  readonly buildTime: string;
  /** The checked content, read from disk on the first call only. Throws a ContentError. */
  content(): Content;
  /** Forgets the content, so the next `content()` reads it again (the dev server, after an edit). */
  contentChanged(): void;
  /** Where the visitor app is reached: QR codes, the kiosk's phone links, the handout. */
  publicBaseUrl(): string;
  /** What dist/version.json says and the app carries (src/pwa/build-info.ts). */
  identity(): BuildIdentity;
}

/** The content folder a build, the content check and the tests read. */
export function contentDirFrom(env: BuildEnv): string {
  return resolve(env.CONTENT_DIR ?? 'content');
}

export function createTourBuild(env: BuildEnv, now = new Date()): TourBuild {
  const contentDir = contentDirFrom(env);
  // A mistyped address fails before anything is built, not after.
  const override = env.PUBLIC_BASE_URL?.trim() ? webAddress(env.PUBLIC_BASE_URL) : undefined;
  const buildTime = now.toISOString();
  const buildId = `${buildTime.slice(0, 16).replace(/[-:T]/g, '')}-${Math.random().toString(36).slice(2, 8)}`;
  let loaded: ReturnType<typeof loadContent> | undefined;

  const content = (): Content => {
    loaded ??= loadContent(contentDir);
    if (!loaded.content) throw new ContentError(loaded.problems);
    return loaded.content;
  };
  return {
    contentDir,
    buildId,
    buildTime,
    content,
    contentChanged: () => {
      loaded = undefined;
    },
    // site.yaml's address is checked with the rest of the content (content/schema.ts).
    publicBaseUrl: () => override ?? withoutTrailingSlash(content().site.publicBaseUrl),
    identity: () => ({ buildId, buildTime, contentVersion: content().version }),
  };
}

/** PUBLIC_BASE_URL, checked: a web address, without its trailing slash. */
function webAddress(text: string): string {
  const address = text.trim();
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(address)) {
    throw new Error(
      `PUBLIC_BASE_URL "${address}" is not a web address: use e.g. https://tour.example.org`,
    );
  }
  return withoutTrailingSlash(address);
}

const withoutTrailingSlash = (address: string) => address.replace(/\/+$/, '');
