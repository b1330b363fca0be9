import { Labeled, ReferenceField, Show, SimpleShowLayout, TextArrayField, TextField, TopToolbar } from 'react-admin';
import { DeadlineField } from '../common/DeadlineField';
import { DishonestyRecordLink } from '../common/DishonestyRecordLink';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { JudgmentFulfilButton } from './JudgmentFulfilButton';
import type { JudgmentRecord } from './judgments.source';
import { RecordTabs } from '../common/RecordTabs';


export const JudgmentShow = () => (
  <Show
    actions={
      <TopToolbar>
        <JudgmentFulfilButton />
      </TopToolbar>
    }
  >
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="documentNumber" emptyText="—" />
        <Labeled source="status">
          <StatusChipField source="status" enumName="JudgmentStatus" />
        </Labeled>
        <ReferenceField source="lawsuitId" reference="lawsuits" link="show" />
        <ReferenceField source="unitId" reference="units" link="show" />
        <TextField source="obligation" sx={{ whiteSpace: 'pre-wrap' }} />
        <LocaleDateField source="effectiveOn" />
        <Labeled source="fulfilBy">
          <DeadlineField source="fulfilBy" running={(j: JudgmentRecord) => j.status !== 'FULFILLED'} />
        </Labeled>
        <LocaleDateField source="graceEndsOn" emptyText="—" />
        <LocaleDateField source="warnedOn" emptyText="—" />
        <LocaleDateField source="fulfilledOn" emptyText="—" />
        <TextField source="fulfilmentNote" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextArrayField source="evidence" emptyText="—" />
        <DishonestyRecordLink source="recordId" text="resources.judgments.record_link" label="resources.judgments.fields.recordId" />
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
