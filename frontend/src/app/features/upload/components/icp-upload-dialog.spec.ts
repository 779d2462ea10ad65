import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthSession } from '../../../core/identity/auth-session';
import { buttonLabelled } from '../../../../testing/dom';
import { profileFactory, tankFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { nextUploadCall, pickedFile, uploadTicketFactory } from '../../../../testing/upload-files';
import { HistoryLists } from '../../history/services/history-lists';
import { IcpUploadDialog } from './icp-upload-dialog';

describe('IcpUploadDialog', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
  });

  afterEach(() => http.verify());

  async function render(tanks = [tankFactory({ defaultLab: 'ATI' })]) {
    await loadProfile(profileFactory({ tanks }));
    const fixture = TestBed.createComponent(IcpUploadDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element };
  }

  function pick(element: HTMLElement, files: File[]) {
    const input = element.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  const rows = (element: HTMLElement) =>
    [...element.querySelectorAll<HTMLElement>('[data-testid="upload-file"]')].map((row) => ({
      status: row.dataset['status'],
      text: row.textContent?.replace(/\s+/g, ' ').trim(),
    }));

  it('starts with the tank’s usual lab and a file picker for PDFs', async () => {
    const { element } = await render();

    expect(element.querySelector<HTMLSelectElement>('#upload-lab')?.value).toBe('ATI');
    const input = element.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain('application/pdf');
    expect(element.querySelector('label[for="upload-files"]')?.textContent).toContain(
      'Choose PDF reports',
    );
    expect(buttonLabelled(element, 'Upload report').disabled).toBe(true);
  });

  it('explains a file it will not upload and counts only the others', async () => {
    const { fixture, element } = await render();

    pick(element, [pickedFile('notes.txt', 100, 'text/plain'), pickedFile('march.pdf')]);
    await fixture.whenStable();

    expect(rows(element)).toEqual([
      {
        status: 'rejected',
        text: expect.stringContaining('Not a PDF. Choose the PDF report your lab sent.'),
      },
      { status: 'ready', text: expect.stringContaining('march.pdf') },
    ]);
    expect(buttonLabelled(element, 'Upload report').disabled).toBe(false);
  });

  it('takes files dropped on it', async () => {
    const { fixture, element } = await render();
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { files: [pickedFile('a.pdf'), pickedFile('b.pdf')] },
    });

    element.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(drop);
    await fixture.whenStable();

    expect(drop.defaultPrevented).toBe(true);
    expect(buttonLabelled(element, 'Upload 2 reports')).toBeTruthy();
  });

  it('shows the plan’s reason when it refuses, and uploads nothing', async () => {
    const { fixture, element } = await render();
    pick(element, [pickedFile('march.pdf')]);
    await fixture.whenStable();

    buttonLabelled(element, 'Upload report').click();
    const preflight = await nextUploadCall(http);
    expect(preflight.request.body).toMatchObject({ lab: 'ATI', validateOnly: true, fileCount: 1 });
    preflight.flush({
      allowed: false,
      reason: 'BASIC_UPLOAD_WINDOW',
      limit: 1,
      retryAt: '2026-03-08T09:00:00Z',
      fileCount: 1,
    });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(element.querySelector('[data-testid="upload-refusal"]')).not.toBeNull();
    });

    const refusal = element.querySelector('[data-testid="upload-refusal"]')!;
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(refusal.textContent).toContain('Nothing was uploaded.');
    expect(refusal.textContent).toContain('Basic allows one ICP upload per week; next upload from');
    expect(rows(element)[0].status).toBe('ready');
  });

  it('uploads with the lab chosen, shows each report’s progress, and links to the new test', async () => {
    const { fixture, element } = await render();
    const lab = element.querySelector<HTMLSelectElement>('#upload-lab')!;
    lab.value = 'FAUNA_MARIN';
    lab.dispatchEvent(new Event('change'));
    pick(element, [pickedFile('march.pdf', 8_000)]);
    await fixture.whenStable();

    buttonLabelled(element, 'Upload report').click();
    (await nextUploadCall(http)).flush({ allowed: true, fileCount: 1 });
    const start = await nextUploadCall(http);
    expect(start.request.body).toMatchObject({ lab: 'FAUNA_MARIN', fileName: 'march.pdf' });
    const ticket = uploadTicketFactory('icp-5', 'FAUNA_MARIN');
    start.flush(ticket);
    const put = await vi.waitFor(() => http.expectOne(ticket.uploadUrl));

    put.event({ type: HttpEventType.UploadProgress, loaded: 6_000, total: 8_000 });
    await fixture.whenStable();
    const bar = element.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('75');
    expect(element.querySelector('[data-testid="upload-summary"]')?.textContent).toContain(
      'Uploading march.pdf',
    );

    put.flush(null);
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(rows(element)[0].status).toBe('uploaded');
    });
    expect(rows(element)[0].text).toContain('Uploaded, processing');
    expect(element.querySelector('[data-testid="upload-file"] a')?.getAttribute('href')).toBe(
      '/app/tests/icp/icp-5',
    );
    expect(element.querySelector('[data-testid="upload-summary"]')?.textContent).toBe(
      '1 report uploaded and processing.',
    );
    // The profile is read again: the plan's uploads left changed.
    (await vi.waitFor(() => http.expectOne('/api/user'))).flush(profileFactory());
  });

  /** The rail shows tank-1's (empty) lists, and one report is uploaded as `lab` and becomes `testId`. */
  async function uploadWithLists(testId: string, lab?: string) {
    const lists = TestBed.inject(HistoryLists);
    lists.show({ status: 'chosen', tankId: 'tank-1' });
    for (const kind of ['test', 'dose', 'program']) {
      (await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`))).flush({ items: [] });
    }
    const { fixture, element } = await render();
    if (lab) {
      const select = element.querySelector<HTMLSelectElement>('#upload-lab')!;
      select.value = lab;
      select.dispatchEvent(new Event('change'));
    }
    pick(element, [pickedFile(`${testId}.pdf`, 8_000)]);
    await fixture.whenStable();
    buttonLabelled(element, 'Upload report').click();
    (await nextUploadCall(http)).flush({ allowed: true, fileCount: 1 });
    const ticket = uploadTicketFactory(testId, 'ATI');
    (await nextUploadCall(http)).flush(ticket);
    (await vi.waitFor(() => http.expectOne(ticket.uploadUrl))).flush(null);
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(rows(element)[0].status).toBe('uploaded');
    });
    (await vi.waitFor(() => http.expectOne('/api/user'))).flush(profileFactory());
    const pushed = async (item: object) => {
      lists.apply({
        kind: 'test',
        op: 'upsert',
        tankId: 'tank-1',
        item: { id: testId, label: 'ICP ATI', ...item },
      });
      await fixture.whenStable();
    };
    return { element, pushed };
  }

  it('follows an uploaded report live to Done, and says when RaM read it as another lab', async () => {
    const { element, pushed } = await uploadWithLists('icp-5', 'FAUNA_MARIN');

    await pushed({ status: 'IN_PROGRESS', lab: 'ATI' });
    expect(rows(element)[0].text).toContain('Uploaded, evaluating');
    expect(element.querySelector('[data-testid="upload-file-lab"]')?.textContent).toBe(
      'Read as a report of ATI Lab: the report names that lab, so RaM used it instead of Fauna Marin Lab.',
    );

    await pushed({ status: 'DONE', lab: 'ATI' });
    expect(rows(element)[0].text).toContain('Done');
    expect(element.querySelector('[data-testid="upload-file-open"]')?.textContent).toContain(
      'Open result',
    );
    expect(element.querySelector('[data-testid="upload-file"] [role="progressbar"]')).toBeNull();
  });

  it('marks a report that failed to be read, with the way to see why', async () => {
    // The tank's usual lab (ATI) is the one the report was read as.
    const { element, pushed } = await uploadWithLists('icp-6');

    await pushed({ status: 'ERROR', lab: 'ATI', failureKind: 'LAYOUT' });

    expect(rows(element)[0].text).toContain('Failed');
    expect(element.querySelector('[data-testid="upload-file-open"]')?.textContent).toContain(
      'See why',
    );
    expect(element.querySelector('[data-testid="upload-file-lab"]')).toBeNull();
  });

  it('asks for a tank first when the keeper has none', async () => {
    const { element } = await render([]);

    expect(element.textContent).toContain('Add a tank first');
    expect(element.querySelector('input[type="file"]')).toBeNull();
  });
});
