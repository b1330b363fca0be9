import polyglotI18nProvider from 'ra-i18n-polyglot';
import { zhCN } from './zh-CN';

// Chinese is the default and comes with the first page; English is downloaded when a user switches to it.
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((m) => m.en) : zhCN),
  'zh-CN',
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  // Every key exists in both languages (type-checked); a miss shows the key rather than a warning flood.
  { allowMissing: true },
);
