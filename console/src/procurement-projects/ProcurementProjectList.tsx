import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, DataTable, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { procurementMethodChoices, procurementStatusChoices } from '../common/enums';
import { DeadlineField } from '../common/DeadlineField';
import { MoneyField } from '../common/MoneyField';
import { StatusChipField } from '../common/StatusChipField';
import type { ProcurementProjectRecord } from './procurement-projects.source';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={procurementStatusChoices} alwaysOn />,
  <ReferenceInput key="purchaserUnitId" source="purchaserUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** 履约验收 runs from the contract to the acceptance. */
export const acceptanceRunning = (p: ProcurementProjectRecord) => p.status === 'AWARDED';

export const ProcurementProjectList = () => (
  <ConsoleList filters={filters} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="code" disableSort />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="method" disableSort>
        <SelectField source="method" choices={procurementMethodChoices} />
      </DataTable.Col>
      <DataTable.Col source="budget" disableSort>
        <MoneyField source="budget" />
      </DataTable.Col>
      <DataTable.Col source="purchaser.name" label="resources.procurement-projects.fields.purchaserUnitId" disableSort>
        <TextField source="purchaser.name" />
      </DataTable.Col>
      <DataTable.Col source="supplier.name" label="resources.procurement-projects.fields.supplier" disableSort>
        <TextField source="supplier.name" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <StatusChipField source="status" enumName="ProcurementStatus" />
      </DataTable.Col>
      <DataTable.Col source="acceptanceDueOn" disableSort>
        <DeadlineField<ProcurementProjectRecord> source="acceptanceDueOn" running={acceptanceRunning} />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
