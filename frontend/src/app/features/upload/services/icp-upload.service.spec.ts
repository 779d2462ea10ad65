import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CLOCK } from '../../../core/identity/clock';
import { AuthSession } from '../../../core/identity/auth-session';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { provideTestHttp } from '../../../../testing/providers';
import { nextUploadCall, pickedFile, uploadTicketFactory } from '../../../../testing/upload-files';
import { HistoryLists } from '../../history/services/history-lists';
import { IcpUploadService } from './icp-upload.service';

describe('IcpUploadService', () => {
  let sut: IcpUploadService;
  let http: HttpTestingController;
  let lists: HistoryLists;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        { provide: CLOCK, useValue: () => Date.parse('2026-03-01T09:30:00Z') },
      ],
    });
    sut = TestBed.inject(IcpUploadService);
    http = TestBed.inject(HttpTestingController);
    lists = TestBed.inject(HistoryLists);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
  });

  afterEach(() => http.verify());

  async function showTestsOf(tankId: string) {
    lists.show({ status: 'chosen', tankId });
    for (const kind of ['test', 'dose', 'program']) {
      (await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`))).flush({ items: [] });
    }
  }

  const statuses = () => sut.files().map((file) => [file.file.name, file.status, file.message]);

  it('marks files that are not PDFs, empty or over 10 MB, and never sends them', async () => {
    sut.add([
      pickedFile('photo.jpg', 1_000, 'image/jpeg'),
      pickedFile('empty.pdf', 0),
      pickedFile('huge.pdf', 11 * 1024 * 1024),
    ]);

    expect(statuses()).toEqual([
      ['photo.jpg', 'rejected', 'Not a PDF. Choose the PDF report your lab sent.'],
      ['empty.pdf', 'rejected', 'The file is empty.'],
      ['huge.pdf', 'rejected', '11.0 MB is over the 10 MB limit for one report.'],
    ]);
    await sut.upload('tank-1', 'OCEAMO');
    http.expectNone('/api/test');
  });

  it('asks the plan once for the whole selection, and a refusal uploads nothing', async () => {
    sut.add([pickedFile('march.pdf'), pickedFile('april.pdf')]);

    const done = sut.upload('tank-1', 'TRITON');
    const preflight = await nextUploadCall(http);
    expect(preflight.request.body).toEqual({
      tankId: 'tank-1',
      lab: 'TRITON',
      validateOnly: true,
      fileCount: 2,
    });
    preflight.flush({ allowed: false, reason: 'TRIAL_UPLOADS_USED', limit: 3, fileCount: 2 });
    await done;

    expect(sut.batch()).toEqual({
      status: 'refused',
      message: "Your trial's 3 ICP uploads are used — choose a plan to keep uploading.",
    });
    expect(sut.files().map((file) => file.status)).toEqual(['ready', 'ready']);
    // afterEach's verify: no POST per file, no PUT.
  });

  it('creates a test per report, lists it at once as processing, and sends the PDF to storage with its progress', async () => {
    await showTestsOf('tank-1');
    const march = pickedFile('march.pdf', 4_000);
    sut.add([march]);

    const done = sut.upload('tank-1', 'OCEAMO');
    (await nextUploadCall(http)).flush({ allowed: true, fileCount: 1 });
    const start = await nextUploadCall(http);
    expect(start.request.body).toEqual({
      tankId: 'tank-1',
      lab: 'OCEAMO',
      fileName: 'march.pdf',
      fileSize: 4_000,
      batchId: expect.any(String),
    });
    const ticket = uploadTicketFactory('icp-9');
    start.flush(ticket);

    const put = await vi.waitFor(() => http.expectOne(ticket.uploadUrl));
    expect(lists.section('test')()).toEqual({
      status: 'ready',
      items: [
        {
          id: 'icp-9',
          label: 'ICP OCEAMO',
          date: '2026-03-01',
          status: 'PROCESSING',
          testKind: 'ICP',
        },
      ],
    });
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toBe(march);
    expect(put.request.headers.get('content-type')).toBe('application/pdf');
    expect(put.request.headers.has('Authorization')).toBe(false);
    expect(put.request.reportProgress).toBe(true);

    put.event({ type: HttpEventType.UploadProgress, loaded: 1_000, total: 4_000 });
    expect(sut.files()[0]).toMatchObject({ status: 'uploading', progress: 0.25, testId: 'icp-9' });
    put.flush(null);
    await done;

    expect(sut.files()[0]).toMatchObject({ status: 'uploaded', progress: 1 });
    expect(sut.batch()).toEqual({ status: 'finished' });
  });

  it('sends nothing to storage when the file no longer has the size the link was signed for', async () => {
    sut.add([pickedFile('changed.pdf', 4_000)]);

    const done = sut.upload('tank-1', 'OCEAMO');
    (await nextUploadCall(http)).flush({ allowed: true, fileCount: 1 });
    (await nextUploadCall(http)).flush({ ...uploadTicketFactory('icp-3'), uploadSize: 3_999 });
    await done;

    expect(statuses()).toEqual([
      [
        'changed.pdf',
        'failed',
        'The file changed after it was picked. Pick it again and upload it.',
      ],
    ]);
    // afterEach's verify: no PUT was sent.
  });

  it('explains a full batch and a refusal by storage beside the report', async () => {
    sut.add([pickedFile('full.pdf', 4_000), pickedFile('refused.pdf', 4_000)]);

    const done = sut.upload('tank-1', 'ATI');
    (await nextUploadCall(http)).flush({ allowed: true, fileCount: 2 });
    (await nextUploadCall(http)).flush(
      { message: 'This batch already holds 20 files', reason: 'BATCH_FULL', limit: 20 },
      { status: 409, statusText: 'Conflict' },
    );
    (await nextUploadCall(http)).flush({
      ...uploadTicketFactory('icp-4', 'ATI'),
      uploadSize: 4_000,
    });
    (await vi.waitFor(() => http.expectOne(uploadTicketFactory('icp-4').uploadUrl))).flush(
      '<Error><Code>SignatureDoesNotMatch</Code></Error>',
      { status: 403, statusText: 'Forbidden' },
    );
    await done;

    expect(statuses()).toEqual([
      ['full.pdf', 'failed', 'Up to 20 reports at a time; upload this one next.'],
      [
        'refused.pdf',
        'failed',
        'Storage refused the report: the upload link ran out or the file is not the one announced. Upload it again.',
      ],
    ]);
  });

  it('shows why one report failed beside it and goes on with the next', async () => {
    sut.add([pickedFile('first.pdf'), pickedFile('second.pdf')]);

    const done = sut.upload('tank-1', 'ATI');
    (await nextUploadCall(http)).flush({ allowed: true, fileCount: 2 });
    (await nextUploadCall(http)).flush(
      { message: 'Your plan does not allow this upload right now', reason: 'BASIC_UPLOAD_WINDOW' },
      { status: 403, statusText: 'Forbidden' },
    );
    (await nextUploadCall(http)).flush(uploadTicketFactory('icp-2', 'ATI'));
    (await vi.waitFor(() => http.expectOne(uploadTicketFactory('icp-2').uploadUrl))).error(
      new ProgressEvent('error'),
    );
    await done;

    expect(statuses()).toEqual([
      ['first.pdf', 'failed', 'Basic allows one ICP upload per week.'],
      [
        'second.pdf',
        'failed',
        'The report could not be sent. Check your connection and upload it again.',
      ],
    ]);
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('sends only the failed reports when asked again', async () => {
    sut.add([pickedFile('retry.pdf')]);
    const first = sut.upload('tank-1', 'OCEAMO');
    (await nextUploadCall(http)).flush({ allowed: true, fileCount: 1 });
    (await nextUploadCall(http)).flush({ message: 'Bad gateway' }, { status: 502, statusText: '' });
    await first;

    const again = sut.upload('tank-1', 'OCEAMO');
    const preflight = await nextUploadCall(http);
    expect(preflight.request.body).toMatchObject({ validateOnly: true, fileCount: 1 });
    preflight.flush({ allowed: true, fileCount: 1 });
    (await nextUploadCall(http)).flush(uploadTicketFactory('icp-3'));
    (await vi.waitFor(() => http.expectOne(uploadTicketFactory('icp-3').uploadUrl))).flush(null);
    await again;

    expect(statuses()).toEqual([['retry.pdf', 'uploaded', undefined]]);
  });
});
