// The visitor's language choice, kept on the device (plain text, as it always was).
import type { Language } from '../content/types.ts';
import { oneOf } from '../storage/first-paint-schemas.ts';
import { STORAGE_KEYS } from '../storage/keys.ts';
import { storedValue } from '../storage/stored-value.ts';
import { languages } from './languages.ts';

export const savedLanguage = storedValue<Language | null>({
  key: STORAGE_KEYS.language,
  // A language the content no longer has is no choice: the browser's language decides again.
  schema: oneOf(languages),
  fallback: null,
  format: 'text',
});
