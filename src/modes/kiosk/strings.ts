// The kiosk's own UI strings (namespace "kiosk"), in every language: import for effect.
import fromContent from 'virtual:content/locales/kiosk';
import { addNamespace } from '../../i18n/ui-strings.ts';

addNamespace(
  'kiosk',
  import.meta.glob('../../i18n/locales/kiosk.*.json', { eager: true, import: 'default' }),
  fromContent,
);
