import { Grid } from '@mui/material';
import {
  BooleanField,
  Labeled,
  Link,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { mitigationChoices, recordCategoryChoices, recordSourceChoices, subjectTypeChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { SubjectField } from '../common/SubjectField';
import { DishonestyRecordActions } from './DishonestyRecordActions';
import type { DishonestyRecordRecord } from './dishonesty-records.source';
import { DisclosurePeriodField } from './DisclosurePeriodField';
import { RecordMeasures } from './RecordMeasures';
import { RecordObjections } from './RecordObjections';
import { RecordRectifications } from './RecordRectifications';
import { RecordTabs } from '../common/RecordTabs';

const t = (key: string) => `resources.dishonesty-records.${key}`;

/** Where the record came from; a broken commitment links back to it. */
const SourceField = (_props: { label?: string }) => {
  const record = useRecordContext<DishonestyRecordRecord>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      <SelectField source="sourceType" choices={recordSourceChoices} />
      {record.sourceType === 'COMMITMENT' && record.sourceId ? (
        <>
          {' · '}
          <Link to={createPath({ resource: 'commitments', id: record.sourceId, type: 'show' })}>
            {translate(t('source_commitment'))}
          </Link>
        </>
      ) : record.sourceId ? (
        ` · ${record.sourceId}`
      ) : null}
    </span>
  );
};

export const DishonestyRecordShow = () => (
  <Show actions={<DishonestyRecordActions />}>
    <RecordTabs>
      <Grid container>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <Labeled source="subjectName">
              <SubjectField />
            </Labeled>
            <SelectField source="subjectType" choices={subjectTypeChoices} />
            <TextField source="scopeUnit.name" label={t('fields.scopeUnit')} />
            <Labeled source="status">
              <StatusChipField source="status" enumName="RecordStatus" />
            </Labeled>
            <SelectField source="category" choices={recordCategoryChoices} />
            <Labeled source="severity">
              <StatusChipField source="severity" enumName="Severity" />
            </Labeled>
            <TextField source="facts" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="legalBasis" emptyText="—" />
            <TextField source="documentNumber" emptyText="—" />
            <TextField source="decidingAuthority" emptyText="—" />
            <LocaleDateField source="decisionDate" emptyText="—" />
            <SourceField label={t('fields.sourceType')} />
            <ReferenceField source="responsibleSectionId" reference="units" link="show" emptyText="—" />
            <TextArrayField source="evidence" />
          </SimpleShowLayout>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <SimpleShowLayout>
            <DisclosurePeriodField label={t('fields.disclosurePeriod')} />
            <LocaleDateField source="objectionDeadline" emptyText="—" />
            <BooleanField source="disputed" />
            <BooleanField source="counting" />
            <BooleanField source="disclosed" />
            <BooleanField source="selfCorrected" />
            <TextField source="selfCorrectionNote" emptyText="—" />
            <SelectField source="mitigation" choices={mitigationChoices} />
            <TextField source="recordedByName" emptyText="—" />
            <LocaleDateField source="submittedAt" showTime emptyText="—" />
            <TextField source="returnReason" emptyText="—" />
            <TextField source="confirmedByName" emptyText="—" />
            <LocaleDateField source="confirmedAt" showTime emptyText="—" />
            <LocaleDateField source="repairedAt" showTime emptyText="—" />
            <TextField source="repairReason" emptyText="—" />
            <LocaleDateField source="revokedAt" showTime emptyText="—" />
            <TextField source="revokeReason" emptyText="—" />
          </SimpleShowLayout>
        </Grid>
      </Grid>
      <SimpleShowLayout>
        <Labeled label={t('objections')} fullWidth>
          <RecordObjections />
        </Labeled>
        <Labeled label={t('rectifications')} fullWidth>
          <RecordRectifications />
        </Labeled>
        <Labeled label={t('measures')} fullWidth>
          <RecordMeasures />
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
