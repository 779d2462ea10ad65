import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AuthSession } from '../../../core/identity/auth-session';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { ManualIcpPage } from './manual-icp-page';

const PANEL = {
  lab: 'TRITON',
  elements: [
    {
      elementId: 'sodium',
      name: 'Sodium',
      unit: 'mg/l',
      category: 'major',
      source: 'tank',
      required: true,
    },
    {
      elementId: 'lead',
      name: 'Lead',
      unit: 'µg/l',
      category: 'pollutant',
      source: 'tank',
      required: true,
    },
    {
      elementId: 'copper-ro',
      name: 'Copper (RO)',
      unit: 'µg/l',
      category: 'osmose',
      source: 'rodi',
      required: false,
    },
  ],
};

describe('ManualIcpPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [...provideTestHttp()] });
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
  });

  afterEach(() => http.verify());

  async function render(inputs: Record<string, string> = { lab: 'TRITON', replaces: 'failed-1' }) {
    await loadProfile(profileFactory());
    const fixture = TestBed.createComponent(ManualIcpPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    const panel = await vi.waitFor(() => http.expectOne('/api/test/history/icp/manual/panel'));
    expect(panel.request.body).toEqual({ tankId: 'tank-1', lab: inputs['lab'] ?? 'OCEAMO' });
    panel.flush(PANEL);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const fill = (element: HTMLElement, selector: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('lists the lab panel, tank water first and RO water apart, in the lab’s units', async () => {
    const { element } = await render();
    expect(
      element.querySelectorAll('[data-testid="manual-icp-tank"] input[data-element]'),
    ).toHaveLength(2);
    expect(
      element.querySelector('[data-testid="manual-icp-rodi"] input[data-element="copper-ro"]'),
    ).not.toBeNull();
    expect(element.querySelector('[data-testid="manual-icp-tank"]')?.textContent).toContain('µg/l');
  });

  it('saves the typed report as the lab printed it and opens the new test', async () => {
    const { fixture, element } = await render();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fill(element, '[data-testid="manual-icp-number"]', 'TR-1');
    fill(element, '[data-testid="manual-icp-date"]', '2025-03-20');
    fill(element, 'input[data-element="sodium"]', '10.650');
    fill(element, 'input[data-element="lead"]', '< 0,1');
    fill(element, 'input[data-element="copper-ro"]', '0,7');
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="manual-icp-save"]')!.click();

    const save = await vi.waitFor(() => http.expectOne('/api/test/history/icp/manual'));
    expect(save.request.body).toEqual({
      tankId: 'tank-1',
      lab: 'TRITON',
      analysisNumber: 'TR-1',
      sampleDate: '2025-03-20',
      replacesTestId: 'failed-1',
      elements: [
        { elementId: 'sodium', value: 10650 },
        { elementId: 'lead', notDetected: true, detectionLimit: 0.1 },
        { elementId: 'copper-ro', value: 0.7 },
      ],
    });
    save.flush({ testId: 'icp-9', status: 'IN_PROGRESS' });
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith(['/app/tests/icp', 'icp-9']));
  });

  it('says what is missing or unreadable instead of sending', async () => {
    const { fixture, element } = await render();
    fill(element, 'input[data-element="sodium"]', 'ten');
    await fixture.whenStable();
    expect(element.textContent).toContain('Sodium: Type a number, n.n. or < limit');
    element.querySelector<HTMLButtonElement>('[data-testid="manual-icp-save"]')!.click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="manual-icp-problem"]')?.textContent).toContain(
      'cannot be read',
    );

    fill(element, 'input[data-element="sodium"]', '10650');
    element.querySelector<HTMLButtonElement>('[data-testid="manual-icp-save"]')!.click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="manual-icp-problem"]')?.textContent).toContain(
      'the analysis number',
    );
  });
});
