import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { latestLoad, reloadable } from './latest-load';
import { LoadState, readyValue } from './load-state';

describe('latestLoad', () => {
  function setUp() {
    const key = signal<string | null>(null);
    const answers = new Map<string, Subject<string>>();
    const load = (forKey: string) => {
      const answer = new Subject<string>();
      answers.set(forKey, answer);
      return answer;
    };
    const sut = TestBed.runInInjectionContext(() => latestLoad(() => key(), load, 'none'));
    return { key, answers, sut };
  }

  it('loads nothing without a key, then the answer for the key it has', () => {
    const { key, answers, sut } = setUp();
    TestBed.tick();
    expect(answers.size).toBe(0);

    key.set('tank-1');
    TestBed.tick();
    answers.get('tank-1')?.next('ranges of tank-1');

    expect(sut.state()).toBe('ranges of tank-1');
  });

  it('ignores a late answer for a key it has moved away from', () => {
    const { key, answers, sut } = setUp();
    key.set('tank-1');
    TestBed.tick();
    key.set('tank-2');
    TestBed.tick();

    answers.get('tank-2')?.next('ranges of tank-2');
    answers.get('tank-1')?.next('ranges of tank-1');

    expect(sut.state()).toBe('ranges of tank-2');
  });

  it('takes a value from the page and loads the same key again on reload', () => {
    const { key, answers, sut } = setUp();
    key.set('tank-1');
    TestBed.tick();

    sut.set('saved just now');
    expect(sut.state()).toBe('saved just now');

    sut.reload();
    answers.get('tank-1')?.next('read again');
    expect(sut.state()).toBe('read again');
  });
});

describe('reloadable', () => {
  it('hands over the value once ready and changes it in place', () => {
    const key = signal<string | null>('tank-1');
    const answers: Subject<LoadState<number>>[] = [];
    const load = () => {
      const answer = new Subject<LoadState<number>>();
      answers.push(answer);
      return answer;
    };
    const sut = TestBed.runInInjectionContext(() => reloadable(() => key(), load));
    TestBed.tick();

    sut.update((value) => value + 1);
    expect(sut.state()).toEqual({ status: 'loading' });
    answers[0].next({ status: 'ready', value: 2 });
    sut.update((value) => value + 1);
    expect(sut.value()).toBe(3);

    sut.reload();
    expect(answers).toHaveLength(2);
  });

  it('drops a read still running when the key goes', () => {
    const key = signal<string | null>('tank-1');
    const answer = new Subject<LoadState<number>>();
    const sut = TestBed.runInInjectionContext(() =>
      reloadable(
        () => key(),
        () => answer,
      ),
    );
    TestBed.tick();

    key.set(null);
    TestBed.tick();
    answer.next({ status: 'ready', value: 1 });

    expect(sut.value()).toBeNull();
  });
});

describe('readyValue', () => {
  it('hands over the value of a ready state only', () => {
    expect(readyValue({ status: 'ready', value: 3 })).toBe(3);
    expect(readyValue({ status: 'loading' })).toBeNull();
    expect(readyValue({ status: 'missing' })).toBeNull();
  });
});
