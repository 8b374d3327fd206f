import createDOMPurify, { type DOMPurify } from 'dompurify';
import { type DomAttr, type DomElement, type DomNode, JSDOM, type JsdomWindow } from 'jsdom';
import type { Problem } from './problems.ts';

// Content SVGs are sanitised at build time, so the shipped file is safe even opened on its own
// from a server without our headers. DOMPurify (SVG profile) removes what is not drawing; the
// hooks below also remove every reference to anything outside the drawing. What was removed and
// matters is reported as a problem, so a diagram never changes without the editor knowing.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const PROCESSING_INSTRUCTION_NODE = 7;

export interface SafeSvg {
  /** The sanitised drawing: what the build ships. */
  text: string;
  width?: number;
  height?: number;
}

/** One thing removed from a drawing, with what to search for (best guess first) to find its line. */
interface Finding {
  message: string;
  search: RegExp | RegExp[];
}

/** The sanitised SVG, or undefined after saying in `problems` why it cannot be used. */
export function sanitizeSvg(
  source: string,
  file: string,
  problems: Problem[],
): SafeSvg | undefined {
  const { parser, purify, serializer } = tools();
  const document = parser.parseFromString(source, 'image/svg+xml');
  const root = document.documentElement;
  if (root.namespaceURI === 'http://www.mozilla.org/newlayout/xml/parsererror.xml') {
    const [, line, reason] = /^(\d+):\d+: (.*)$/.exec(root.textContent ?? '') ?? [];
    problems.push({
      file,
      line: line ? Number(line) : undefined,
      message: `this is not a well-formed SVG file (${reason ?? root.textContent}): export it again from the drawing program`,
    });
    return undefined;
  }
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    problems.push({
      file,
      message: `this is not an SVG drawing (it starts with <${root.nodeName}> instead of <svg xmlns="${SVG_NS}">): export it again as SVG`,
    });
    return undefined;
  }

  const findings: Finding[] = [];
  for (const node of document.childNodes) {
    // <?xml-stylesheet href="…"?> before the drawing: only the drawing itself is kept.
    if (node.nodeType === PROCESSING_INSTRUCTION_NODE && node.nodeName === 'xml-stylesheet') {
      const data = node.textContent ?? '';
      findings.push(
        external(/href\s*=\s*["']([^"']*)/.exec(data)?.[1] ?? data, /<\?xml-stylesheet/),
      );
    }
  }
  hookFindings = findings;
  purify.sanitize(root as never, {
    IN_PLACE: true,
    USE_PROFILES: { svg: true, svgFilters: true },
    // Safe once every href is a #fragment of the drawing itself (hooks below); role is for
    // screen readers.
    ADD_TAGS: ['use'],
    ADD_ATTR: ['role'],
  });
  for (const entry of purify.removed) {
    const finding =
      'element' in entry
        ? removedElement(entry.element as unknown as DomNode)
        : removedAttribute(
            entry.attribute as unknown as DomAttr | null,
            entry.from as unknown as DomElement,
          );
    if (finding) findings.push(finding);
  }
  reportFindings(findings, source, file, problems);
  // Only the drawing is kept (no <?xml?> line, no DOCTYPE), and the file's last line break.
  const text = serializer.serializeToString(root) + (source.endsWith('\n') ? '\n' : '');
  return { text, ...sizeOf(root) };
}

let created:
  | {
      parser: InstanceType<JsdomWindow['DOMParser']>;
      purify: DOMPurify;
      serializer: InstanceType<JsdomWindow['XMLSerializer']>;
    }
  | undefined;
/** What the hooks removed during the current sanitize() call. */
let hookFindings: Finding[] = [];

/** One window, one sanitiser for the whole build (a jsdom window takes a while to make). */
function tools() {
  if (created) return created;
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as never);
  purify.addHook('uponSanitizeElement', (element, data) => {
    const node = element as unknown as DomNode;
    // A <style> may style the drawing, but not fetch anything.
    if (data.tagName !== 'style') return;
    const css = node.textContent ?? '';
    const reference = /@import[^;]*/i.exec(css)?.[0] ?? externalUrl(css);
    if (reference) {
      hookFindings.push(external(reference, /<(?:[\w.-]+:)?style[\s>]/));
      node.parentNode?.removeChild(node);
    }
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const isLink = data.attrName === 'href' || data.attrName === 'xlink:href';
    // DOMPurify records the removal; removedAttribute() says why.
    if (isLink ? !data.attrValue.trim().startsWith('#') : externalUrl(data.attrValue)) {
      data.keepAttr = false;
    }
  });
  created = {
    parser: new window.DOMParser(),
    purify,
    serializer: new window.XMLSerializer(),
  };
  return created;
}

