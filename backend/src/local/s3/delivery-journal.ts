import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { S3Event } from 'aws-lambda';

/**
 * S3 hands object notifications to Lambda's asynchronous invocation queue, which outlives any one
 * process. Locally that queue is this journal: an event is written before its function runs and
 * struck when it has run (or given up), so a restart re-delivers what was on its way.
 */
export class DeliveryJournal {
  private readonly pending = new Map<string, { target: string; event: S3Event }>();

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      for (const [id, entry] of JSON.parse(readFileSync(file, 'utf8')) as [string, { target: string; event: S3Event }][])
        this.pending.set(id, entry);
    }
  }

  add(target: string, event: S3Event): string {
    const id = randomUUID();
    this.pending.set(id, { target, event });
    this.save();
    return id;
  }

  done(id: string): void {
    if (this.pending.delete(id)) this.save();
  }

  /** What a previous run had not finished delivering. */
  unfinished(): [string, { target: string; event: S3Event }][] {
    return [...this.pending];
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify([...this.pending]));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
