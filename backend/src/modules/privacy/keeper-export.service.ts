import { Injectable } from '@nestjs/common';
import { strToU8, zipSync } from 'fflate';
import { KEEPER_ROWS, TABLE_NAMES, type ExportKind } from '../../catalogue';
import { csvFiles, keeperExport, type KeeperExport } from '../../domain/privacy/keeper-export';
import type { CallerIdentity } from '../../shared/http/caller';
import { Clock } from '../account/clock';
import { TankRepository } from '../account/repositories/tank.repository';
import { KeeperRowFinder } from './keeper-row-finder';

/** The CSV export: a ZIP of one file per kind, base64 in the JSON answer. */
export interface CsvExport {
  readonly format: 'csv';
  readonly fileName: string;
  readonly contentType: 'application/zip';
  readonly base64: string;
  readonly files: readonly string[];
}

/** Reads everything a keeper keeps in RaM, from every table the catalogue marks as exported. */
@Injectable()
export class KeeperExportService {
  constructor(
    private readonly tanks: TankRepository,
    private readonly finder: KeeperRowFinder,
    private readonly clock: Clock,
  ) {}

  async exportJson(caller: CallerIdentity): Promise<KeeperExport> {
    const keeper = {
      userId: caller.userId,
      email: caller.email,
      tankIds: (await this.tanks.listForUser(caller.userId)).map((t) => t.tankId),
    };
    const rows: Partial<Record<ExportKind, Record<string, unknown>[]>> = {};
    for (const table of TABLE_NAMES) {
      const declared = KEEPER_ROWS[table];
      if (declared.by === 'none' || !declared.exportAs) continue;
      (rows[declared.exportAs] ??= []).push(...(await this.finder.rowsOf(table, keeper)));
    }
    return keeperExport(rows, this.clock.now());
  }

  async exportCsv(caller: CallerIdentity): Promise<CsvExport> {
    const doc = await this.exportJson(caller);
    const files = csvFiles(doc);
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), {
      level: 6,
      mtime: new Date(doc.exportedAt),
    });
    return {
      format: 'csv',
      fileName: `reef-a-matic-export-${doc.exportedAt.slice(0, 10)}.zip`,
      contentType: 'application/zip',
      base64: Buffer.from(zip).toString('base64'),
      files: Object.keys(files),
    };
  }
}
