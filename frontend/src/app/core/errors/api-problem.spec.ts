import { HttpErrorResponse } from '@angular/common/http';
import { apiProblemFrom } from './api-problem';

describe('apiProblemFrom', () => {
  it('keeps the message, support reference and code from the error body', () => {
    const error = new HttpErrorResponse({
      status: 500,
      error: {
        message: 'Something went wrong on our side.',
        referenceId: 'REF-7Q2K',
        code: 'UNEXPECTED',
      },
    });

    expect(apiProblemFrom(error)).toEqual({
      message: 'Something went wrong on our side.',
      referenceId: 'REF-7Q2K',
      code: 'UNEXPECTED',
      status: 500,
    });
  });

  it('explains a lost connection in plain words', () => {
    expect(apiProblemFrom(new HttpErrorResponse({ status: 0 })).message).toMatch(
      /Could not reach RaM/,
    );
  });

  it('falls back to a message naming the status when the body has none', () => {
    const problem = apiProblemFrom(new HttpErrorResponse({ status: 502, error: 'Bad Gateway' }));

    expect(problem).toEqual({
      message: 'Something went wrong (HTTP 502). Try again in a moment.',
      status: 502,
    });
  });
});
