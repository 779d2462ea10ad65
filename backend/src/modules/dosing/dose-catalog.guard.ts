import { Injectable } from '@nestjs/common';
import type { TankRecord } from '../account/account.types';
import { InvalidRequestError } from '../../shared/errors/domain-error';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';

/** Keeps doses and programs to the elements of the tank's dose catalog. */
@Injectable()
export class DoseCatalogGuard {
  constructor(private readonly catalog: ReferenceCatalogRepository) {}

  /** Fails with 400 naming every element the tank's dosing method does not offer. */
  async requireInCatalog(tank: TankRecord, elementIds: readonly string[]): Promise<void> {
    const offered = new Set((await this.catalog.doseCatalog(tank.dosingMethod)).map((p) => p.elementId));
    const unknown = [...new Set(elementIds)].filter((id) => !offered.has(id));
    if (unknown.length > 0) {
      throw new InvalidRequestError(
        `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the ${tank.dosingMethod} dose catalog of this tank`,
        {
          field: 'elementId',
          unknownElements: unknown,
        },
      );
    }
  }
}
