// Modules generated at build time from content/ by pipeline/vite-plugin-content.ts.
// Types come in through import() types: an `import` with a relative path is not allowed inside an
// ambient module, and skipLibCheck would hide that error and leave every export typed as `any`.

declare module 'virtual:content' {
  /** `publicBaseUrl` is the address the build resolved (PUBLIC_BASE_URL when set), no trailing slash. */
  export const site: import('./types.ts').AppSite;
  export const tours: import('./types.ts').Tour[];
  export const loadGlossary: () => Promise<{ default: import('./types.ts').GlossaryTerm[] }>;
}

declare module 'virtual:content/locales/*' {
  /** The content's translations of one namespace of UI strings, by language code. */
  const translations: Record<string, import('../i18n/locale-file.ts').UiStrings>;
  export default translations;
}

declare module 'virtual:content/stops' {
  export const stops: import('./types.ts').StopSummary[];
  export const stopLoaders: Record<string, () => Promise<{ default: import('./types.ts').Stop }>>;
}

declare module 'virtual:content/kiosk-lock' {
  /** `kiosk.staffPinHash` of site.yaml: only the kiosk's PIN pad imports it. */
  export const staffPinHash: string;
}
