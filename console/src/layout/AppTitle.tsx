import { useTranslate } from 'react-admin';

/** The console's name in the user's language: the app bar of a page without a title of its own (not found, errors). */
export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('app.title')}</>;
};
