import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, BooleanInput, DataTable, DateInput, NumberField, ReferenceInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { DeadlineField } from '../common/DeadlineField';
import { supervisionTaskStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { taskClockRuns } from './SupervisionTaskActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={supervisionTaskStatusChoices} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="overdue" source="overdue" />,
  <DateInput key="dueFrom" source="dueFrom" />,
  <DateInput key="dueTo" source="dueTo" />,
];

export const SupervisionTaskList = () => (
  <ConsoleList filters={filters} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="assignedUnit.name" label="resources.supervision-tasks.fields.assignedUnitId" disableSort>
        <TextField source="assignedUnit.name" />
      </DataTable.Col>
      <DataTable.Col source="assignedOn">
        <LocaleDateField source="assignedOn" />
      </DataTable.Col>
      <DataTable.Col source="dueOn">
        <DeadlineField source="dueOn" running={taskClockRuns} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="SupervisionTaskStatus" />
      </DataTable.Col>
      <DataTable.Col source="score">
        <NumberField source="score" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
