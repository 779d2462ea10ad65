import type { FunctionName } from '../catalogue';
import { type AnyHandler, HANDLERS } from '../functions/registry';
import { lambdaContext } from './events/lambda-context';

export interface InvocationRecord {
  readonly functionName: FunctionName;
  readonly durationMs: number;
  readonly ok: boolean;
}

/**
 * Runs handlers the way Lambda does: loaded once ("cold start"), then invoked with an event and a
 * fresh context. Tests may register extra handlers (e.g. to observe what an event source delivers).
 */
export class FunctionHost {
  private readonly loaded = new Map<string, Promise<AnyHandler>>();
  private readonly overrides = new Map<string, AnyHandler>();
  readonly recent: InvocationRecord[] = [];
  private readonly invocations = new Map<FunctionName, number>();
  private readonly busyMs = new Map<FunctionName, number>();

  constructor(private readonly env: string) {}

  /** Replaces or adds a handler for a function name (tests only). */
  register(name: FunctionName, handler: AnyHandler): void {
    this.overrides.set(name, handler);
  }

  has(name: FunctionName): boolean {
    return this.overrides.has(name) || HANDLERS[name] !== undefined;
  }

  private handlerFor(name: FunctionName): Promise<AnyHandler> {
    const override = this.overrides.get(name);
    if (override) return Promise.resolve(override);
    let handler = this.loaded.get(name);
    if (!handler) {
      const load = HANDLERS[name];
      if (!load) return Promise.reject(new FunctionNotDeployedError(name));
      handler = load();
      this.loaded.set(name, handler);
    }
    return handler;
  }

  /** Invocations per function since the runtime started (the bench reads invocations per report). */
  invocationCounts(): Partial<Record<FunctionName, number>> {
    return Object.fromEntries(this.invocations);
  }

  /** Milliseconds spent in each function since the runtime started (the bench turns them into GB-s). */
  invocationMs(): Partial<Record<FunctionName, number>> {
    return Object.fromEntries(this.busyMs);
  }

  async invoke<T = unknown>(name: FunctionName, event: unknown): Promise<T> {
    const started = Date.now();
    this.invocations.set(name, (this.invocations.get(name) ?? 0) + 1);
    let ok = false;
    try {
      const handler = await this.handlerFor(name);
      const result = (await handler(event, lambdaContext(name, this.env, started))) as T;
      ok = true;
      return result;
    } finally {
      this.recent.push({ functionName: name, durationMs: Date.now() - started, ok });
      this.busyMs.set(name, (this.busyMs.get(name) ?? 0) + Date.now() - started);
      if (this.recent.length > 200) this.recent.shift();
    }
  }
}

export class FunctionNotDeployedError extends Error {
  constructor(readonly functionName: string) {
    super(`Function ${functionName} has no handler yet`);
    this.name = 'FunctionNotDeployedError';
  }
}
