// Sets the keeper's colour theme before the app's first paint, so a dark fish room never sees a
// white flash. ThemeService (core/theme) takes over once the app runs; both read the same key.
/* global window, document */
(function () {
  var choice;
  try {
    choice = window.localStorage.getItem('ram.theme');
  } catch {
    choice = null;
  }
  var systemDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  var dark = choice === 'dark' || (choice !== 'light' && systemDark);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
