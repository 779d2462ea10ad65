import { DOCUMENT } from '@angular/common';
import { Injectable, computed, effect, inject, signal } from '@angular/core';

/** What the keeper picked in the profile: follow the system, or one theme always. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

/** The localStorage key; `public/theme-init.js` reads it before the first paint. */
export const THEME_STORAGE_KEY = 'ram.theme';

// The browser bar's colour per theme (reef-950 by day, the dark page background by night).
const BAR_COLOUR: Record<Theme, string> = { light: '#0b2a44', dark: '#0a1622' };

const isChoice = (value: string | null): value is ThemeChoice =>
  value === 'system' || value === 'light' || value === 'dark';

/**
 * The app's colour theme: the system's `prefers-color-scheme` unless the keeper chose one, kept
 * on `<html data-theme>` (which the palette in `styles/palette.css` keys on) and followed live
 * when the system switches at dusk.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  private readonly window = this.document.defaultView;
  private readonly systemDark = signal(false);

  readonly choice = signal<ThemeChoice>(this.storedChoice());
  readonly theme = computed<Theme>(() => {
    const choice = this.choice();
    if (choice !== 'system') return choice;
    return this.systemDark() ? 'dark' : 'light';
  });

  constructor() {
    const media = this.window?.matchMedia?.('(prefers-color-scheme: dark)');
    if (media) {
      this.systemDark.set(media.matches);
      media.addEventListener('change', (event) => this.systemDark.set(event.matches));
    }
    effect(() => this.apply(this.theme()));
  }

  /** Remembers the keeper's choice on this device and applies it at once. */
  choose(choice: ThemeChoice): void {
    this.choice.set(choice);
    try {
      this.window?.localStorage.setItem(THEME_STORAGE_KEY, choice);
    } catch {
      // Private modes may refuse storage: the choice still holds until the tab closes.
    }
  }

  private storedChoice(): ThemeChoice {
    try {
      const stored = this.window?.localStorage.getItem(THEME_STORAGE_KEY) ?? null;
      return isChoice(stored) ? stored : 'system';
    } catch {
      return 'system';
    }
  }

  private apply(theme: Theme): void {
    const root = this.document.documentElement;
    root.setAttribute('data-theme', theme);
    this.document
      .querySelector('meta[name="theme-color"]')
      ?.setAttribute('content', BAR_COLOUR[theme]);
  }
}
