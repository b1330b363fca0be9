import { ConsoleList } from '../common/ConsoleList';
import { BooleanField, DataTable, NumberField, NumberInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { trainingKindChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={trainingKindChoices} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
];

export const TrainingSessionList = () => (
  <ConsoleList filters={filters} sort={{ field: 'heldOn', order: 'DESC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="topic" />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={trainingKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="heldOn">
        <LocaleDateField source="heldOn" />
      </DataTable.Col>
      <DataTable.Col source="hours">
        <NumberField source="hours" />
      </DataTable.Col>
      <DataTable.Col source="organiser.name" label="resources.training-sessions.fields.organiserId" disableSort>
        <TextField source="organiser.name" />
      </DataTable.Col>
      <DataTable.Col source="examRequired" disableSort>
        <BooleanField source="examRequired" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
