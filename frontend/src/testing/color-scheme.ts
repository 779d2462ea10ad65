type Listener = (event: { matches: boolean }) => void;

/**
 * Stands in for the browser's `matchMedia('(prefers-color-scheme: dark)')`, which jsdom lacks;
 * `switchTo` plays the system changing its setting. Call `restore()` after the test.
 */
export function fakeSystemColorScheme(dark: boolean) {
  const view = document.defaultView!;
  const listeners: Listener[] = [];
  const media = {
    matches: dark,
    addEventListener: (_: string, listener: Listener) => listeners.push(listener),
  };
  Object.defineProperty(view, 'matchMedia', {
    configurable: true,
    writable: true,
    value: () => media,
  });
  return {
    switchTo(nowDark: boolean) {
      media.matches = nowDark;
      for (const listener of listeners) listener({ matches: nowDark });
    },
    restore() {
      delete (view as { matchMedia?: unknown }).matchMedia;
    },
  };
}
