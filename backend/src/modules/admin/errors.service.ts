import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../shared/errors/domain-error';
import type { ErrorsDto } from './dto/admin.dto';
import { AppErrorRepository } from './read-model/app-error.repository';

const DEFAULT_PAGE = 25;

/** Support references: newest first, filtered, one by id with its stack, and acknowledgement (delete). */
@Injectable()
export class ErrorsService {
  constructor(private readonly errors: AppErrorRepository) {}

  async list(request: ErrorsDto) {
    if (request.referenceId) {
      const error = await this.errors.get(request.referenceId.trim().toUpperCase());
      if (!error) throw new NotFoundError(`Support reference ${request.referenceId}`);
      return { errors: [error], cursor: null };
    }
    return this.errors.page({ operation: request.operation, userId: request.userId }, request.limit ?? DEFAULT_PAGE, request.cursor);
  }

  /** Deletes the rows; ids with no row are counted as not found, never an error. */
  async clear(referenceIds: readonly string[]) {
    const ids = [...new Set(referenceIds.map((id) => id.trim().toUpperCase()))];
    const deleted = await Promise.all(ids.map((id) => this.errors.delete(id)));
    return {
      cleared: ids.filter((_, i) => deleted[i]),
      notFound: ids.filter((_, i) => !deleted[i]),
    };
  }
}
