import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  documentRef,
  insideContent,
  PathError,
  textFileOf,
  yamlFileOf,
} from '../../../server/studio/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'sbc-paths-'));
const content = join(root, 'content');
mkdirSync(join(content, 'stops', 'welcome'), { recursive: true });
symlinkSync('/etc', join(content, 'stops', 'linked'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('studio paths', () => {
  it('are made from a kind and an id of the content’s pattern only', () => {
    expect(yamlFileOf(documentRef('stop', 'cord-blood-bank'))).toBe(
      'stops/cord-blood-bank/stop.yaml',
    );
    expect(yamlFileOf(documentRef('tour', 'delegation'))).toBe('tours/delegation.yaml');
    expect(yamlFileOf(documentRef('glossary', 'glossary'))).toBe('glossary.yaml');
    for (const [kind, id] of [
      ['stop', '../etc'],
      ['stop', '/etc/passwd'],
      ['stop', 'Welcome'],
      ['stop', 'a/b'],
      ['stop', ''],
      ['page', 'welcome'],
      ['site', 'glossary'],
    ]) {
      expect(() => documentRef(kind, id), `${kind}/${id}`).toThrow(PathError);
    }
  });

  it('take only a stop’s Markdown text names', () => {
    const stop = documentRef('stop', 'welcome');
    expect(textFileOf(stop, 'body.en.md')).toBe('stops/welcome/body.en.md');
    expect(textFileOf(stop, 'depth.zh-CN.md')).toBe('stops/welcome/depth.zh-CN.md');
    for (const name of [
      '../body.en.md',
      'body.en.md/../x',
      'stop.yaml',
      'body..md',
      '.body.en.md',
      'body.en.md\0',
    ]) {
      expect(() => textFileOf(stop, name), name).toThrow(PathError);
    }
  });

  it('stay inside the content folder and never pass a symbolic link', () => {
    expect(insideContent(content, 'stops/welcome/stop.yaml')).toBe(
      join(content, 'stops/welcome/stop.yaml'),
    );
    for (const rel of [
      '../x',
      '/etc/passwd',
      'stops/../../x',
      'stops//x',
      'stops/linked/passwd',
      '',
    ]) {
      expect(() => insideContent(content, rel), rel).toThrow(PathError);
    }
  });
});
