// fontverter ships no types; this is the part of its API the tests use.
declare module 'fontverter' {
  const fontverter: {
    convert(font: Buffer, to: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Buffer>;
    detectFormat(font: Buffer): 'sfnt' | 'woff' | 'woff2';
  };
  export default fontverter;
}
