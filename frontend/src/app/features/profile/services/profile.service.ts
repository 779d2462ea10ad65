import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Subscription, firstValueFrom } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { apiProblemFrom } from '../../../core/errors/api-problem';
import { LoadState } from '../../../shared/load-state';
import { ProfileSaveResult, Tank, UserProfile } from './profile.model';

/** The signed-in keeper's profile and tanks, loaded once by the app shell and shared by every page. */
@Injectable({ providedIn: 'root' })
export class ProfileService {
  private readonly api = inject(ApiClient);
  private readonly state = signal<LoadState<UserProfile>>({ status: 'loading' });
  private loading?: Subscription;

  readonly profile = this.state.asReadonly();
  /** The profile once loaded, else null. */
  readonly loaded = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  readonly tanks = computed<readonly Tank[]>(() => this.loaded()?.tanks ?? []);
  readonly displayName = computed(() => this.loaded()?.user.displayName ?? null);

  load(): void {
    this.loading?.unsubscribe();
    this.state.set({ status: 'loading' });
    this.loading = this.api.post<UserProfile>('/user', {}).subscribe({
      next: (profile) => this.state.set({ status: 'ready', value: profile }),
      error: () =>
        this.state.set({ status: 'failed', message: 'Your profile could not be loaded.' }),
    });
  }

  /** Saves the display name; a 400 comes back as the field's error, other failures go to the banner. */
  async saveDisplayName(displayName: string): Promise<ProfileSaveResult> {
    try {
      const profile = await firstValueFrom(
        this.api.post<UserProfile>('/user/save', { displayName }, { handles: [400] }),
      );
      this.state.set({ status: 'ready', value: profile });
      return { saved: true };
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        return { saved: false, fieldError: apiProblemFrom(error).message };
      }
      return { saved: false };
    }
  }
}
