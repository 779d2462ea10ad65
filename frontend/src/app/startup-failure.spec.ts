import { RuntimeConfigError } from './core/config/runtime-config';
import { showStartupFailure } from './startup-failure';

describe('showStartupFailure', () => {
  it('replaces the blank page with the config problem and a hint to reload', () => {
    const doc = document.implementation.createHTMLDocument('RaM');
    doc.body.innerHTML = '<ram-root></ram-root>';

    showStartupFailure(
      doc,
      new RuntimeConfigError('config.json: apiUrl must be a non-empty string'),
    );

    const alert = doc.querySelector('[role="alert"]');
    expect(alert?.querySelector('h1')?.textContent).toBe('Reef-A-Matic could not start');
    expect(alert?.textContent).toContain(
      'config.json: apiUrl must be a non-empty string Reload the page',
    );
    expect(doc.querySelector('ram-root')).toBeNull();
  });

  it('keeps internal details of other failures off the page', () => {
    const doc = document.implementation.createHTMLDocument('RaM');

    showStartupFailure(doc, new Error('NG0201: No provider for X'));

    expect(doc.body.textContent).not.toContain('NG0201');
  });
});
