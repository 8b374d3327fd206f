// Modules generated at build time from content/ by build/vite-plugin-content.ts.
declare module 'virtual:content' {
  import type { GlossaryTerm, Site, Stop, StopSummary, Tour } from './types.ts';
  export const site: Site;
  export const tours: Tour[];
  export const stops: StopSummary[];
  export const contentVersion: string;
  export const stopLoaders: Record<string, () => Promise<{ default: Stop }>>;
  export const loadGlossary: () => Promise<{ default: GlossaryTerm[] }>;
}
