import ReplyIcon from '@mui/icons-material/Reply';
import {
  DateInput,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
} from 'react-admin';
import { useActsForUnit } from '../common/acts-for';
import { CanRun } from '../common/CanRun';
import { DeadlineField } from '../common/DeadlineField';
import { judicialSuggestionKindChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { WorkflowButton, text } from '../common/WorkflowButton';
import { useJudicialSuggestionReplyMutation } from '../generated/graphql';
import type { JudicialSuggestionRecord } from './judicial-suggestions.source';
import { replyPending } from './JudicialSuggestionList';
import { RecordTabs } from '../common/RecordTabs';

const field = (name: string) => `app.screens.fields.${name}`;

/** 登记回复: the unit concerned (or the bureau) records its reply to the court or procuratorate. */
const SuggestionActions = () => {
  const record = useRecordContext<JudicialSuggestionRecord>();
  const [reply] = useJudicialSuggestionReplyMutation();
  const ownUnit = useActsForUnit(record?.unitId);
  if (!record || record.status !== 'PENDING' || !ownUnit) return <TopToolbar />;
  return (
    <TopToolbar>
      <CanRun resource="judicial-suggestions" command="reply">
        <WorkflowButton
          action="suggestion_reply"
          icon={<ReplyIcon />}
          maxWidth="md"
          defaultValues={{ reply: '', repliedOn: '' }}
          run={(v) =>
            reply({ variables: { id: record.id, version: record.version, input: { reply: text(v.reply), repliedOn: text(v.repliedOn) || undefined } } })
          }
        >
          <TextInput source="reply" label={field('reply')} validate={required()} multiline minRows={4} />
          <DateInput source="repliedOn" label={field('replied_on')} />
        </WorkflowButton>
      </CanRun>
    </TopToolbar>
  );
};

export const JudicialSuggestionShow = () => (
  <Show actions={<SuggestionActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <SelectField source="kind" choices={judicialSuggestionKindChoices} />
        <TextField source="documentNumber" emptyText="—" />
        <Labeled source="status">
          <StatusChipField source="status" enumName="JudicialSuggestionStatus" />
        </Labeled>
        <TextField source="issuingOrgan" />
        <TextField source="content" sx={{ whiteSpace: 'pre-wrap' }} />
        <ReferenceField source="unitId" reference="units" link="show" />
        <LocaleDateField source="receivedOn" />
        <Labeled source="replyDueOn">
          <DeadlineField source="replyDueOn" running={replyPending} />
        </Labeled>
        <TextField source="reply" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <LocaleDateField source="repliedOn" emptyText="—" />
        <TextField source="repliedByName" emptyText="—" />
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
