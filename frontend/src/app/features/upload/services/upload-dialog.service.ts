import { Injectable, signal } from '@angular/core';

/**
 * Whether the ICP upload dialog is open. Tiny on purpose: the rail and other pages import it to
 * open the dialog, while the dialog itself (and the upload flow) loads only when first opened.
 */
@Injectable({ providedIn: 'root' })
export class UploadDialogService {
  private readonly shown = signal(false);
  readonly isOpen = this.shown.asReadonly();

  open(): void {
    this.shown.set(true);
  }

  close(): void {
    this.shown.set(false);
  }
}
