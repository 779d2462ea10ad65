import { ROUTES, findRoute, isWriteRequest } from './routes';

describe('the routes that write', () => {
  const writing = ROUTES.filter((r) => r.writes).map((r) => r.path);

  it('marks every save, delete and decision the keeper can make, and no read', () => {
    expect(writing.sort()).toEqual(
      [
        '/corrections',
        '/dose/history/confirm',
        '/dose/history/delete',
        '/dose/history/save',
        '/program/history/delete',
        '/program/history/save',
        '/test',
        '/test/history/delete',
        '/test/history/icp/manual',
        '/test/history/retry',
        '/test/history/save',
        '/test/import/save',
        '/user/alerts',
        '/user/dashboard/delete',
        '/user/dashboard/save',
        '/user/reef-reviews',
        '/user/target-ranges',
        '/user/template/delete',
        '/user/template/save',
      ].sort(),
    );
  });

  it.each([
    ['/user/target-ranges', { action: 'LIST' }, false],
    ['/user/target-ranges', { action: 'SAVE' }, true],
    ['/user/target-ranges', { action: 'RESET' }, true],
    ['/user/reef-reviews', { action: 'DETAIL' }, false],
    ['/user/reef-reviews', { action: 'DECIDE' }, true],
    ['/user/reef-reviews', { action: 'COMPLETE' }, true],
    ['/dose/history/save', {}, true],
    ['/dose/history/list', {}, false],
    ['/user/billing/checkout', { plan: 'PRO' }, false],
    ['/user/alerts', { action: 'GET' }, false],
    ['/user/alerts', { action: 'SAVE' }, true],
    ['/user/export', { format: 'json' }, false],
    ['/user/delete', { confirmEmail: 'a@reef.test' }, false],
    ['/user/reef-reviews', 'not an object', false],
  ])('%s with %j writes: %s', (path, body, writes) => {
    expect(isWriteRequest(findRoute('POST', path)!, body)).toBe(writes);
  });
});
