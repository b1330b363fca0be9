import { Grid } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  DataTable,
  Labeled,
  Link,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { complaintCategoryChoices, complaintChannelChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { ComplaintActions } from './ComplaintActions';
import { ComplaintDeadlines } from './ComplaintDeadlines';
import type { ComplaintRecord } from './complaints.source';
import { RecordTabs } from '../common/RecordTabs';

const t = (key: string) => `resources.complaints.${key}`;

/** The dishonesty record a substantiated conclusion drafted. */
const RecordLinkField = (_props: { label?: string }) => {
  const record = useRecordContext<ComplaintRecord>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record?.recordId) return <span>—</span>;
  return (
    <Link to={createPath({ resource: 'dishonesty-records', id: record.recordId, type: 'show' })}>{translate(t('record_link'))}</Link>
  );
};

/** 交办 / 转办 / 重新办理 history, oldest first. */
const TransfersField = (_props: { label?: string }) => (
  <ArrayField source="transfers">
    <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
      <DataTable.Col source="on" label={t('transfer.on')} disableSort>
        <LocaleDateField source="on" />
      </DataTable.Col>
      <DataTable.Col source="from" label={t('transfer.from')} disableSort>
        <ReferenceField source="from" reference="units" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="to" label={t('transfer.to')} disableSort>
        <ReferenceField source="to" reference="units" link={false} />
      </DataTable.Col>
      <DataTable.Col source="reason" label={t('transfer.reason')} disableSort />
    </DataTable>
  </ArrayField>
);

export const ComplaintShow = () => (
  <Show actions={<ComplaintActions />}>
    <RecordTabs>
      <ComplaintDeadlines />
      <Grid container>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <TextField source="caseNumber" />
            <Labeled source="status">
              <StatusChipField source="status" enumName="ComplaintStatus" />
            </Labeled>
            <TextField source="title" />
            <SelectField source="channel" choices={complaintChannelChoices} />
            <SelectField source="category" choices={complaintCategoryChoices} />
            <TextField source="content" sx={{ whiteSpace: 'pre-wrap' }} />
            <BooleanField source="anonymous" />
            <TextField source="concernedText" emptyText="—" />
            <ReferenceField source="concernedUnitId" reference="units" link="show" emptyText="—" />
            <ReferenceField source="concernedPersonId" reference="people" link="show" emptyText="—" />
            <LocaleDateField source="receivedOn" />
            <BooleanField source="registeredByStaff" />
            <TextField source="notAcceptedReason" emptyText="—" />
          </SimpleShowLayout>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <ReferenceField source="leadUnitId" reference="units" link="show" emptyText="—" />
            <ReferenceArrayField source="coUnitIds" reference="units" emptyText="—" />
            <LocaleDateField source="assignedOn" emptyText="—" />
            <Labeled source="conclusion">
              <StatusChipField source="conclusion" enumName="ComplaintConclusion" />
            </Labeled>
            <TextField source="findings" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <RecordLinkField label={t('fields.recordId')} />
            <TextField source="reply" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <LocaleDateField source="repliedAt" showTime emptyText="—" />
            <Labeled source="satisfaction">
              <StatusChipField source="satisfaction" enumName="Satisfaction" />
            </Labeled>
            <TextField source="satisfactionComment" emptyText="—" />
            <TextField source="rehandleCount" />
          </SimpleShowLayout>
        </Grid>
      </Grid>
      <SimpleShowLayout>
        <Labeled label={t('fields.transfers')} fullWidth>
          <TransfersField />
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