/** The first url(…) in CSS or an attribute that is not a #fragment of the drawing. */
function externalUrl(text: string): string | undefined {
  for (const match of text.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)) {
    if (!match[2].trim().startsWith('#')) return match[0];
  }
  return undefined;
}

function removedElement(node: DomNode): Finding | undefined {
  if (node.nodeType !== ELEMENT_NODE) return undefined; // comments and the like
  const { namespaceURI, localName } = node as DomElement;
  // Elements of a drawing program's own (inkscape:, sodipodi:, rdf: in <metadata>) draw nothing.
  if (namespaceURI !== SVG_NS && namespaceURI !== XHTML_NS && namespaceURI !== null) {
    return undefined;
  }
  const search = new RegExp(`<(?:[\\w.-]+:)?${escapeRegExp(localName)}[\\s/>]`);
  const name = localName.toLowerCase();
  if (name === 'script') {
    return {
      search,
      message:
        'the drawing contains a <script>, and a diagram may not run code: remove it (or export the drawing again as plain SVG)',
    };
  }
  if (name === 'foreignobject') {
    return {
      search,
      message:
        'the drawing contains <foreignObject> (a piece of web page inside it): draw that part with SVG shapes and text, or export the drawing again as plain SVG',
    };
  }
  if (['iframe', 'embed', 'object', 'frame', 'frameset', 'applet'].includes(name)) {
    return {
      search,
      message: `the drawing contains <${localName}>, which shows something from elsewhere inside it: remove it`,
    };
  }
  return {
    search,
    message: `the drawing contains <${localName}>, which a diagram may not use (it would be left out of the app): remove it, or export the drawing again as plain SVG`,
  };
}

function removedAttribute(attribute: DomAttr | null, from: DomElement): Finding | undefined {
  if (!attribute) return undefined;
  const { name, value, namespaceURI } = attribute;
  // xmlns:… declarations and a drawing program's own attributes (inkscape:label) draw nothing.
  if (namespaceURI !== null && namespaceURI !== XLINK_NS) return undefined;
  const anyValue = new RegExp(`[\\s"']${escapeRegExp(name)}\\s*=`);
  const thisValue = new RegExp(`${anyValue.source}\\s*["']\\s*${escapeRegExp(value.slice(0, 30))}`);
  const search = [thisValue, anyValue];
  if (/^on/i.test(name)) {
    return {
      search,
      message: `the drawing contains an event handler (${name}="…"), and a diagram may not run code: remove the attribute`,
    };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore them in a URL
  if (/javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) {
    return {
      search,
      message: `the drawing contains a javascript: link (${name}="…"), which runs code: remove it`,
    };
  }
  if (name === 'href' || name === 'xlink:href' || externalUrl(value)) {
    return external(name === 'href' || name === 'xlink:href' ? value : externalUrl(value)!, search);
  }
  return {
    search,
    message: `the drawing uses ${name}="…" on <${from.localName}>, which a diagram may not use (it would be left out of the app): remove it`,
  };
}

function external(reference: string, search: RegExp | RegExp[]): Finding {
  const shown = reference.length > 60 ? `${reference.slice(0, 57)}…` : reference;
  return {
    search,
    message: `the drawing refers to something outside itself ("${shown}"): a diagram must be self-contained (it may refer only to #parts of itself), so remove the reference, or add a photo to "images:" in stop.yaml instead`,
  };
}

/** One problem for each kind of thing found, on the line where it first appears. */
function reportFindings(
  findings: Finding[],
  source: string,
  file: string,
  problems: Problem[],
): void {
  const counts = new Map<string, { search: RegExp | RegExp[]; count: number }>();
  for (const { message, search } of findings) {
    const seen = counts.get(message);
    if (seen) seen.count++;
    else counts.set(message, { search, count: 1 });
  }
  for (const [message, { search, count }] of counts) {
    const index = [search]
      .flat()
      .reduce((found, regExp) => (found === -1 ? source.search(regExp) : found), -1);
    problems.push({
      file,
      line: index === -1 ? undefined : source.slice(0, index).split('\n').length,
      message: count > 1 ? `${message} (${count} times)` : message,
    });
  }
}

/** The drawing's own size, so the page can reserve its space before it loads. */
function sizeOf(root: DomElement): { width?: number; height?: number } {
  const viewBox = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2] > 0 && viewBox[3] > 0) {
    return { width: Math.round(viewBox[2]), height: Math.round(viewBox[3]) };
  }
  const width = Number.parseFloat(root.getAttribute('width') ?? '');
  const height = Number.parseFloat(root.getAttribute('height') ?? '');
  return width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : {};
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
