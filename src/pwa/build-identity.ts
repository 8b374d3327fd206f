/**
 * Which build this is. One object per build (pipeline/tour-build.ts): written to dist/version.json
 * (read by devices and the server's /api/health) and compiled into the app as `virtual:version`.
 */
/** Where the identity is served, beside index.html: never cached, so it always tells the truth. */
export const VERSION_FILE = 'version.json';

export interface BuildIdentity {
  /** Unique per build; a person can read when it was built. */
  buildId: string;
  /** ISO time of the build. */
  buildTime: string;
  /** Hash of the content files the app was built from. */
  contentVersion: string;
}
