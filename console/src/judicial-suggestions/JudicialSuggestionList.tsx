import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, BooleanInput, DataTable, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DeadlineField, statusIn } from '../common/DeadlineField';
import { judicialSuggestionKindChoices, judicialSuggestionStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={judicialSuggestionKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={judicialSuggestionStatusChoices} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="overdue" source="overdue" />,
];

export const replyPending = statusIn('PENDING');

export const JudicialSuggestionList = () => (
  <ConsoleList filters={filters} sort={{ field: 'receivedOn', order: 'DESC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={judicialSuggestionKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="documentNumber" disableSort>
        <TextField source="documentNumber" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="issuingOrgan" disableSort />
      <DataTable.Col source="unit.name" label="resources.judicial-suggestions.fields.unitId" disableSort>
        <TextField source="unit.name" />
      </DataTable.Col>
      <DataTable.Col source="receivedOn">
        <LocaleDateField source="receivedOn" />
      </DataTable.Col>
      <DataTable.Col source="replyDueOn">
        <DeadlineField source="replyDueOn" running={replyPending} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="JudicialSuggestionStatus" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
