import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, BooleanInput, DataTable, DateInput, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DeadlineField } from '../common/DeadlineField';
import { proposalKindChoices, proposalStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { replyClockRuns } from './SupervisionProposalActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={proposalKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={proposalStatusChoices} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="overdue" source="overdue" />,
  <DateInput key="receivedFrom" source="receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" />,
];

export const SupervisionProposalList = () => (
  <ConsoleList filters={filters} sort={{ field: 'receivedOn', order: 'DESC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="number" />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={proposalKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="leadUnit.name" label="resources.supervision-proposals.fields.leadUnitId" disableSort>
        <TextField source="leadUnit.name" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="receivedOn">
        <LocaleDateField source="receivedOn" />
      </DataTable.Col>
      <DataTable.Col source="replyDueOn">
        <DeadlineField source="replyDueOn" running={replyClockRuns} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="ProposalStatus" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
