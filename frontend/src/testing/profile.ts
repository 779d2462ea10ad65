import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { vi } from 'vitest';
import { ProfileService } from '../app/core/profile/profile.service';
import { UserProfile } from '../app/core/profile/profile.model';

/** Loads the profile through the real service and answers `POST /api/user` with `profile`. */
export async function loadProfile(profile: UserProfile): Promise<void> {
  TestBed.inject(ProfileService).load();
  const request = await vi.waitFor(() =>
    TestBed.inject(HttpTestingController).expectOne('/api/user'),
  );
  request.flush(profile);
}
