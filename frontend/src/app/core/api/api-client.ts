import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { RuntimeConfigService } from '../config/runtime-config.service';
import { handledStatuses } from '../errors/api-problem';

export interface ApiCallOptions {
  /** Statuses this caller shows itself, kept off the global error banner. */
  readonly handles?: readonly number[];
}

/** RaM's REST API: every route is a POST with a JSON body, relative to `config.apiUrl`. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly config = inject(RuntimeConfigService);

  post<T>(path: string, body: object, options: ApiCallOptions = {}): Observable<T> {
    return this.http.post<T>(this.config.apiUrlFor(path), body, {
      context: handledStatuses(...(options.handles ?? [])),
    });
  }
}
