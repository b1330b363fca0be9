import { ArrayField, DataTable, SelectField, TextField } from 'react-admin';
import { leadingGroupRoleChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';

const t = (key: string) => `resources.leading-groups.member.${key}`;

/** The group's current members: leader first, then deputies, then members (the server's order). */
export const LeadingGroupMembers = () => (
  <ArrayField source="members">
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="role" label={t('role')} disableSort>
        <SelectField source="role" choices={leadingGroupRoleChoices} />
      </DataTable.Col>
      <DataTable.Col source="person.name" label={t('name')} disableSort>
        <TextField source="person.name" />
      </DataTable.Col>
      <DataTable.Col source="person.unit.name" label={t('unit')} disableSort>
        <TextField source="person.unit.name" />
      </DataTable.Col>
      <DataTable.Col source="person.position" label={t('position')} disableSort>
        <TextField source="person.position" />
      </DataTable.Col>
      <DataTable.Col source="duty" label={t('duty')} disableSort />
      <DataTable.Col source="termStart" label={t('termStart')} disableSort>
        <LocaleDateField source="termStart" />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
