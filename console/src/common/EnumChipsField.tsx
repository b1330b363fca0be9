import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { EnumName } from './enums';

interface EnumChipsFieldProps {
  source: string;
  enumName: EnumName;
  /** Read by react-admin's DataTable and show layouts for the column header. */
  label?: string;
}

/** An array of enum values as translated chips (roles, plan areas). */
export const EnumChipsField = ({ source, enumName }: EnumChipsFieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const values = record?.[source];
  if (!Array.isArray(values) || values.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {values.map((value: string) => (
        <Chip key={value} size="small" label={translate(`app.enums.${enumName}.${value}`, { _: value })} />
      ))}
    </Stack>
  );
};
