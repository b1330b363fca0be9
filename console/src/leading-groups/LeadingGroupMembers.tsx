import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditNoteIcon from '@mui/icons-material/EditNote';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Stack } from '@mui/material';
import {
  ArrayField,
  AutocompleteInput,
  DataTable,
  DateInput,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { CanRun } from '../common/CanRun';
import { leadingGroupRoleChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useLeadingGroupAddMemberMutation,
  useLeadingGroupRemoveMemberMutation,
  useLeadingGroupUpdateMemberMutation,
  type LeadingGroupOneQuery,
  type LeadingGroupRole,
} from '../generated/graphql';

const t = (key: string) => `resources.leading-groups.member.${key}`;
const field = (name: string) => `app.screens.fields.${name}`;

type Member = LeadingGroupOneQuery['leadingGroup']['members'][number];

/** A date from the dialog, or null when left blank. */
const dateOrNull = (value: unknown) => text(value) || null;

/** Role, duty and term of a membership: in the add and change dialogs. */
const TermInputs = () => (
  <>
    <SelectInput source="role" label={field('group_role')} choices={leadingGroupRoleChoices} validate={required()} />
    <TextInput source="duty" label={field('duty')} />
    <DateInput source="termStart" label={field('term_start')} validate={required()} />
    <DateInput source="termEnd" label={field('term_end')} />
  </>
);

/** 添加成员: 办公室 (the group's office) and admins keep the membership (O1). */
export const AddMemberButton = () => {
  const group = useRecordContext();
  const [add] = useLeadingGroupAddMemberMutation();
  if (!group) return null;
  return (
    <CanRun resource="leading-groups" command="addMember">
      <WorkflowButton
        action="group_add_member"
        icon={<PersonAddIcon />}
        defaultValues={{ personId: null, role: 'MEMBER', duty: '', termStart: '', termEnd: '' }}
        run={(v) =>
          add({
            variables: {
              input: {
                groupId: String(group.id),
                personId: String(v.personId),
                role: v.role as LeadingGroupRole,
                duty: text(v.duty) || undefined,
                termStart: text(v.termStart),
                termEnd: text(v.termEnd) || undefined,
              },
            },
          })
        }
      >
        <ReferenceInput source="personId" reference="people">
          <AutocompleteInput label={t('name')} validate={required()} />
        </ReferenceInput>
        <TermInputs />
      </WorkflowButton>
    </CanRun>
  );
};

/** 调整 and 移除 in a member's row. */
const MemberButtons = (_props: { label?: string }) => {
  const member = useRecordContext<Member>();
  const [update] = useLeadingGroupUpdateMemberMutation();
  const [remove] = useLeadingGroupRemoveMemberMutation();
  if (!member) return null;
  return (
    <Stack direction="row">
      <CanRun resource="leading-groups" command="updateMember">
        <WorkflowButton
          action="group_update_member"
          icon={<EditNoteIcon />}
          defaultValues={{ role: member.role, duty: member.duty ?? '', termStart: member.termStart, termEnd: member.termEnd ?? '' }}
          run={(v) =>
            update({
              variables: {
                id: member.id,
                version: member.version,
                input: { role: v.role as LeadingGroupRole, duty: text(v.duty), termStart: text(v.termStart), termEnd: dateOrNull(v.termEnd) },
              },
            })
          }
        >
          <TermInputs />
        </WorkflowButton>
      </CanRun>
      <CanRun resource="leading-groups" command="removeMember">
        <WorkflowButton action="group_remove_member" icon={<DeleteOutlineIcon />} run={() => remove({ variables: { id: member.id } })} />
      </CanRun>
    </Stack>
  );
};

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
      <DataTable.Col disableSort>
        <MemberButtons />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
