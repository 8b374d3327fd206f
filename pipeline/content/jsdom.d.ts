// jsdom ships no types, and the Node.js code has no DOM types (tsconfig.node.json): this is the
// little of both that the SVG sanitiser (svg.ts) uses.
declare module 'jsdom' {
  export interface DomNode {
    readonly nodeType: number;
    readonly nodeName: string;
    readonly textContent: string | null;
    readonly parentNode: DomNode | null;
    readonly childNodes: Iterable<DomNode>;
    removeChild(child: DomNode): DomNode;
  }
  export interface DomElement extends DomNode {
    readonly localName: string;
    readonly namespaceURI: string | null;
    getAttribute(name: string): string | null;
  }
  export interface DomAttr {
    readonly name: string;
    readonly value: string;
    readonly namespaceURI: string | null;
  }
  export interface DomDocument extends DomNode {
    readonly documentElement: DomElement;
  }
  export interface JsdomWindow {
    DOMParser: new () => { parseFromString(text: string, type: string): DomDocument };
    XMLSerializer: new () => { serializeToString(node: DomNode): string };
  }
  export class JSDOM {
    constructor(html?: string);
    readonly window: JsdomWindow;
  }
}
