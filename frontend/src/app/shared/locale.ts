import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID, Provider } from '@angular/core';

// English is built into Angular; German is registered as soon as anything formats.
registerLocaleData(localeDe);

/** The languages RaM formats numbers and dates in; any other browser language gets English. */
export const APP_LOCALES = ['en', 'de'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

/**
 * The app's locale for a browser language: German for any `de-*`, English otherwise.
 *
 * @example localeFor('de-AT'); // 'de'
 * @example localeFor('fr-FR'); // 'en'
 */
export function localeFor(language: string | undefined): AppLocale {
  const base = (language ?? '').toLowerCase().split('-')[0];
  return (APP_LOCALES as readonly string[]).includes(base) ? (base as AppLocale) : 'en';
}

let current: AppLocale | undefined;

/**
 * The locale the keeper's browser asks for, read once: Angular's `LOCALE_ID` and every number the
 * app formats outside a template ({@link numberText}) agree on it.
 */
export function appLocale(): AppLocale {
  current ??= localeFor(typeof navigator === 'undefined' ? undefined : navigator.language);
  return current;
}

/**
 * Provides `LOCALE_ID` from the browser's
 * language, so the date, number and decimal pipes follow the keeper's locale.
 */
export function provideAppLocale(): Provider {
  return { provide: LOCALE_ID, useFactory: appLocale };
}

const DAY_FORMATS: Record<AppLocale, { readonly long: string; readonly medium: string }> = {
  en: { long: 'd MMMM y', medium: 'd MMM y' },
  de: { long: 'd. MMMM y', medium: 'd. MMM y' },
};

/**
 * The date pattern for a day in the keeper's locale, for the date pipe or `formatDate`.
 *
 * @example dayFormat('long', 'de'); // 'd. MMMM y' → '1. März 2026'
 * @example dayFormat('medium'); // 'd MMM y' → '1 Mar 2026'
 */
export function dayFormat(length: 'long' | 'medium', locale: string = appLocale()): string {
  return DAY_FORMATS[localeFor(locale)][length];
}
