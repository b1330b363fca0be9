import { Labeled, NumberField, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { FindingTable } from '../campaign-findings/FindingTable';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { CampaignActions } from './CampaignActions';
import { ZeroOutLedger } from './ZeroOutLedger';
import { RecordTabs } from '../common/RecordTabs';

export const CampaignShow = () => (
  <Show actions={<CampaignActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="documentNumber" emptyText="—" />
        <Labeled source="status">
          <StatusChipField source="status" enumName="CampaignStatus" />
        </Labeled>
        <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <ReferenceField source="responsibleSectionId" reference="units" link="show" />
        <LocaleDateField source="startsOn" />
        <LocaleDateField source="endsOn" />
        <NumberField source="rectificationWorkingDays" />
        <LocaleDateField source="closedOn" emptyText="—" />
        <ZeroOutLedger />
        <Labeled label="resources.campaigns.findings" fullWidth>
          <ReferenceManyField reference="campaign-findings" target="campaignId" perPage={25} sort={{ field: 'deadline', order: 'ASC' }}>
            <FindingTable hide="campaign" />
          </ReferenceManyField>
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
