// The running build's identity, made by pipeline/vite-plugin-version.ts from the same object as
// dist/version.json.
declare module 'virtual:version' {
  const identity: import('./build-identity.ts').BuildIdentity;
  export default identity;
}
