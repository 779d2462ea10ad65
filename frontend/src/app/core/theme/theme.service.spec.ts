import { TestBed } from '@angular/core/testing';
import { fakeSystemColorScheme } from '../../../testing/color-scheme';
import { THEME_STORAGE_KEY, ThemeService } from './theme.service';

describe('ThemeService', () => {
  const root = () => document.documentElement;

  let system: ReturnType<typeof fakeSystemColorScheme> | undefined;
  const fakeSystemScheme = (dark: boolean) => (system = fakeSystemColorScheme(dark));

  beforeEach(() => {
    localStorage.clear();
    root().removeAttribute('data-theme');
  });

  afterEach(() => system?.restore());

  function start(): ThemeService {
    const sut = TestBed.inject(ThemeService);
    TestBed.tick();
    return sut;
  }

  it('follows a dark system setting when the keeper has not chosen', () => {
    fakeSystemScheme(true);
    const sut = start();
    expect(sut.choice()).toBe('system');
    expect(root().getAttribute('data-theme')).toBe('dark');
  });

  it('switches with the system while the app is open', () => {
    const scheme = fakeSystemScheme(false);
    const sut = start();
    expect(root().getAttribute('data-theme')).toBe('light');
    scheme.switchTo(true);
    TestBed.tick();
    expect(sut.theme()).toBe('dark');
    expect(root().getAttribute('data-theme')).toBe('dark');
  });

  it('keeps a chosen theme whatever the system says, and remembers it', () => {
    const scheme = fakeSystemScheme(true);
    const sut = start();
    sut.choose('light');
    TestBed.tick();
    expect(root().getAttribute('data-theme')).toBe('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    scheme.switchTo(false);
    scheme.switchTo(true);
    TestBed.tick();
    expect(root().getAttribute('data-theme')).toBe('light');
  });

  it('starts from the choice stored on this device', () => {
    fakeSystemScheme(false);
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    const sut = start();
    expect(sut.choice()).toBe('dark');
    expect(root().getAttribute('data-theme')).toBe('dark');
  });

  it('ignores a stored value it does not know', () => {
    fakeSystemScheme(false);
    localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    expect(start().choice()).toBe('system');
  });

  it('colours the browser bar for the theme', () => {
    fakeSystemScheme(false);
    const meta = document.createElement('meta');
    meta.name = 'theme-color';
    document.head.append(meta);
    const sut = start();
    sut.choose('dark');
    TestBed.tick();
    expect(meta.getAttribute('content')).toBe('#0a1622');
    meta.remove();
  });
});
