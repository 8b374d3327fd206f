// The tests read the real content the app was built from, so they never hard-code its texts.

import type { Content } from '../../pipeline/content/load-content.ts';
import { loadContent } from '../../pipeline/content/load-content.ts';
import { EN, ZH_CN } from './languages.ts';

export function builtContent(): Content {
  const result = loadContent(process.env.CONTENT_DIR ?? 'content');
  if (!result.content) throw new Error('content/ is invalid: run "npm run content:check"');
  return result.content;
}

/** The shipped content's languages (content/site.yaml). */
export const LANGUAGES = [ZH_CN, EN] as const;
