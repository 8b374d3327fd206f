// Who saved which document last, and when (STUDIO_DATA_DIR/saves.json): what a refused save tells
// the second editor when the content folder is not a git repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { writeFileAtomic } from './atomic-write.ts';

const EntrySchema = v.object({ by: v.string(), at: v.string(), version: v.string() });
const LogSchema = v.record(v.string(), EntrySchema);
export type SaveEntry = v.InferOutput<typeof EntrySchema>;

export class SaveLog {
  private readonly file: string;
  constructor(dataDir: string) {
    this.file = join(dataDir, 'saves.json');
  }

  last(key: string): SaveEntry | undefined {
    return this.read()[key];
  }

  record(key: string, entry: Omit<SaveEntry, 'at'>): void {
    const log = this.read();
    log[key] = { ...entry, at: new Date().toISOString() };
    writeFileAtomic(this.file, `${JSON.stringify(log, null, 2)}\n`);
  }

  private read(): Record<string, SaveEntry> {
    try {
      const parsed = v.safeParse(LogSchema, JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.output : {};
    } catch {
      return {};
    }
  }
}
