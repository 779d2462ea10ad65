import { Injectable, inject } from '@angular/core';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { DrawerService } from '../../shell/services/drawer.service';
import { ElementPicker } from '../components/element-picker';
import { ElementKind, PickableElement } from './element-catalogue';

export interface PickOptions {
  readonly kind: ElementKind;
  /** The tank whose catalogue to offer; the selected tank when left out. */
  readonly tankId?: string;
  /** Elements already in use, shown as added. */
  readonly chosenIds?: readonly string[];
  readonly title?: string;
}

const TITLES: Record<ElementKind, { pick: string; browse: string }> = {
  test: { pick: 'Choose a test', browse: 'What you can test' },
  dose: { pick: 'Choose a dose product', browse: 'What you can dose' },
};

/** Opens the right drawer's element list for manual tests, doses, programs and templates. */
@Injectable({ providedIn: 'root' })
export class ElementPickerService {
  private readonly drawer = inject(DrawerService);
  private readonly selection = inject(TankSelection);

  /**
   * Lets the keeper pick one element; resolves with it, or with null when the drawer is closed.
   *
   * @example const calcium = await picker.pick({ kind: 'test', chosenIds: ['alkalinity'] });
   */
  pick(options: PickOptions): Promise<PickableElement | null> {
    const tankId = options.tankId ?? this.selection.selectedTankId();
    if (!tankId) return Promise.resolve(null);
    return new Promise((resolve) => {
      let settled = false;
      const settle = (element: PickableElement | null) => {
        if (settled) return;
        settled = true;
        resolve(element);
      };
      this.drawer.open({
        title: options.title ?? TITLES[options.kind].pick,
        component: ElementPicker,
        inputs: {
          kind: options.kind,
          tankId,
          chosenIds: options.chosenIds ?? [],
          focusSearch: true,
          choose: (element: PickableElement) => {
            settle(element);
            this.drawer.close();
          },
        },
        onClosed: () => settle(null),
      });
    });
  }

  /** Shows the selected tank's catalogue of `kind`, to look through. */
  browse(kind: ElementKind): void {
    const tankId = this.selection.selectedTankId();
    if (!tankId) return;
    this.drawer.open({
      title: TITLES[kind].browse,
      component: ElementPicker,
      inputs: { kind, tankId, browseOnly: true, focusSearch: true },
    });
  }
}
