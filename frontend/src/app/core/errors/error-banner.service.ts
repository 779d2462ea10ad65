import { Injectable, signal } from '@angular/core';
import { ApiProblem } from './api-problem';

/** The one problem the sticky banner shows; the newest failure replaces the last until dismissed. */
@Injectable({ providedIn: 'root' })
export class ErrorBannerService {
  private readonly problem = signal<ApiProblem | null>(null);
  readonly current = this.problem.asReadonly();

  report(problem: ApiProblem): void {
    this.problem.set(problem);
  }

  dismiss(): void {
    this.problem.set(null);
  }
}
