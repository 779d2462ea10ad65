import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { vi } from 'vitest';

/**
 * A picked file of `size` bytes. The size is stated rather than filled, so an "11 MB" report costs
 * the test nothing.
 */
export function pickedFile(name: string, size = 2_048, type = 'application/pdf'): File {
  const file = new File(['%PDF-1.7'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

/** The ticket `POST /test` answers for one report. */
export function uploadTicketFactory(testId: string, lab = 'OCEAMO') {
  return {
    testId,
    status: 'PROCESSING',
    lab,
    uploadUrl: `https://uploads.example.test/${testId}.pdf?X-Amz-Signature=abc`,
    uploadMethod: 'PUT',
    uploadHeaders: { 'content-type': 'application/pdf' },
    expiresAt: '2026-03-01T12:05:00Z',
  };
}

/** Waits for the next `POST /api/test` and hands it back to be answered. */
export function nextUploadCall(http: HttpTestingController): Promise<TestRequest> {
  return vi.waitFor(() => http.expectOne({ method: 'POST', url: '/api/test' }));
}
