import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LeadingGroupMembers } from './LeadingGroupMembers';
import { LocaleDateField } from '../common/LocaleDateField';

export const LeadingGroupShow = () => (
  <Show>
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
  </Show>
);
