import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  type ThrottleState,
  isForgotten,
  recordSignInFailure,
  waitBeforeSignIn,
} from './sign-in-throttle';

function failTimes(times: number, rule = ACCOUNT_THROTTLE, at = (i: number) => i): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (let i = 0; i < times; i++) state = recordSignInFailure(state, rule, at(i));
  return state;
}

describe('sign-in throttling', () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 1000],
    [6, 2000],
    [7, 4000],
    [14, 512_000],
    [15, 900_000],
    [40, 900_000],
  ])('after %i quick failures on an account the next try waits %i ms', (failures, wait) => {
    const sut = failTimes(failures)!;
    expect(waitBeforeSignIn(sut, failures - 1)).toBe(wait);
  });

  it('lets an address fail 20 times before it waits', () => {
    expect(waitBeforeSignIn(failTimes(19, ADDRESS_THROTTLE), 18)).toBe(0);
    expect(waitBeforeSignIn(failTimes(20, ADDRESS_THROTTLE), 19)).toBe(1000);
  });

  it('allows the next try once the wait has passed', () => {
    const sut = failTimes(5)!;
    expect(waitBeforeSignIn(sut, 4 + 999)).toBe(1);
    expect(waitBeforeSignIn(sut, 4 + 1000)).toBe(0);
  });

  it('forgets failures after a quiet spell of 15 minutes', () => {
    const sut = recordSignInFailure(failTimes(10), ACCOUNT_THROTTLE, 9 + 15 * 60_000 + 1);
    expect(sut.failures).toBe(1);
    expect(sut.blockedUntil).toBe(0);
  });

  it('keeps counting failures that come within the quiet spell', () => {
    const sut = failTimes(6, ACCOUNT_THROTTLE, (i) => i * 60_000)!;
    expect(sut.failures).toBe(6);
  });

  it('drops a state only once it is both quiet and unblocked', () => {
    const sut = failTimes(15)!;
    expect(isForgotten(sut, ACCOUNT_THROTTLE, 14 + 15 * 60_000)).toBe(false);
    expect(isForgotten(sut, ACCOUNT_THROTTLE, 14 + 15 * 60_000 + 1)).toBe(true);
  });

  it('has nothing to wait for without failures', () => {
    expect(waitBeforeSignIn(undefined, 0)).toBe(0);
  });
});
