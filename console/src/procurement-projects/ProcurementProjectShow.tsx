import { Chip, Grid, Stack } from '@mui/material';
import {
  ArrayField,
  DataTable,
  Labeled,
  Link,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DeadlineField } from '../common/DeadlineField';
import { procurementMethodChoices, purchaserConductChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip, StatusChipField } from '../common/StatusChipField';
import { ListedChip } from '../enterprises/EnterpriseList';
import type { ProcurementBidRecordFragment } from '../generated/graphql';
import { acceptanceRunning } from './ProcurementProjectList';
import { ProcurementProjectActions } from './ProcurementProjectActions';
import type { ProcurementProjectRecord } from './procurement-projects.source';
import { RecordTabs } from '../common/RecordTabs';

const t = (key: string) => `resources.procurement-projects.${key}`;

/** A credit check's decision and verification code. */
const CheckField = ({ check }: { check?: { decision: string; verificationCode: string } | null }) =>
  check ? (
    <Stack direction="row" spacing={1} alignItems="center">
      <StatusChip enumName="CheckDecision" value={check.decision} />
      <Chip size="small" variant="outlined" label={check.verificationCode} sx={{ fontFamily: 'monospace' }} />
    </Stack>
  ) : (
    <span>—</span>
  );

const BidCheckField = (_props: { label?: string }) => {
  const bid = useRecordContext<ProcurementBidRecordFragment>();
  return <CheckField check={bid?.creditCheck} />;
};

const AwardCheckField = (_props: { label?: string }) => {
  const record = useRecordContext<ProcurementProjectRecord>();
  return <CheckField check={record?.awardCheck} />;
};

/** A link to the enterprise's page. */
const EnterpriseLink = ({ enterprise }: { enterprise?: { id: string; name: string } | null }) => {
  const createPath = useCreatePath();
  if (!enterprise) return <span>—</span>;
  return <Link to={createPath({ resource: 'enterprises', id: enterprise.id, type: 'show' })}>{enterprise.name}</Link>;
};

const BidEnterpriseField = (_props: { label?: string }) => {
  const bid = useRecordContext<ProcurementBidRecordFragment>();
  return <EnterpriseLink enterprise={bid?.enterprise} />;
};

const SupplierField = (_props: { label?: string }) => {
  const record = useRecordContext<ProcurementProjectRecord>();
  return <EnterpriseLink enterprise={record?.supplier} />;
};

/** The record a purchaser's violation drafted. */
const ViolationRecordField = (_props: { label?: string }) => {
  const record = useRecordContext<ProcurementProjectRecord>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record?.recordId) return <span>—</span>;
  return <Link to={createPath({ resource: 'dishonesty-records', id: record.recordId, type: 'show' })}>{translate(t('record_link'))}</Link>;
};

/** The bid's enterprise on a dishonesty list today. */
const BidListedField = (_props: { label?: string }) => {
  const bid = useRecordContext<ProcurementBidRecordFragment>();
  return <ListedChip listed={bid?.enterprise.listedNow} />;
};

const Bids = () => (
  <ArrayField source="bids">
    <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
      <DataTable.Col source="enterprise.name" label={t('bid.enterprise')} disableSort>
        <BidEnterpriseField />
      </DataTable.Col>
      <DataTable.Col source="enterprise.creditCode" label={t('bid.creditCode')} disableSort>
        <TextField source="enterprise.creditCode" sx={{ fontFamily: 'monospace' }} />
      </DataTable.Col>
      <DataTable.Col source="enterprise.listedNow" label={t('bid.listed')} disableSort>
        <BidListedField />
      </DataTable.Col>
      <DataTable.Col source="amount" label={t('bid.amount')} disableSort>
        <MoneyField source="amount" />
      </DataTable.Col>
      <DataTable.Col source="status" label={t('bid.status')} disableSort>
        <StatusChipField source="status" enumName="BidStatus" />
      </DataTable.Col>
      <DataTable.Col source="creditCheck" label={t('bid.check')} disableSort>
        <BidCheckField />
      </DataTable.Col>
      <DataTable.Col source="registeredAt" label={t('bid.registeredAt')} disableSort>
        <LocaleDateField source="registeredAt" showTime />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);


export const ProcurementProjectShow = () => (
  <Show actions={<ProcurementProjectActions />}>
    <RecordTabs>
      <Grid container>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <TextField source="code" />
            <TextField source="name" />
            <Labeled source="status">
              <StatusChipField source="status" enumName="ProcurementStatus" />
            </Labeled>
            <SelectField source="method" choices={procurementMethodChoices} />
            <MoneyField source="budget" />
            <ReferenceField source="purchaserUnitId" reference="units" link="show" />
          </SimpleShowLayout>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <SupplierField label={t('fields.supplier')} />
            <TextField source="contractNumber" emptyText="—" />
            <MoneyField source="contractAmount" />
            <LocaleDateField source="contractSignedOn" emptyText="—" />
            <AwardCheckField label={t('fields.awardCheck')} />
            <Labeled source="acceptanceDueOn">
              <DeadlineField<ProcurementProjectRecord> source="acceptanceDueOn" running={acceptanceRunning} />
            </Labeled>
            <LocaleDateField source="acceptedOn" emptyText="—" />
            <Labeled source="acceptanceResult">
              <StatusChipField source="acceptanceResult" enumName="AcceptanceResult" />
            </Labeled>
            <TextField source="acceptanceFindings" emptyText="—" />
            <SelectField source="purchaserConduct" choices={purchaserConductChoices} emptyText="—" />
            <TextField source="violationDescription" emptyText="—" />
            <ReferenceField source="responsiblePersonId" reference="people" link="show" emptyText="—" />
            <ViolationRecordField label={t('fields.recordId')} />
          </SimpleShowLayout>
        </Grid>
      </Grid>
      <SimpleShowLayout>
        <Labeled label={t('bids')} fullWidth>
          <Bids />
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
