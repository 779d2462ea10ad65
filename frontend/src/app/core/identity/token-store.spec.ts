import { TestBed } from '@angular/core/testing';
import { sessionFactory } from '../../../testing/factories';
import { SESSION_STORAGE_KEY, TokenStore } from './token-store';

describe('TokenStore', () => {
  let sut: TokenStore;

  beforeEach(() => {
    localStorage.clear();
    sut = TestBed.inject(TokenStore);
  });

  it('keeps a session in localStorage across reloads', () => {
    sut.write(sessionFactory());

    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}')).toMatchObject({
      idToken: 'id-token-1',
    });
    expect(sut.read()).toEqual(sessionFactory());
  });

  it('treats unreadable or incomplete stored data as signed out', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(sut.read()).toBeNull();

    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ idToken: 'only-this' }));
    expect(sut.read()).toBeNull();
  });

  it('forgets the session on clear', () => {
    sut.write(sessionFactory());
    sut.clear();

    expect(sut.read()).toBeNull();
  });
});
