// The visitor's language choice, kept on the device (plain text, as it always was).
import { LANGUAGES, type Language } from '../content/types.ts';
import { oneOf } from '../storage/first-paint-schemas.ts';
import { STORAGE_KEYS } from '../storage/keys.ts';
import { storedValue } from '../storage/stored-value.ts';

export const savedLanguage = storedValue<Language | null>({
  key: STORAGE_KEYS.language,
  schema: oneOf(LANGUAGES),
  fallback: null,
  format: 'text',
});
