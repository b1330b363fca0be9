import AddAlertIcon from '@mui/icons-material/AddAlert';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { EditButton, TopToolbar, useDataProvider, useRecordContext } from 'react-admin';
import { FindingFields } from '../campaign-findings/FindingFields';
import { CanRun } from '../common/CanRun';
import { WorkflowButton } from '../common/WorkflowButton';
import { useCampaignCloseMutation, useCampaignStartMutation } from '../generated/graphql';
import type { CampaignRecord } from './campaigns.source';

/** 专项治理: planned → started (findings registered against units) → closed once every finding is zeroed out. */
export const CampaignActions = () => {
  const record = useRecordContext<CampaignRecord>();
  const dataProvider = useDataProvider();
  const [start] = useCampaignStartMutation();
  const [close] = useCampaignCloseMutation();
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  return (
    <TopToolbar>
      {record.status === 'PLANNED' ? (
        <CanRun resource="campaigns" command="start">
          <WorkflowButton action="campaign_start" icon={<PlayArrowIcon />} run={() => start({ variables: target })} />
        </CanRun>
      ) : null}
      {record.status === 'ACTIVE' ? (
        <>
          <CanRun resource="campaigns" command="addFinding">
            <WorkflowButton
              action="campaign_add_finding"
              icon={<AddAlertIcon />}
              maxWidth="md"
              defaultValues={{ responsibleUnitId: null, responsiblePersonId: null, problem: '', severity: null, foundOn: '', workingDays: null }}
              run={(v) => dataProvider.create('campaign-findings', { data: { ...v, campaignId: record.id } })}
            >
              <FindingFields />
            </WorkflowButton>
          </CanRun>
          <CanRun resource="campaigns" command="close">
            <WorkflowButton action="campaign_close" icon={<DoneAllIcon />} run={() => close({ variables: target })} />
          </CanRun>
        </>
      ) : null}
      {record.status !== 'CLOSED' ? <EditButton /> : null}
    </TopToolbar>
  );
};
