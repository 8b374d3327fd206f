// Guide mode's own UI strings (namespace "guide"), in every language: import for effect.
import fromContent from 'virtual:content/locales/guide';
import { addNamespace } from '../../i18n/ui-strings.ts';

addNamespace(
  'guide',
  import.meta.glob('../../i18n/locales/guide.*.json', { eager: true, import: 'default' }),
  fromContent,
);
