// Content SVGs ship sanitised, and whatever the sanitiser removes that matters is a problem.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../pipeline/content/load-content.ts';
import type { Problem } from '../../../pipeline/content/problems.ts';
import { sanitizeSvg } from '../../../pipeline/content/svg.ts';
import { brokenCopy, problemsOf } from './content-copy.ts';

/** One of each thing a diagram may not hold, one per line (line N holds HOSTILE[N - 2]). */
const HOSTILE: [string, RegExp][] = [
  ['<script>window.x = 1</script>', /contains a <script>, and a diagram may not run code/],
  [
    '<rect width="1" height="1" onclick="window.x = 2"/>',
    /contains an event handler \(onclick="…"\)/,
  ],
  [
    '<foreignObject width="9" height="9"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
    /contains <foreignObject>/,
  ],
  [
    '<a xlink:href="javascript:window.x = 3"><text>a</text></a>',
    /contains a javascript: link \(xlink:href="…"\)/,
  ],
  [
    '<a href=" javascript:window.x = 4"><text>b</text></a>',
    /contains a javascript: link \(href="…"\)/,
  ],
  [
    '<image href="https://evil.example/track.png" width="1" height="1"/>',
    /refers to something outside itself \("https:\/\/evil\.example\/track\.png"\)/,
  ],
  [
    '<use xlink:href="https://evil.example/sprite.svg#a"/>',
    /refers to something outside itself \("https:\/\/evil\.example\/sprite\.svg#a"\)/,
  ],
  [
    '<rect width="1" height="1" fill="url(https://evil.example/p.svg#p)"/>',
    /refers to something outside itself \("url\(https:\/\/evil\.example\/p\.svg#p\)"\)/,
  ],
  [
    '<style>@import url(https://evil.example/a.css);</style>',
    /refers to something outside itself \("@import url\(https:\/\/evil\.example\/a\.css\)"\)/,
  ],
  [
    '<iframe src="https://evil.example/"/>',
    /contains <iframe>, which shows something from elsewhere/,
  ],
  ['<embed src="https://evil.example/"/>', /contains <embed>/],
  ['<object data="https://evil.example/"/>', /contains <object>/],
  [
    '<animate attributeName="href" values="javascript:window.x = 5"/>',
    /contains <animate>, which a diagram may not use/,
  ],
];
const HOSTILE_SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50">',
  ...HOSTILE.map(([markup]) => markup),
  '<rect id="ok" width="10" height="10" fill="url(#ok)"/><use href="#ok"/>',
  '</svg>',
].join('\n');

const sanitize = (source: string) => {
  const problems: Problem[] = [];
  return { svg: sanitizeSvg(source, 'stops/x/hostile.svg', problems), problems };
};

describe('sanitizeSvg', () => {
  it('reports each thing a diagram may not hold, naming the file and the line', () => {
    const { problems } = sanitize(HOSTILE_SVG);
    expect(problems).toHaveLength(HOSTILE.length);
    HOSTILE.forEach(([markup, message], index) => {
      expect(problems, markup).toContainEqual({
        file: 'stops/x/hostile.svg',
        line: index + 2,
        message: expect.stringMatching(message),
      });
    });
  });

  it('removes all of it from the text it returns, and keeps the drawing', () => {
    const { svg } = sanitize(HOSTILE_SVG);
    expect(svg!.text).not.toMatch(
      /<script|\son\w+=|foreignObject|javascript:|evil\.example|<iframe|<embed|<object|<animate|@import/i,
    );
    // The declaration in pipeline/ covers only what the pipeline uses; this test wants the whole DOM.
    const window = new JSDOM('').window as unknown as typeof globalThis;
    const document = new window.DOMParser().parseFromString(svg!.text, 'image/svg+xml');
    expect(document.querySelector('#ok')?.getAttribute('fill')).toBe('url(#ok)');
    expect(document.querySelector('use[href]')?.getAttribute('href')).toBe('#ok');
    expect(svg).toMatchObject({ width: 100, height: 50 });
  });

  it('says each kind once, with how often', () => {
    const { problems } = sanitize(
      '<svg xmlns="http://www.w3.org/2000/svg">\n<rect onclick="a()"/>\n<rect onclick="b()"/>\n</svg>',
    );
    expect(problems).toEqual([
      {
        file: 'stops/x/hostile.svg',
        line: 2,
        message: expect.stringMatching(/event handler \(onclick="…"\).* \(2 times\)$/),
      },
    ]);
  });

  it('drops what a drawing program leaves behind (comments, metadata), without a problem', () => {
    const source = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10">',
      '<!-- Generator: a drawing program -->',
      '<sodipodi:namedview id="view"/>',
      '<g inkscape:label="Layer 1"><rect width="10" height="10" fill="#c00"/></g>',
      '</svg>',
    ].join('\n');
    const { svg, problems } = sanitize(source);
    expect(problems).toEqual([]);
    expect(svg!.text).not.toMatch(/Generator|sodipodi:namedview|inkscape:label/);
    expect(svg!.text).toContain('<rect width="10" height="10" fill="#c00"/>');
  });

  it('reports a file that is not well-formed SVG, with the line', () => {
    expect(sanitize('<svg xmlns="http://www.w3.org/2000/svg">\n<rect>\n</svg>').problems).toEqual([
      {
        file: 'stops/x/hostile.svg',
        line: 3,
        message: expect.stringMatching(
          /^this is not a well-formed SVG file \(.*\): export it again/,
        ),
      },
    ]);
    expect(sanitize('<html><body/></html>').problems[0].message).toMatch(
      /^this is not an SVG drawing/,
    );
  });

  it('leaves every diagram of the real content exactly as it is', () => {
    const result = loadContent('content');
    expect(result.problems).toEqual([]);
    const svgs = result.content!.safeSvgs;
    expect(svgs.size).toBeGreaterThanOrEqual(10);
    for (const [path, text] of svgs) expect(text, path).toBe(readFileSync(path, 'utf8'));
  });
});

describe('a hostile SVG in the content', () => {
  it('fails the check, naming the file', () => {
    const dir = brokenCopy((d) =>
      writeFileSync(join(d, 'stops/second-stop/diagram.svg'), HOSTILE_SVG),
    );
    const problems = problemsOf(dir).split('\n');
    expect(problems).toHaveLength(HOSTILE.length);
    for (const problem of problems)
      expect(problem).toMatch(/^stops\/second-stop\/diagram\.svg:\d+: the drawing /);
    expect(readdirSync(join(dir, 'stops/second-stop'))).toContain('diagram.svg');
  });
});
