import {
  DEPLOY_HOOKS,
  FUNCTIONS,
  FUNCTION_NAMES,
  QUEUES,
  QUEUE_NAMES,
  ROUTES,
  STREAM_SUBSCRIPTIONS,
  TABLES,
  TABLE_NAMES,
  deadLetterQueueName,
  findRoute,
} from '.';

describe('the catalogue', () => {
  it('serves every REST route from an HTTP lambdalith, once per path', () => {
    const paths = ROUTES.map((r) => r.path);

    expect(new Set(paths).size).toBe(paths.length);
    for (const route of ROUTES) expect(FUNCTIONS[route.function].kind).toBe('http');
  });

  it('lists the 37 endpoints of the spec, and those issues added, with the webhook as the only unauthenticated one', () => {
    // #14: /test/history/delete, /test/history/retry, /test/history/icp/manual, /test/history/icp/manual/panel.
    // #24: /user/alerts, /user/export, /user/delete, /test/import/preview, /test/import/save. #17: /user/admin/feedback.
    // #15: /dose/history/confirm.
    expect(ROUTES).toHaveLength(37 + 4 + 5 + 1 + 1);
    expect(ROUTES.filter((r) => r.auth === 'none').map((r) => r.path)).toEqual(['/user/billing/webhook']);
  });

  it('keeps admin routes on admin-api and admin-api routes admin-only', () => {
    for (const route of ROUTES.filter((r) => r.path.startsWith('/user/admin')))
      expect(route).toMatchObject({ function: 'admin-api', auth: 'admin' });
    for (const route of ROUTES.filter((r) => r.function === 'admin-api')) expect(route.auth).toBe('admin');
  });

  it('consumes every queue with an event function that may write what the queue carries', () => {
    for (const name of QUEUE_NAMES) expect(FUNCTIONS[QUEUES[name].consumer].kind).toBe('event');
  });

  it('makes FIFO exactly the queues whose names end in .fifo, and names their DLQs to match', () => {
    for (const name of QUEUE_NAMES) expect(QUEUES[name].fifo).toBe(name.endsWith('.fifo'));
    expect(deadLetterQueueName('upload-results.fifo')).toBe('upload-results-dlq.fifo');
    expect(deadLetterQueueName('dose-save-daily-dose')).toBe('dose-save-daily-dose-dlq');
  });

  it('streams exactly the three history tables, with old images for removals', () => {
    expect([...new Set(STREAM_SUBSCRIPTIONS.map((s) => s.table))].sort()).toEqual(['dose-history', 'program-history', 'test-history']);
    expect(STREAM_SUBSCRIPTIONS.filter((s) => s.target === 'alert-notify').map((s) => s.table)).toEqual(['test-history']);
    for (const s of STREAM_SUBSCRIPTIONS) expect(TABLES[s.table].stream).toBe('NEW_AND_OLD_IMAGES');
  });

  it('grants each function only tables that exist, and every sender only catalogued queues', () => {
    for (const fn of FUNCTION_NAMES) {
      for (const table of Object.keys(FUNCTIONS[fn].tables)) expect(TABLE_NAMES).toContain(table);
      for (const queue of FUNCTIONS[fn].sendsTo ?? []) expect(QUEUE_NAMES).toContain(queue);
    }
  });

  it('lets only the seed loader (a deploy hook) and the admin console scan, and only tables they may already read', () => {
    const scanners = FUNCTION_NAMES.filter((fn) => (FUNCTIONS[fn].scans ?? []).length > 0);

    expect(scanners.sort()).toEqual(['admin-api', 'seed-loader']);
    expect(DEPLOY_HOOKS).toContain('seed-loader');
    expect(FUNCTIONS['admin-api'].scans).toEqual(['user', 'websocket-connections']);
    for (const fn of scanners) {
      for (const table of FUNCTIONS[fn].scans ?? []) expect(FUNCTIONS[fn].tables[table]).toBeDefined();
    }
  });

  it('indexes the access patterns the spec names', () => {
    expect(TABLES['user-dashboard'].indexes?.map((i) => i.name)).toContain('user_id_tank_id-index');
    expect(TABLES['user-entry-template'].indexes?.map((i) => i.name)).toContain('user_id_tank_id_template_type-index');
    expect(TABLES['reef-review'].indexes?.map((i) => i.name)).toEqual(['user_id_tank_id-index', 'test_id-index', 'draft_program_id-index']);
    expect(TABLES['websocket-connections'].indexes?.map((i) => i.name)).toEqual(['user_id-index']);
    expect(TABLES['program-history'].indexes?.map((i) => i.name)).toContain('status-index');
  });

  it('finds routes by method and path, ignoring a trailing slash', () => {
    expect(findRoute('post', '/user/save/')?.operation).toBe('user-save-user-profile');
    expect(findRoute('GET', '/user')).toBeUndefined();
  });
});
