import {
  BooleanField,
  DataTable,
  EditButton,
  ListButton,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { EnumChipsField } from '../common/EnumChipsField';
import { leadershipRoleChoices, unitKindChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { IntegrityFileButton } from '../integrity-file/IntegrityFileButton';
import { RecordTabs } from '../common/RecordTabs';

const UnitShowActions = () => (
  <TopToolbar>
    <IntegrityFileButton subjectType="UNIT" />
    <EditButton />
    <ListButton />
  </TopToolbar>
);

export const UnitShow = () => (
  <Show actions={<UnitShowActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="shortName" />
        <SelectField source="kind" choices={unitKindChoices} />
        <ReferenceField source="parentId" reference="units" link="show" emptyText="—" />
        <ReferenceField source="headId" reference="people" link="show" emptyText="—" />
        <EnumChipsField source="responsibleAreas" enumName="PlanArea" label="resources.units.fields.responsibleAreas" />
        <TextField source="phone" />
        <BooleanField source="active" />
        <TextField source="sortOrder" />
        <LocaleDateField source="updatedAt" showTime />
        <ReferenceManyField
          label="resources.units.staff"
          reference="people"
          target="unitId"
          sort={{ field: 'staffNumber', order: 'ASC' }}
          perPage={25}
          pagination={<Pagination />}
        >
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="staffNumber" />
            <DataTable.Col source="name" />
            <DataTable.Col source="position" />
            <DataTable.Col source="leadershipRole">
              <SelectField source="leadershipRole" choices={leadershipRoleChoices} />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
