// The part of qrcode's browser build (lib/browser.js) that the app uses. @types/qrcode describes
// the Node.js build and pulls in Node's types, which would let browser code call Node.js APIs;
// tsconfig.app.json maps "qrcode" here instead.
declare module 'qrcode' {
  export interface QRCodeToStringOptions {
    type?: 'svg' | 'utf8' | 'terminal';
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    margin?: number;
    width?: number;
    color?: { dark?: string; light?: string };
  }
  // biome-ignore lint/suspicious/noShadowRestrictedNames: qrcode's own export name
  export function toString(text: string, options?: QRCodeToStringOptions): Promise<string>;
}
