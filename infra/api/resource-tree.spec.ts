import { pathSlug, resourceTree } from './resource-tree';

describe('resourceTree', () => {
  it('lists every path prefix once, parents before children', () => {
    const sut = resourceTree(['/user/billing/checkout', '/user', '/user/billing/portal']);
    expect(sut.map((n) => [n.path, n.parentPath, n.pathPart])).toEqual([
      ['/user', '/', 'user'],
      ['/user/billing', '/user', 'billing'],
      ['/user/billing/checkout', '/user/billing', 'checkout'],
      ['/user/billing/portal', '/user/billing', 'portal'],
    ]);
  });
});

describe('pathSlug', () => {
  it('turns a route path into a logical-name suffix', () => {
    expect(pathSlug('/user/billing/checkout')).toBe('user-billing-checkout');
  });
});
