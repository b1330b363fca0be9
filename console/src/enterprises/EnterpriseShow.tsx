import { Chip, Stack } from '@mui/material';
import {
  ArrayField,
  CanAccess,
  DataTable,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChip, StatusChipField } from '../common/StatusChipField';
import { useCreditCheckHistoryQuery } from '../generated/graphql';
import { EnterpriseActions, RemoveListingButton } from './EnterpriseActions';
import { ListedField } from './EnterpriseList';
import type { EnterpriseRecord } from './enterprises.source';
import { RecordTabs } from '../common/RecordTabs';

const t = (key: string) => `resources.enterprises.${key}`;

/** 失信名录 entries, in force or ended, with 移出名录 for those in force. */
const Listings = () => (
  <ArrayField source="listings">
    <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
      <DataTable.Col source="listName" label={t('listing.listName')} disableSort />
      <DataTable.Col source="source" label={t('listing.source')} disableSort />
      <DataTable.Col source="listedFrom" label={t('listing.listedFrom')} disableSort>
        <LocaleDateField source="listedFrom" />
      </DataTable.Col>
      <DataTable.Col source="listedTo" label={t('listing.listedTo')} disableSort>
        <LocaleDateField source="listedTo" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="removalConditions" label={t('listing.removalConditions')} disableSort />
      <DataTable.Col source="removedOn" label={t('listing.removedOn')} disableSort>
        <LocaleDateField source="removedOn" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <RemoveListingButton />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);

/** Third-party credit reports (第三方信用报告), newest first as the API gives them. */
const Reports = () => (
  <ArrayField source="creditReports">
    <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
      <DataTable.Col source="issuer" label={t('report.issuer')} disableSort />
      <DataTable.Col source="issuedOn" label={t('report.issuedOn')} disableSort>
        <LocaleDateField source="issuedOn" />
      </DataTable.Col>
      <DataTable.Col source="rating" label={t('report.rating')} disableSort />
      <DataTable.Col source="fileReference" label={t('report.fileReference')} disableSort />
    </DataTable>
  </ArrayField>
);

/** Checks made of the enterprise (信用核查记录), for the roles that may read them. */
const CheckHistory = () => {
  const record = useRecordContext<EnterpriseRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useCreditCheckHistoryQuery({ variables: { subjectId: record?.id ?? '' }, skip: !record, fetchPolicy: 'network-only' });
  const checks = data?.creditChecks ?? [];
  if (!checks.length) return <span>—</span>;
  return (
    <Stack spacing={1}>
      {checks.slice(0, 10).map((c) => (
        <Stack key={c.id} direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
          <StatusChip enumName="CheckDecision" value={c.decision} />
          <span>{new Date(c.checkedAt).toLocaleString(locale)}</span>
          <span>{c.purpose}</span>
          <Chip size="small" variant="outlined" label={c.verificationCode} sx={{ fontFamily: 'monospace' }} />
          <span>{c.checkedByName ?? translate(t('system'))}</span>
        </Stack>
      ))}
    </Stack>
  );
};

export const EnterpriseShow = () => (
  <Show actions={<EnterpriseActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="creditCode" sx={{ fontFamily: 'monospace' }} />
        <TextField source="legalRepresentative" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <Labeled source="status">
          <StatusChipField source="status" enumName="EnterpriseStatus" />
        </Labeled>
        <Labeled source="listedNow">
          <ListedField />
        </Labeled>
        <Labeled label={t('listings')} fullWidth>
          <Listings />
        </Labeled>
        <Labeled label={t('reports')} fullWidth>
          <Reports />
        </Labeled>
        <CanAccess resource="enterprises" action="checkHistory">
          <Labeled label={t('checks')} fullWidth>
            <CheckHistory />
          </Labeled>
        </CanAccess>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
