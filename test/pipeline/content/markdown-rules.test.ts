// A stop body is plain Markdown: raw HTML, images and unsafe links are problems with their line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../pipeline/content/markdown.ts';
import { checkBody } from '../../../pipeline/content/markdown-rules.ts';
import { EN } from '../../support/languages.ts';
import { brokenCopy, problemsOf } from './content-copy.ts';

const lineOf = (source: string) => checkBody(source).map((issue) => issue.line);
const messages = (source: string) => checkBody(source).map((issue) => issue.message);

describe('checkBody', () => {
  it('reports raw HTML, block and inline, once per tag and line', () => {
    const source = [
      'Intro.',
      '',
      '<div>a block</div>',
      '',
      'Some <script>window.x = 1</script> text and',
      'an <img src=x onerror="window.x = 2"> image.',
      '',
      '<!-- a note for the editors -->',
    ].join('\n');
    expect(checkBody(source)).toEqual([
      {
        line: 3,
        message: expect.stringMatching(
          /^raw HTML \("<div>a block<\/div>"\) is not allowed in the body, .*use Markdown instead .*write \\< to show a "<"$/,
        ),
      },
      { line: 5, message: expect.stringMatching(/^raw HTML \("<script>"\)/) },
      {
        line: 6,
        message: expect.stringMatching(/^raw HTML \("<img src=x onerror="window\.x = 2">"\)/),
      },
      {
        line: 8,
        message: expect.stringMatching(/^raw HTML \("<!-- a note for the editors -->"\)/),
      },
    ]);
  });

  it('reports links that can run code or hide content, whatever their spelling', () => {
    const links = [
      '[a](javascript:alert(1))',
      '[b](JavaScript:alert(1))',
      '[c](&#106;avascript:alert(1))',
      '[d](data:text/html;base64,PHNjcmlwdD4=)',
      '[e](vbscript:msgbox(1))',
      '<javascript:alert(1)>',
      '[f][ref]',
      '',
      '[ref]: file:///etc/passwd',
    ];
    const source = links.join('\n\n');
    expect(lineOf(source)).toEqual([1, 3, 5, 7, 9, 11, 13]);
    for (const message of messages(source)) {
      expect(message).toMatch(
        /^the link ".*" is not allowed \((javascript|data|vbscript|file): links can run code or hide content\): a link must start with https:\/\/, http:\/\/, mailto: or tel:/,
      );
    }
  });

  it('reports protocol-relative links with the address to write instead', () => {
    expect(checkBody('See [the site](//evil.example/x).')).toEqual([
      {
        line: 1,
        message:
          'the link "//evil.example/x" has no "https:" in front: write the whole address, such as https://evil.example/x',
      },
    ]);
  });

  it('reports images, local or not: they belong in stop.yaml with their alt text', () => {
    expect(checkBody('Text.\n\n![a photo](https://example.org/a.png) and ![b](b.png)')).toEqual([
      {
        line: 3,
        message:
          'an image ("https://example.org/a.png") is not allowed in the body: add it to "images:" in stop.yaml, with its alt text',
      },
      {
        line: 3,
        message:
          'an image ("b.png") is not allowed in the body: add it to "images:" in stop.yaml, with its alt text',
      },
    ]);
  });

  it('accepts plain Markdown with safe links, glossary terms and a written "<"', () => {
    const source = [
      '## Heading',
      '',
      'A [[whole-blood|term]], **bold**, *em*, `code`, a < b and \\<div>.',
      '',
      '- [web](https://example.org) [plain](http://example.org) <https://example.org/auto>',
      '- [mail](mailto:info@example.org) [phone](tel:+862100000000)',
      '- [a stop](/stops/welcome) [relative](../glossary) [a part](#top)',
    ].join('\n');
    expect(checkBody(source)).toEqual([]);
  });
});

describe('a body with raw HTML or an unsafe link', () => {
  it('is a problem of that body file, with the line', () => {
    const dir = brokenCopy((d) =>
      writeFileSync(
        join(d, 'stops/second-stop/body.en.md'),
        'Intro.\n\nA [link](javascript:alert(1)).\n\n<b>bold</b>\n',
      ),
    );
    const problems = problemsOf(dir).split('\n');
    expect(problems).toEqual([
      expect.stringMatching(
        /^stops\/second-stop\/body\.en\.md:3: the link "javascript:alert\(1\)" is not allowed/,
      ),
      expect.stringMatching(
        /^stops\/second-stop\/body\.en\.md:5: raw HTML \("<b>"\) is not allowed/,
      ),
    ]);
  });
});

describe('renderBody, the safety net behind the check', () => {
  it('still shows raw HTML as text and keeps no unsafe link, should any slip past', () => {
    const html = renderBody(
      '<script>x()</script> <img src=x onerror="y()"> [a](javascript:z()) [b](//evil.example) ![c](https://evil.example/c.png)',
      EN,
      new Map(),
    ).html;
    // The declaration in pipeline/ covers only what the pipeline uses; this test wants the whole DOM.
    const body = (new JSDOM(html).window as unknown as Window).document.body;
    expect(body.querySelectorAll('script, img').length).toBe(0);
    const attributes = [...body.querySelectorAll('*')].flatMap((element) => [
      ...element.attributes,
    ]);
    expect(attributes.filter((attribute) => attribute.name.startsWith('on'))).toEqual([]);
    const hrefs = [...body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((href) => !/^https?:\/\/[^/]/.test(href ?? ''))).toEqual([]);
    expect(html).toContain('&lt;script&gt;');
  });
});
