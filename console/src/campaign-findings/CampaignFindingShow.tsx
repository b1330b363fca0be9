import FactCheckIcon from '@mui/icons-material/FactCheck';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import {
  BooleanInput,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextArrayInput,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
} from 'react-admin';
import { useActsForUnit } from '../common/acts-for';
import { CanRun } from '../common/CanRun';
import { DeadlineField } from '../common/DeadlineField';
import { DishonestyRecordLink } from '../common/DishonestyRecordLink';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { WorkflowButton, text } from '../common/WorkflowButton';
import { useCampaignFindingRectifiedMutation, useCampaignFindingVerifyMutation } from '../generated/graphql';
import type { CampaignFindingRecord } from './campaign-findings.source';
import { findingClockRuns } from './FindingTable';
import { RecordTabs } from '../common/RecordTabs';

const field = (name: string) => `app.screens.fields.${name}`;

/** The responsible unit reports the rectification with evidence; 纪检监察室 verifies it (销号) or sends it back. */
const FindingActions = () => {
  const record = useRecordContext<CampaignFindingRecord>();
  const [rectified] = useCampaignFindingRectifiedMutation();
  const [verify] = useCampaignFindingVerifyMutation();
  const ownUnit = useActsForUnit(record?.responsibleUnitId);
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  return (
    <TopToolbar>
      {findingClockRuns(record) && ownUnit ? (
        <CanRun resource="campaign-findings" command="reportRectified">
          <WorkflowButton
            action="finding_rectified"
            icon={<TaskAltIcon />}
            defaultValues={{ rectification: record.rectification ?? '', evidence: record.evidence }}
            run={(v) =>
              rectified({
                variables: { ...target, input: { rectification: text(v.rectification), evidence: (v.evidence as string[] | undefined) ?? [] } },
              })
            }
          >
            <TextInput source="rectification" label={field('rectification')} validate={required()} multiline minRows={3} />
            <TextArrayInput source="evidence" label={field('evidence')} helperText={field('evidence_help')} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {record.status === 'RECTIFIED' ? (
        <CanRun resource="campaign-findings" command="verify">
          <WorkflowButton
            action="finding_verify"
            icon={<FactCheckIcon />}
            defaultValues={{ accepted: true, note: '' }}
            run={(v) => verify({ variables: { ...target, accepted: v.accepted === true, note: text(v.note) } })}
          >
            <BooleanInput source="accepted" label={field('accepted')} />
            <TextInput source="note" label={field('verification_note')} multiline minRows={2} />
          </WorkflowButton>
        </CanRun>
      ) : null}
    </TopToolbar>
  );
};


export const CampaignFindingShow = () => (
  <Show actions={<FindingActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <ReferenceField source="campaignId" reference="campaigns" link="show" />
        <Labeled source="status">
          <StatusChipField source="status" enumName="FindingStatus" />
        </Labeled>
        <ReferenceField source="responsibleUnitId" reference="units" link="show" />
        <ReferenceField source="responsiblePersonId" reference="people" link="show" emptyText="—" />
        <TextField source="problem" sx={{ whiteSpace: 'pre-wrap' }} />
        <Labeled source="severity">
          <StatusChipField source="severity" enumName="Severity" />
        </Labeled>
        <LocaleDateField source="foundOn" />
        <NumberField source="workingDays" />
        <Labeled source="deadline">
          <DeadlineField source="deadline" running={findingClockRuns} />
        </Labeled>
        <TextField source="rectification" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextArrayField source="evidence" emptyText="—" />
        <LocaleDateField source="rectifiedOn" emptyText="—" />
        <TextField source="verificationNote" emptyText="—" />
        <TextField source="verifiedByName" emptyText="—" />
        <DishonestyRecordLink source="recordId" text="resources.campaign-findings.record_link" label="resources.campaign-findings.fields.recordId" />
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
