import { HttpBackend, HttpClient } from '@angular/common/http';
import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { RuntimeConfig, RuntimeConfigError, parseRuntimeConfig } from './runtime-config';

export const CONFIG_URL = '/config.json';

/**
 * `/config.json` already on its way: `main.ts` asks for it before Angular starts, so the file crosses
 * a slow phone network while the framework boots instead of after it. It resolves to the parsed
 * body, or `undefined` when that early fetch failed (the service then asks again itself).
 */
export const EARLY_CONFIG = new InjectionToken<Promise<unknown>>('EarlyConfig');

/** Starts fetching `/config.json` (see {@link EARLY_CONFIG}); never rejects. */
export function fetchConfigEarly(fetcher: typeof fetch = fetch): Promise<unknown> {
  return fetcher(CONFIG_URL, { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
    .catch(() => undefined);
}

/** Loads `/config.json` once at startup and hands it to everything that needs an address. */
@Injectable({ providedIn: 'root' })
export class RuntimeConfigService {
  // HttpBackend skips the interceptors: they need this config to decide what to do.
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly loaded = signal<RuntimeConfig | null>(null);
  private readonly early = inject(EARLY_CONFIG, { optional: true });

  /** The loaded config; reading it before startup finished is a programming error. */
  get current(): RuntimeConfig {
    const config = this.loaded();
    if (!config) throw new RuntimeConfigError('The runtime config was read before it was loaded');
    return config;
  }

  async load(): Promise<RuntimeConfig> {
    if (this.early) {
      const early = await this.early;
      if (early !== undefined && early !== null) return this.use(parseRuntimeConfig(early));
    }
    let raw: unknown;
    try {
      raw = await firstValueFrom(
        this.http.get<unknown>(CONFIG_URL, { headers: { 'Cache-Control': 'no-cache' } }),
      );
    } catch {
      throw new RuntimeConfigError(`Could not load ${CONFIG_URL}; is the RaM runtime running?`);
    }
    return this.use(parseRuntimeConfig(raw));
  }

  /** Adopts an already checked config (what `load` does once the file arrived; tests call it directly). */
  use(config: RuntimeConfig): RuntimeConfig {
    this.loaded.set(config);
    return config;
  }

  /** The full address of a REST route, e.g. `apiUrlFor('/user')` → `/api/user`. */
  apiUrlFor(path: string): string {
    return `${this.current.apiUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  /** True for calls to RaM's REST API; false for identity, config and anything else. */
  isApiCall(url: string): boolean {
    const config = this.loaded();
    if (!config) return false;
    return url === config.apiUrl || url.startsWith(`${config.apiUrl}/`);
  }
}
