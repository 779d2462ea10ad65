import { Injectable, inject } from '@angular/core';
import { Observable, map, of, tap } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { readState } from '../../../core/api/api-outcome';
import { LoadState } from '../../../shared/load-state';
import { ProfileService } from '../../../core/profile/profile.service';
import {
  ElementCatalogue,
  ElementKind,
  doseCatalogueFrom,
  testCatalogueFrom,
} from './element-catalogue';

/** Reads a tank's test elements or dose products, once per tank, lab and dosing method. */
@Injectable({ providedIn: 'root' })
export class ElementCatalogueService {
  private readonly api = inject(ApiClient);
  private readonly profile = inject(ProfileService);
  private readonly cache = new Map<string, ElementCatalogue>();

  catalogue(kind: ElementKind, tankId: string): Observable<LoadState<ElementCatalogue>> {
    // The catalogue follows the tank's lab (tests) and method (doses); a changed tank reads again.
    const tank = this.profile.tanks().find((candidate) => candidate.tankId === tankId);
    const key = [kind, tankId, tank?.defaultLab, tank?.dosingMethod].join(':');
    const cached = this.cache.get(key);
    if (cached) return of({ status: 'ready', value: cached });
    return readState(
      this.api.post<unknown>(`/${kind}/elements/list`, { tankId }).pipe(
        map((body) => (kind === 'test' ? testCatalogueFrom(body) : doseCatalogueFrom(body))),
        tap((catalogue) => this.cache.set(key, catalogue)),
      ),
      'The element list could not be loaded.',
    );
  }
}
