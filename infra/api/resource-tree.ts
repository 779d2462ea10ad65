/** One API Gateway resource: a path segment under its parent. */
export interface ResourceNode {
  /** Full path, e.g. `/user/billing/checkout`. */
  readonly path: string;
  /** Parent's full path; `/` for top-level resources. */
  readonly parentPath: string;
  /** The last segment, e.g. `checkout`. */
  readonly pathPart: string;
}

/**
 * The API Gateway resources needed to serve the given route paths: every distinct prefix, parents first.
 *
 * @example resourceTree(['/user/save']) // [{ path: '/user', ... }, { path: '/user/save', parentPath: '/user', pathPart: 'save' }]
 */
export function resourceTree(paths: readonly string[]): ResourceNode[] {
  const nodes = new Map<string, ResourceNode>();
  for (const routePath of paths) {
    const segments = routePath.split('/').filter((s) => s.length > 0);
    segments.forEach((segment, i) => {
      const path = `/${segments.slice(0, i + 1).join('/')}`;
      const parentPath = i === 0 ? '/' : `/${segments.slice(0, i).join('/')}`;
      if (!nodes.has(path)) nodes.set(path, { path, parentPath, pathPart: segment });
    });
  }
  const depth = (node: ResourceNode) => node.path.split('/').length;
  return [...nodes.values()].sort((a, b) => depth(a) - depth(b) || a.path.localeCompare(b.path));
}

/**
 * A Pulumi-safe logical name suffix for a path.
 *
 * @example pathSlug('/user/billing/checkout') // 'user-billing-checkout'
 */
export function pathSlug(path: string): string {
  return path
    .split('/')
    .filter((s) => s.length > 0)
    .join('-');
}
