import { BooleanField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { leadershipRoleChoices, personStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';

export const PersonShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="staffNumber" />
      <TextField source="name" />
      <ReferenceField source="unitId" reference="units" link="show" />
      <TextField source="position" />
      <SelectField source="leadershipRole" choices={leadershipRoleChoices} />
      <BooleanField source="isCivilServant" />
      <SelectField source="status" choices={personStatusChoices} />
      <BooleanField source="hasNationalId" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
