import { Injectable, Type, signal } from '@angular/core';

/** What the right-side drawer shows: a title and a component with its inputs. */
export interface DrawerContent {
  readonly title: string;
  readonly component: Type<unknown>;
  readonly inputs?: Record<string, unknown>;
  /** Called once when this content leaves the drawer, closed or replaced. */
  readonly onClosed?: () => void;
}

/** Opens and closes the shell's right-side drawer from any page. */
@Injectable({ providedIn: 'root' })
export class DrawerService {
  private readonly shown = signal<DrawerContent | null>(null);
  readonly content = this.shown.asReadonly();

  open(content: DrawerContent): void {
    this.shown()?.onClosed?.();
    this.shown.set(content);
  }

  close(): void {
    const closing = this.shown();
    this.shown.set(null);
    closing?.onClosed?.();
  }
}
