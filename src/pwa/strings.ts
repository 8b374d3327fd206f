// The update and offline notices' strings (namespace "pwa"), in every language: import for effect.
import fromContent from 'virtual:content/locales/pwa';
import { addNamespace } from '../i18n/ui-strings.ts';

addNamespace(
  'pwa',
  import.meta.glob('../i18n/locales/pwa.*.json', { eager: true, import: 'default' }),
  fromContent,
);
