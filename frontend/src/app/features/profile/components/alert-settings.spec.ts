import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled } from '../../../../testing/dom';
import { tankFactory } from '../../../../testing/factories';
import { provideTestHttp } from '../../../../testing/providers';
import { AlertSettings } from './alert-settings';

describe('AlertSettings', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const defaults = (tankId: string) => ({
    preferences: {
      tankId,
      saved: false,
      reportFinished: false,
      critical: true,
      outOfRange: false,
      weeklySummary: false,
    },
  });
  const box = (element: HTMLElement, key: string) =>
    element.querySelector<HTMLInputElement>(`[data-alert="${key}"]`)!;

  it('shows the first tank’s preferences, critical readings on by default, and saves the choices', async () => {
    const fixture = TestBed.createComponent(AlertSettings);
    fixture.componentRef.setInput('tanks', [tankFactory({ tankId: 't1', name: 'Reef 300' })]);
    const element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    const read = await vi.waitFor(() => http.expectOne('/api/user/alerts'));
    expect(read.request.body).toEqual({ tankId: 't1', action: 'GET' });
    read.flush(defaults('t1'));
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(buttonLabelled(element, 'Save alerts').disabled).toBe(false);
    });
    expect([
      box(element, 'critical').checked,
      box(element, 'outOfRange').checked,
      box(element, 'weeklySummary').checked,
    ]).toEqual([true, false, false]);

    box(element, 'weeklySummary').click();
    buttonLabelled(element, 'Save alerts').click();
    const save = await vi.waitFor(() => http.expectOne('/api/user/alerts'));
    expect(save.request.body).toEqual({
      tankId: 't1',
      action: 'SAVE',
      preferences: {
        critical: true,
        outOfRange: false,
        reportFinished: false,
        weeklySummary: true,
      },
    });
    save.flush({
      preferences: { ...defaults('t1').preferences, saved: true, weeklySummary: true },
    });
    await vi.waitFor(() => expect(element.textContent).toContain('Saved.'));
  });
});
