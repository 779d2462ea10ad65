import { TestBed } from '@angular/core/testing';
import { ErrorBannerService } from './error-banner.service';

describe('ErrorBannerService', () => {
  let sut: ErrorBannerService;

  beforeEach(() => (sut = TestBed.inject(ErrorBannerService)));

  it('shows the newest problem until it is dismissed', () => {
    sut.report({ message: 'First failure', status: 500 });
    sut.report({ message: 'Second failure', status: 502, referenceId: 'REF-2' });

    expect(sut.current()).toEqual({ message: 'Second failure', status: 502, referenceId: 'REF-2' });

    sut.dismiss();
    expect(sut.current()).toBeNull();
  });
});
