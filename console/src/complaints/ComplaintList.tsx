import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, DataTable, ReferenceInput, SearchInput, SelectField, SelectInput, TextField, useCanAccess } from 'react-admin';
import {
  complaintCategoryChoices,
  complaintChannelChoices,
  complaintConclusionChoices,
  complaintStatusChoices,
} from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { ComplaintBulkActions } from './ComplaintBulkActions';
import { CurrentDeadlineField } from './ComplaintDeadlines';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={complaintStatusChoices} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={complaintChannelChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={complaintCategoryChoices} />,
  <SelectInput key="conclusion" source="conclusion" choices={complaintConclusionChoices} />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

export const ComplaintList = () => {
  // Rows are selectable only for those who may run the bulk steps.
  const { canAccess: canBulk } = useCanAccess({ resource: 'complaints', action: 'bulkAccept' });
  return (
    <ConsoleList filters={filters} sort={{ field: 'receivedOn', order: 'DESC' }} perPage={25}>
      <DataTable bulkActionButtons={canBulk ? <ComplaintBulkActions /> : false}>
        <DataTable.Col source="caseNumber" />
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="channel" disableSort>
          <SelectField source="channel" choices={complaintChannelChoices} />
        </DataTable.Col>
        <DataTable.Col source="category" disableSort>
          <SelectField source="category" choices={complaintCategoryChoices} />
        </DataTable.Col>
        <DataTable.Col source="receivedOn">
          <LocaleDateField source="receivedOn" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <StatusChipField source="status" enumName="ComplaintStatus" />
        </DataTable.Col>
        <DataTable.Col source="handlingDueOn" label="resources.complaints.fields.deadline">
          <CurrentDeadlineField />
        </DataTable.Col>
        <DataTable.Col source="leadUnit.name" label="resources.complaints.fields.leadUnitId" disableSort>
          <TextField source="leadUnit.name" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </ConsoleList>
  );
};
