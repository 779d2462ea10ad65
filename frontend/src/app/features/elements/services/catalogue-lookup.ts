import { Signal, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { map, of, switchMap } from 'rxjs';
import { humanizeCode } from '../../../shared/format';
import { ElementKind, PickableElement } from './element-catalogue';
import { ElementCatalogueService } from './element-catalogue.service';

export type ElementLookup = ReadonlyMap<string, PickableElement>;

const NOTHING: ElementLookup = new Map();

/**
 * The tank's catalogue of `kind` by element id, following the tank; empty until it arrives (and when
 * it cannot be read: names then fall back to the id). Call in an injection context.
 */
export function injectElementLookup(
  kind: ElementKind,
  tankId: Signal<string | null>,
): Signal<ElementLookup> {
  const catalogues = inject(ElementCatalogueService);
  return toSignal(
    toObservable(tankId).pipe(
      switchMap((id) => (id ? catalogues.catalogue(kind, id) : of(null))),
      map((state) =>
        state?.status === 'ready'
          ? new Map(state.value.elements.map((element) => [element.elementId, element]))
          : NOTHING,
      ),
    ),
    { initialValue: NOTHING },
  );
}

/** The element's name from the catalogue, or its id in words when the catalogue lacks it. */
export function elementName(lookup: ElementLookup, elementId: string): string {
  return lookup.get(elementId)?.name ?? humanizeCode(elementId);
}
