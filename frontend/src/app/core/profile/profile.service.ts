import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Subscription, firstValueFrom } from 'rxjs';
import { LoadState, readyValue } from '../../shared/load-state';
import { TankInput } from '../../shared/tanks/tank';
import { ApiClient } from '../api/api-client';
import { apiProblemFrom } from '../errors/api-problem';
import { ProfileSaveResult, Tank, TankSaveResult, UserProfile } from './profile.model';

/** What `POST /user/save` changes: the display name, and tanks to add (no id) or update. */
export interface ProfileChanges {
  readonly displayName?: string;
  readonly tanks?: readonly TankInput[];
}

/** The signed-in keeper's profile and tanks, loaded once by the app shell and shared by every page. */
@Injectable({ providedIn: 'root' })
export class ProfileService {
  private readonly api = inject(ApiClient);
  private readonly state = signal<LoadState<UserProfile>>({ status: 'loading' });
  private loading?: Subscription;

  readonly profile = this.state.asReadonly();
  /** The profile once loaded, else null. */
  readonly loaded = computed(() => readyValue(this.state()));
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

  /**
   * Reads the profile again behind what is shown (limits change as uploads are used, maybe on
   * another device); a failure keeps what is shown.
   */
  refresh(): void {
    const status = this.state().status;
    if (status === 'failed') return this.load();
    if (status === 'loading') return;
    this.loading?.unsubscribe();
    this.loading = this.api.post<UserProfile>('/user', {}).subscribe({
      next: (profile) => this.state.set({ status: 'ready', value: profile }),
      error: () => undefined,
    });
  }

  /**
   * Saves the changes and takes the answer as the new profile. A 400 comes back as the server's
   * words about the field; other failures go to the banner.
   */
  async save(changes: ProfileChanges): Promise<ProfileSaveResult> {
    try {
      const profile = await firstValueFrom(
        this.api.post<UserProfile>('/user/save', changes, { handles: [400] }),
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

  saveDisplayName(displayName: string): Promise<ProfileSaveResult> {
    return this.save({ displayName });
  }

  /** Adds a tank (no `tankId`) or updates one, and hands back the tank as stored. */
  async saveTank(tank: TankInput): Promise<TankSaveResult> {
    const known = new Set(this.tanks().map((existing) => existing.tankId));
    const result = await this.save({ tanks: [tank] });
    if (!result.saved) return result;
    const stored = this.tanks().find((candidate) =>
      tank.tankId ? candidate.tankId === tank.tankId : !known.has(candidate.tankId),
    );
    return stored ? { saved: true, tank: stored } : { saved: false };
  }
}
