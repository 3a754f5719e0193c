// Translation and formatting for the two interface languages. Every string
// shown lives in vi.json / en.json (same keys; tests/i18n.test.js checks).
// Vietnamese is the default; dates, times and numbers use Intl for the
// locale, and times are shown in Asia/Ho_Chi_Minh whatever the device's zone.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import vi from './vi.json';
import en from './en.json';

export const LANGUAGES = ['vi', 'en'];
export const DEFAULT_LANGUAGE = 'vi';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const TABLES = { vi, en };
const INTL_TAGS = { vi: 'vi-VN', en: 'en-GB' };

// A known language code, or the default.
export function normalizeLanguage(lang) {
  return LANGUAGES.includes(lang) ? lang : DEFAULT_LANGUAGE;
}

// The i18n object for `lang`: t(key, params) and the formatters. A key missing
// from the table (which the locale test forbids) shows as the key itself.
export function makeI18n(lang) {
  const code = normalizeLanguage(lang);
  const table = TABLES[code];
  const tag = INTL_TAGS[code];
  const t = (key, params) => {
    const text = table[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : text;
  };
  const dateFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const timeFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE });
  const numberFmt = new Intl.NumberFormat(tag);
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  return {
    lang: code,
    t,
    // "YYYY-MM-DD" (a calendar date, no zone); partial dates "YYYY" and
    // "YYYY-MM" and anything unparsable are shown as given.
    date(text) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
      return m ? dateFmt.format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))) : text || '—';
    },
    // An ISO 8601 UTC instant, shown in Asia/Ho_Chi_Minh.
    dateTime(iso) {
      const d = iso ? new Date(iso) : null;
      return d && !Number.isNaN(d.getTime()) ? dateTimeFmt.format(d) : '—';
    },
    shortDateTime(iso) {
      const d = iso ? new Date(iso) : null;
      return d && !Number.isNaN(d.getTime()) ? timeFmt.format(d) : '—';
    },
    number: (n) => numberFmt.format(n),
    bytes(n) {
      if (n < 1024) return `${numberFmt.format(n)} B`;
      if (n < 1024 * 1024) return `${oneDecimal.format(n / 1024)} KB`;
      return `${oneDecimal.format(n / (1024 * 1024))} MB`;
    },
    // The name of a reference record ({name, name_en} or {name_vi, name_en}).
    name(rec) {
      if (!rec) return '';
      return code === 'en' ? rec.name_en || rec.name || rec.name_vi : rec.name || rec.name_vi || rec.name_en;
    },
  };
}

export const I18nContext = createContext(makeI18n(DEFAULT_LANGUAGE));

// The current language's i18n object (see makeI18n).
export function useI18n() {
  return useContext(I18nContext);
}
