// The live tour's UI strings (namespace "live"), in every language: import for effect. Loaded by
// the presenter's share control and the /live/<code> pages only.
import fromContent from 'virtual:content/locales/live';
import { addNamespace } from '../i18n/ui-strings.ts';

addNamespace(
  'live',
  import.meta.glob('../i18n/locales/live.*.json', { eager: true, import: 'default' }),
  fromContent,
);
