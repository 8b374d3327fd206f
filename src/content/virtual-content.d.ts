// Modules generated at build time from content/ by pipeline/vite-plugin-content.ts.
declare module 'virtual:content' {
  import type { GlossaryTerm, Site, Tour } from './types.ts';
  export const site: Site;
  export const tours: Tour[];
  export const contentVersion: string;
  export const loadGlossary: () => Promise<{ default: GlossaryTerm[] }>;
}

declare module 'virtual:content/locales/*' {
  import type { UiStrings } from '../i18n/locale-file.ts';

  /** The content's translations of one namespace of UI strings, by language code. */
  const translations: Record<string, UiStrings>;
  export default translations;
}

declare module 'virtual:content/stops' {
  import type { Stop, StopSummary } from './types.ts';
  export const stops: StopSummary[];
  export const stopLoaders: Record<string, () => Promise<{ default: Stop }>>;
}
