import { ConsoleList } from '../common/ConsoleList';
import { Chip } from '@mui/material';
import { DataTable, NullableBooleanInput, SearchInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import { StatusChipField } from '../common/StatusChipField';
import type { EnterpriseRecord } from './enterprises.source';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="listed" source="listed" alwaysOn />];

/** 失信名录 as a red chip while the enterprise is on a list today. */
export const ListedChip = ({ listed }: { listed: boolean | undefined }) => {
  const translate = useTranslate();
  return listed ? <Chip size="small" color="error" label={translate('resources.enterprises.listed_now')} /> : null;
};

export const ListedField = (_props: { label?: string }) => {
  const record = useRecordContext<Pick<EnterpriseRecord, 'listedNow'>>();
  return <ListedChip listed={record?.listedNow} />;
};

export const EnterpriseList = () => (
  <ConsoleList filters={filters} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="creditCode" disableSort>
        <TextField source="creditCode" sx={{ fontFamily: 'monospace' }} />
      </DataTable.Col>
      <DataTable.Col source="legalRepresentative" disableSort />
      <DataTable.Col source="status" disableSort>
        <StatusChipField source="status" enumName="EnterpriseStatus" />
      </DataTable.Col>
      <DataTable.Col source="listedNow" disableSort>
        <ListedField />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
