// What version is running: shown in the staff panel and compared with /version.json.
import { contentVersion } from '../content/index.ts';

declare const __BUILD_ID__: string;
declare const __BUILD_TIME__: string;

export const buildInfo = {
  /** Unique per build (set by vite.config.ts). */
  buildId: typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev',
  /** ISO time of the build. */
  buildTime: typeof __BUILD_TIME__ === 'string' ? __BUILD_TIME__ : new Date(0).toISOString(),
  /** Hash of the content files the app was built from. */
  contentVersion,
};
