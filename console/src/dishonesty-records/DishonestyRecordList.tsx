import { ConsoleList } from '../common/ConsoleList';
import { BooleanField, DataTable, NullableBooleanInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import {
  recordCategoryChoices,
  recordSourceChoices,
  recordStatusChoices,
  severityChoices,
  subjectTypeChoices,
} from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={recordStatusChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={recordCategoryChoices} alwaysOn />,
  <SelectInput key="severity" source="severity" choices={severityChoices} alwaysOn />,
  <NullableBooleanInput key="disputed" source="disputed" alwaysOn />,
  <NullableBooleanInput key="repaired" source="repaired" />,
  <SelectInput key="subjectType" source="subjectType" choices={subjectTypeChoices} />,
  <SelectInput key="sourceType" source="sourceType" choices={recordSourceChoices} />,
];

export const DishonestyRecordList = () => (
  <ConsoleList filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="subjectName" />
      <DataTable.Col source="category">
        <SelectField source="category" choices={recordCategoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="severity">
        <StatusChipField source="severity" enumName="Severity" />
      </DataTable.Col>
      <DataTable.Col source="scopeUnit.name" label="resources.dishonesty-records.fields.scopeUnit" disableSort>
        <TextField source="scopeUnit.name" />
      </DataTable.Col>
      <DataTable.Col source="documentNumber" disableSort />
      <DataTable.Col source="decisionDate">
        <LocaleDateField source="decisionDate" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="RecordStatus" />
      </DataTable.Col>
      <DataTable.Col source="disputed" disableSort>
        <BooleanField source="disputed" FalseIcon={null} />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
