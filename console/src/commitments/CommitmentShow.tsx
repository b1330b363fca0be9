import {
  BooleanField,
  Button,
  Labeled,
  LinkBase,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  useCreatePath,
  useRecordContext,
} from 'react-admin';
import ListAltIcon from '@mui/icons-material/ListAlt';
import { commitmentKindChoices, subjectTypeChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { SubjectField } from '../common/SubjectField';
import { CommitmentActions } from './CommitmentActions';
import type { CommitmentRecord } from './commitments.source';
import { RecordTabs } from '../common/RecordTabs';

/** A broken commitment has drafted a dishonesty record: the list of records from this commitment. */
const RecordsOfCommitment = () => {
  const record = useRecordContext<CommitmentRecord>();
  const createPath = useCreatePath();
  if (!record || record.status !== 'BROKEN') return null;
  const filter = JSON.stringify({ sourceType: 'COMMITMENT', sourceId: record.id });
  return (
    <Button
      component={LinkBase}
      to={`${createPath({ resource: 'dishonesty-records', type: 'list' })}?filter=${encodeURIComponent(filter)}`}
      label="resources.commitments.records"
    >
      <ListAltIcon />
    </Button>
  );
};

export const CommitmentShow = () => (
  <Show actions={<CommitmentActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <Labeled source="subjectName">
          <SubjectField />
        </Labeled>
        <SelectField source="subjectType" choices={subjectTypeChoices} />
        <TextField source="scopeUnit.name" label="resources.commitments.fields.scopeUnit" />
        <SelectField source="kind" choices={commitmentKindChoices} />
        <TextField source="content" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="beneficiary" emptyText="—" />
        <LocaleDateField source="madeOn" />
        <LocaleDateField source="dueOn" />
        <Labeled source="status">
          <StatusChipField source="status" enumName="CommitmentStatus" />
        </Labeled>
        <ReferenceField source="responsibleSectionId" reference="units" link="show" emptyText="—" />
        <TextArrayField source="evidence" />
        <TextField source="evaluationNote" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="evaluatedByName" emptyText="—" />
        <LocaleDateField source="evaluatedAt" showTime emptyText="—" />
        <BooleanField source="brokenAutomatically" />
        <RecordsOfCommitment />
        <LocaleDateField source="createdAt" showTime />
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
