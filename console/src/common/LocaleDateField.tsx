import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** A date (or date and time) written the way the console's current language writes it. */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale} {...props} />;
};
