import { Injectable } from '@nestjs/common';
import { TankAccess } from '../account/tank-access';
import { ReferenceCatalogRepository } from './reference-catalog.repository';
import { selectableTestElements } from './test-catalogue';

@Injectable()
export class ReferenceService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly catalog: ReferenceCatalogRepository,
  ) {}

  /** Tests a keeper can pick for this tank: manual tests, then the tank's ICP lab panel. */
  async testElements(userId: string, tankId: string) {
    const tank = await this.tanks.requireOwnedTank(userId, tankId);
    const [manual, lab] = await Promise.all([this.catalog.panel('MANUAL'), this.catalog.panel(tank.defaultLab)]);
    return {
      tankId,
      lab: tank.defaultLab,
      elements: selectableTestElements([...manual, ...lab]).map((e) => ({
        elementId: e.elementId,
        name: e.name,
        canonical: e.canonical,
        symbol: e.symbol,
        category: e.category,
        unit: e.unit,
        ...(e.alternateUnits ? { alternateUnits: e.alternateUnits } : {}),
        panel: e.panel,
      })),
    };
  }

  /** The dose catalog of the tank's dosing method. */
  async doseElements(userId: string, tankId: string) {
    const tank = await this.tanks.requireOwnedTank(userId, tankId);
    const products = await this.catalog.doseCatalog(tank.dosingMethod);
    return { tankId, method: tank.dosingMethod, elements: products.map(({ method: _method, ...product }) => product) };
  }
}
