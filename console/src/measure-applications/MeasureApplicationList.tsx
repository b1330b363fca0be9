import { ConsoleList } from '../common/ConsoleList';
import { BooleanField, DataTable, ReferenceInput, SelectField, SelectInput, AutocompleteInput, TextField } from 'react-admin';
import { measureApplicationStatusChoices, measureKindChoices, recordCategoryChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { SubjectField } from '../common/SubjectField';
import { MeasureApplicationButtons } from './MeasureApplicationButtons';
import { RecordLinkField } from './RecordLinkField';

const filters = [
  <SelectInput key="status" source="status" choices={measureApplicationStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={measureKindChoices} alwaysOn />,
  <ReferenceInput key="measureId" source="measureId" reference="measures">
    <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

// Applications have no page of their own: each row carries its fields and its workflow buttons.
export const MeasureApplicationList = () => (
  <ConsoleList filters={filters} perPage={25}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="subjectName" disableSort>
        <SubjectField />
      </DataTable.Col>
      <DataTable.Col source="measureId" disableSort>
        <TextField source="measure.name" />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <SelectField source="measure.kind" choices={measureKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="recordId" disableSort>
        <RecordLinkField>
          <SelectField source="record.category" choices={recordCategoryChoices} />
        </RecordLinkField>
      </DataTable.Col>
      <DataTable.Col source="automatic" disableSort>
        <BooleanField source="automatic" />
      </DataTable.Col>
      <DataTable.Col source="effectiveFrom" disableSort>
        <LocaleDateField source="effectiveFrom" />
      </DataTable.Col>
      <DataTable.Col source="effectiveTo" disableSort>
        <LocaleDateField source="effectiveTo" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <StatusChipField source="status" enumName="MeasureApplicationStatus" />
      </DataTable.Col>
      <DataTable.Col source="feedback" disableSort />
      <DataTable.Col label="" disableSort>
        <MeasureApplicationButtons />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
