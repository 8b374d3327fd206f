// The printed handout's strings (namespace "handout"), in every language: import for effect. The
// tour page links to the handout with one of them, so both pages import this; the bundler gives
// them a small chunk of their own, outside the initial JS of "/".
import fromContent from 'virtual:content/locales/handout';
import { addNamespace } from '../../i18n/ui-strings.ts';

addNamespace(
  'handout',
  import.meta.glob('../../i18n/locales/handout.*.json', { eager: true, import: 'default' }),
  fromContent,
);
