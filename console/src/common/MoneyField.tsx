import { NumberField, useLocaleState, type NumberFieldProps } from 'react-admin';

const YUAN = { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 } as const;

/** An amount in yuan, written the way the console's current language writes money. */
export const MoneyField = (props: NumberFieldProps) => {
  const [locale] = useLocaleState();
  return <NumberField locales={locale} options={YUAN} emptyText="—" {...props} />;
};

/** The same, for a number held outside a record (custom pages). */
export function formatYuan(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, YUAN).format(value);
}
