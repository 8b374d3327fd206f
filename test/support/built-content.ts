// The tests read the real content the app was built from, so they never hard-code its texts.
// The same rules as the build (pipeline/tour-build.ts): CONTENT_DIR, PUBLIC_BASE_URL.

import type { Content } from '../../pipeline/content/load-content.ts';
import { createTourBuild } from '../../pipeline/tour-build.ts';
import { EN, ZH_CN } from './languages.ts';

const build = createTourBuild(process.env);

export function builtContent(): Content {
  return build.content();
}

/** The address the build's QR codes, phone links and handout point at. */
export function builtPublicBaseUrl(): string {
  return build.publicBaseUrl();
}

/** The shipped content's languages (content/site.yaml). */
export const LANGUAGES = [ZH_CN, EN] as const;
