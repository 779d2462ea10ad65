import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, skip } from 'rxjs';
import { provideTestHttp } from '../../../../testing/providers';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { templateFactory } from '../../../../testing/template-factories';
import { TemplatesService } from './templates.service';

describe('TemplatesService', () => {
  let http: HttpTestingController;
  let service: TemplatesService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(TemplatesService);
  });

  afterEach(() => http.verify());

  it('lists the tank’s templates of one type', async () => {
    const answer = firstValueFrom(service.list('tank-1', 'DOSE').pipe(skip(1)));
    const request = await vi.waitFor(() => http.expectOne('/api/user/template'));
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ tankId: 'tank-1', type: 'DOSE' });
    request.flush({ tankId: 'tank-1', templates: [templateFactory()] });
    expect(await answer).toEqual({ status: 'ready', value: [templateFactory()] });
  });

  it('lists all types without a type, and fails quietly into a state', async () => {
    const answer = firstValueFrom(service.list('tank-1').pipe(skip(1)));
    const request = await vi.waitFor(() => http.expectOne('/api/user/template'));
    expect(request.request.body).toEqual({ tankId: 'tank-1' });
    request.flush({ message: 'boom' }, { status: 500, statusText: 'Error' });
    expect((await answer).status).toBe('failed');
  });

  it('saves a template and answers it as stored', async () => {
    const body = {
      tankId: 'tank-1',
      templateId: 'tpl-1',
      type: 'PROGRAM' as const,
      name: 'Trace',
      elements: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 4] as const }],
    };
    const saving = service.save(body);
    const request = await vi.waitFor(() => http.expectOne('/api/user/template/save'));
    expect(request.request.body).toEqual(body);
    request.flush({ template: templateFactory({ type: 'PROGRAM', name: 'Trace' }) });
    expect(await saving).toEqual({
      ok: true,
      value: templateFactory({ type: 'PROGRAM', name: 'Trace' }),
    });
  });

  it('answers a 400 in the API’s words, off the banner', async () => {
    const saving = service.save({ tankId: 'tank-1', type: 'TEST', name: 'A', elements: [] });
    (await vi.waitFor(() => http.expectOne('/api/user/template/save'))).flush(
      { message: 'tin is not a test element of this tank', code: 'INVALID_REQUEST' },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(await saving).toEqual({
      ok: false,
      message: 'tin is not a test element of this tank',
      code: 'INVALID_REQUEST',
    });
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('deletes a template of the tank', async () => {
    const deleting = service.delete('tank-1', 'tpl-1');
    const request = await vi.waitFor(() => http.expectOne('/api/user/template/delete'));
    expect(request.request.body).toEqual({ tankId: 'tank-1', templateId: 'tpl-1' });
    request.flush({ templateId: 'tpl-1', deleted: true });
    expect((await deleting).ok).toBe(true);
  });
});
