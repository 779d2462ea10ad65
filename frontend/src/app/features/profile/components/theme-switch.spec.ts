import { TestBed } from '@angular/core/testing';
import { THEME_STORAGE_KEY } from '../../../core/theme/theme.service';
import { fakeSystemColorScheme } from '../../../../testing/color-scheme';
import { ThemeSwitch } from './theme-switch';

describe('ThemeSwitch', () => {
  let system: ReturnType<typeof fakeSystemColorScheme>;

  beforeEach(() => {
    localStorage.clear();
    system = fakeSystemColorScheme(false);
  });

  afterEach(() => system.restore());

  async function render() {
    const fixture = TestBed.createComponent(ThemeSwitch);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const radio = (element: HTMLElement, label: string) =>
    [...element.querySelectorAll('label')]
      .find((l) => l.textContent?.trim() === label)!
      .querySelector('input')!;

  it('offers System, Light and Dark with System picked at first', async () => {
    const element = await render();
    const labels = [...element.querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['System', 'Light', 'Dark']);
    expect(radio(element, 'System').checked).toBe(true);
    expect(element.querySelector('legend')?.textContent).toBe('Colour theme');
  });

  it('turns the app dark at once and remembers it on this device', async () => {
    const element = await render();
    radio(element, 'Dark').click();
    TestBed.tick();
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(radio(element, 'Dark').checked).toBe(true);
  });
});
