/**
 * Values one page leaves for the page the keeper is sent to next (after a save or a delete), each
 * taken once.
 *
 * @example notices.leave('list', 'Deleted “Winter plan”.'); … notices.take('list'); // then null
 */
export class Handoff<T> {
  private readonly left = new Map<string, T>();

  leave(key: string, value: T): void {
    this.left.set(key, value);
  }

  take(key: string): T | null {
    const value = this.left.get(key) ?? null;
    this.left.delete(key);
    return value;
  }
}
