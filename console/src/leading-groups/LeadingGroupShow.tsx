import { EditButton, Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { AddMemberButton, LeadingGroupMembers } from './LeadingGroupMembers';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordTabs } from '../common/RecordTabs';

export const LeadingGroupShow = () => (
  <Show
    actions={
      <TopToolbar>
        <AddMemberButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="documentNumber" />
        <LocaleDateField source="establishedOn" />
        <ReferenceField source="officeUnitId" reference="units" link="show" emptyText="—" />
        <TextField source="duties" sx={{ whiteSpace: 'pre-wrap' }} />
        <Labeled label="resources.leading-groups.fields.members" fullWidth>
          <LeadingGroupMembers />
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
