// The studio's documents: a stop (stop.yaml and its Markdown texts), a tour, the glossary, the site
// texts. Each has a version (a hash of its files), so a save made from an older version is refused
// (409) instead of overwriting a colleague's work. Files stay the truth: nothing is cached.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { writeFileAtomic } from './atomic-write.ts';
import { type GitRepo, lastCommitOf } from './git.ts';
import {
  type DocumentRef,
  documentRef,
  ID_PATTERN,
  insideContent,
  stopFolderOf,
  TEXT_FILE,
  textFileOf,
  yamlFileOf,
} from './paths.ts';
import type { SaveLog } from './save-log.ts';
import { updateYamlText } from './yaml-writer.ts';

export interface StudioDocument extends DocumentRef {
  /** The YAML file's data as plain JSON (what the editor edits); null when the file is missing. */
  data: unknown;
  /** A stop's Markdown texts by file name (`body.en.md`); {} for the others. */
  texts: Record<string, string>;
  version: string;
}

export interface SaveInput {
  /** The version the edit started from. */
  baseVersion: string;
  data: unknown;
  texts: Record<string, string>;
}

export type SaveResult =
  | { saved: true; version: string; files: string[] }
  | { saved: false; conflict: Conflict };

export interface Conflict {
  changedBy: string | null;
  changedAt: string | null;
  current: StudioDocument;
}

export class DocumentStore {
  /** One save at a time: the version check and the write must not interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly contentDir: string,
    private readonly saveLog: SaveLog,
    private readonly git: GitRepo | null,
  ) {}

  /** The content's language codes, from site.yaml (Chinese and English when it cannot be read). */
  languages(): string[] {
    try {
      const data = parseDocument(this.readRel('site.yaml') ?? '').toJS() as {
        languages?: { code?: unknown }[];
      };
      const codes = (data?.languages ?? [])
        .map((l) => l?.code)
        .filter((c) => typeof c === 'string');
      return codes.length > 0 ? (codes as string[]) : ['zh-CN', 'en'];
    } catch {
      return ['zh-CN', 'en'];
    }
  }

  /** Every document there is: the stops and tours found on disk, the glossary and the site. */
  list(): DocumentRef[] {
    const names = (rel: string) => {
      try {
        return readdirSync(insideContent(this.contentDir, rel)).sort();
      } catch {
        return [];
      }
    };
    const stops = names('stops').filter((name) => ID_PATTERN.test(name));
    const tours = names('tours')
      .filter((name) => /^[a-z0-9-]+\.yaml$/.test(name))
      .map((name) => name.replace(/\.yaml$/, ''))
      .filter((id) => ID_PATTERN.test(id));
    return [
      ...stops.map((id) => documentRef('stop', id)),
      ...tours.map((id) => documentRef('tour', id)),
      documentRef('glossary', 'glossary'),
      documentRef('site', 'site'),
    ];
  }

  /** The files of a document (relative), the texts every language should have included. */
  filesOf(ref: DocumentRef): string[] {
    const files = [yamlFileOf(ref)];
    if (ref.kind === 'stop')
      files.push(...Object.keys(this.readTexts(ref)).map((n) => textFileOf(ref, n)));
    return files;
  }

  /** The YAML text a save of `data` would write (the file as it is, with the changes laid in). */
  render(ref: DocumentRef, data: unknown): string {
    return updateYamlText(this.readRel(yamlFileOf(ref)) ?? '', data);
  }

  /** The relative path of a stop's text file; a PathError for any other name. */
  textPath(ref: DocumentRef, name: string): string {
    return textFileOf(ref, name);
  }

  /** Whether the document's YAML file is there (the studio edits what exists; it makes no stops). */
  exists(ref: DocumentRef): boolean {
    return this.readRel(yamlFileOf(ref)) !== undefined;
  }

  read(ref: DocumentRef): StudioDocument {
    const yaml = this.readRel(yamlFileOf(ref));
    const texts = ref.kind === 'stop' ? this.readTexts(ref) : {};
    let data: unknown = null;
    if (yaml !== undefined) {
      const document = parseDocument(yaml);
      data = document.errors.length > 0 ? null : (document.toJS() ?? null);
    }
    return { ...ref, data, texts, version: this.versionOf(ref, yaml, texts) };
  }

  /** Saves unless the document changed since `baseVersion`; then commits when in git. */
  save(ref: DocumentRef, input: SaveInput, author: string): Promise<SaveResult> {
    const run = this.queue.then(() => this.saveNow(ref, input, author));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async saveNow(ref: DocumentRef, input: SaveInput, author: string): Promise<SaveResult> {
    const current = this.read(ref);
    if (current.version !== input.baseVersion) {
      return { saved: false, conflict: await this.conflictOf(current) };
    }
    const written: string[] = [];
    const yamlRel = yamlFileOf(ref);
    const before = this.readRel(yamlRel) ?? '';
    const after = updateYamlText(before, input.data);
    if (after !== before) {
      writeFileAtomic(insideContent(this.contentDir, yamlRel), after);
      written.push(yamlRel);
    }
    for (const [name, text] of Object.entries(input.texts)) {
      const rel = textFileOf(ref, name);
      // Line endings as the loader reads them; a text always ends with one newline.
      const normalized = `${text.replace(/\r\n?/g, '\n').replace(/\n*$/, '')}\n`;
      if ((current.texts[name] ?? null) === normalized) continue;
      writeFileAtomic(insideContent(this.contentDir, rel), normalized);
      written.push(rel);
    }
    const saved = this.read(ref);
    if (written.length > 0) {
      this.saveLog.record(`${ref.kind}/${ref.id}`, { by: author, version: saved.version });
      await this.git?.commit(written, author, `Studio: ${ref.kind} ${ref.id}`);
    }
    return { saved: true, version: saved.version, files: written };
  }

  /** Who made the version now on disk: the studio's log, else git, else unknown. */
  private async conflictOf(current: StudioDocument): Promise<Conflict> {
    const logged = this.saveLog.last(`${current.kind}/${current.id}`);
    if (logged && logged.version === current.version) {
      return { changedBy: logged.by, changedAt: logged.at, current };
    }
    const commit = this.git ? await lastCommitOf(this.git, this.filesOf(current)) : null;
    return { changedBy: commit?.author ?? null, changedAt: commit?.date ?? null, current };
  }

  private readTexts(ref: DocumentRef): Record<string, string> {
    let names: string[] = [];
    try {
      names = readdirSync(insideContent(this.contentDir, stopFolderOf(ref)));
    } catch {
      // A new stop: no texts yet.
    }
    const texts: Record<string, string> = {};
    for (const name of names.filter((n) => TEXT_FILE.test(n)).sort()) {
      const text = this.readRel(textFileOf(ref, name));
      if (text !== undefined) texts[name] = text.replace(/\r\n?/g, '\n');
    }
    return texts;
  }

  private readRel(rel: string): string | undefined {
    try {
      return readFileSync(insideContent(this.contentDir, rel), 'utf8');
    } catch {
      return undefined;
    }
  }

  private versionOf(ref: DocumentRef, yaml: string | undefined, texts: Record<string, string>) {
    const hash = createHash('sha256');
    hash.update(`${yamlFileOf(ref)}\0${yaml ?? '\u0000missing'}\0`);
    for (const [name, text] of Object.entries(texts)) hash.update(`${name}\0${text}\0`);
    return hash.digest('hex').slice(0, 16);
  }
}
