import {
  BooleanField,
  EditButton,
  ListButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { leadershipRoleChoices, personStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { IntegrityFileButton } from '../integrity-file/IntegrityFileButton';
import { RecordTabs } from '../common/RecordTabs';

const PersonShowActions = () => (
  <TopToolbar>
    <IntegrityFileButton subjectType="PERSON" />
    <EditButton />
    <ListButton />
  </TopToolbar>
);

export const PersonShow = () => (
  <Show actions={<PersonShowActions />}>
    <RecordTabs>
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
    </RecordTabs>
  </Show>
);
