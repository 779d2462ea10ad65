import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { vi } from 'vitest';
import { CLOCK } from '../app/core/identity/clock';
import type { PickableElement } from '../app/features/elements/services/element-catalogue';
import { DrawerService } from '../app/features/shell/services/drawer.service';
import { provideTestHttp } from './providers';
import { TREND_CHART_RENDERER } from '../app/features/icp/services/trend-chart';

/**
 * Sets TestBed up for a page spec: the app's HTTP stack against HttpTestingController, the clock at
 * `now`, and Router.navigate stubbed (the specs have no routes) so calls to it can be checked.
 */
export function setUpPageTest(now: string) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      ...provideTestHttp(),
      { provide: CLOCK, useValue: () => Date.parse(now) },
      // Pages that chart (the dose month) draw into a stand-in: the chart library stays out of jsdom.
      {
        provide: TREND_CHART_RENDERER,
        useValue: async () => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() }),
      },
    ],
  });
  return {
    http: TestBed.inject(HttpTestingController),
    navigate: vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true),
  };
}

/** The text of a node as it reads, white space folded. */
export const textOf = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** `POST /dose/elements/list` for a Custom-method tank. */
export const DOSE_ELEMENT_LIST = {
  tankId: 'tank-1',
  method: 'CUSTOM',
  elements: [
    { elementId: 'calcium', name: 'Calcium chloride', canonical: 'Calcium', unit: 'ml' },
    { elementId: 'magnesium', name: 'Magnesium chloride', canonical: 'Magnesium', unit: 'ml' },
    { elementId: 'iodine', name: 'Iodine', canonical: 'Iodine', unit: 'ml' },
  ],
};

/**
 * Waits for the app's `POST /api<path>`, answers it with `body` (and `status`) and hands back what
 * the app sent.
 */
export async function answerPost(
  path: string,
  body: object | null,
  status = 200,
): Promise<unknown> {
  const http = TestBed.inject(HttpTestingController);
  const request = await vi.waitFor(() => http.expectOne({ method: 'POST', url: `/api${path}` }));
  request.flush(body, { status, statusText: String(status) });
  return request.request.body;
}

/** Picks an element in the drawer the page opened, as the keeper tapping its row. */
export function chooseInDrawer(
  element: Partial<PickableElement> & Pick<PickableElement, 'elementId'>,
): void {
  const content = TestBed.inject(DrawerService).content();
  const choose = content?.inputs?.['choose'] as ((picked: PickableElement) => void) | undefined;
  if (!choose) throw new Error('The element drawer is not open');
  choose({
    kind: 'dose',
    name: element.elementId,
    canonical: element.elementId,
    unit: 'ml',
    group: 'Single elements',
    ...element,
  });
}
