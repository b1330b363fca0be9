import { useState, type ReactNode } from 'react';
import { Alert, Box, Card, CardContent, CardHeader, Chip, Grid, LinearProgress, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import {
  DataTable,
  Link,
  ListContextProvider,
  ResourceContextProvider,
  SelectField,
  TextField,
  Title,
  useCreatePath,
  useList,
  useParams,
  useTranslate,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import { CountCard } from '../common/CountCard';
import {
  SUBJECT_TYPES,
  commitmentKindChoices,
  measureKindChoices,
  recordCategoryChoices,
} from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { filterEnum } from '../providers/record-utils';
import { toHttpError } from '../providers/server-error';
import { useIntegrityFileQuery, type IntegrityFileQuery } from '../generated/graphql';
import { IntegrityFilePurpose } from './IntegrityFilePurpose';

type File = IntegrityFileQuery['integrityFile'];
type Eligibility = IntegrityFileQuery['awardEligibility'];

type SummaryKey = keyof File['summary'];

// Every number of the summary, in the order shown; a number added to the query must be placed here.
const SUMMARY = Object.keys({
  countingRecords: true,
  disputedRecords: true,
  repairedRecords: true,
  pendingCommitments: true,
  fulfilledCommitments: true,
  brokenCommitments: true,
  openRectifications: true,
  activePunishments: true,
  activeIncentives: true,
} satisfies Record<SummaryKey, true>) as SummaryKey[];

/** One section of the file: a titled table over rows already loaded with the file. */
const Section = <T extends RaRecord>({
  title,
  resource,
  rows,
  children,
}: {
  title: string;
  resource: string;
  rows: T[];
  children: (empty: ReactNode) => ReactNode;
}) => {
  const translate = useTranslate();
  const list = useList<T>({ data: rows, perPage: 1000 });
  return (
    <Card variant="outlined" component="section" aria-label={translate(title)}>
      <CardHeader title={`${translate(title)}（${rows.length}）`} titleTypographyProps={{ variant: 'h6' }} />
      <ResourceContextProvider value={resource}>
        <ListContextProvider value={list}>
          {children(<Typography sx={{ px: 2, pb: 2 }} color="text.secondary">{translate('app.integrity.empty')}</Typography>)}
        </ListContextProvider>
      </ResourceContextProvider>
    </Card>
  );
};

/** 评优评先资格 of the year, with every reason and the record it names. */
const EligibilityCard = ({ eligibility }: { eligibility: Eligibility }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Card variant="outlined" component="section" aria-label={translate('app.integrity.eligibility.title', { year: eligibility.year })}>
      <CardHeader
        title={translate('app.integrity.eligibility.title', { year: eligibility.year })}
        titleTypographyProps={{ variant: 'h6' }}
        action={
          <Chip
            color={eligibility.eligible ? 'success' : 'error'}
            label={translate(eligibility.eligible ? 'app.integrity.eligibility.eligible' : 'app.integrity.eligibility.ineligible')}
          />
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {eligibility.reasons.length === 0 ? (
          <Typography color="text.secondary">{translate('app.integrity.eligibility.none')}</Typography>
        ) : (
          <List dense disablePadding>
            {eligibility.reasons.map((reason, i) => (
              <ListItem key={`${reason.code}-${reason.recordId ?? reason.measureApplicationId ?? i}`} disableGutters>
                <Chip
                  size="small"
                  sx={{ mr: 1 }}
                  color={reason.blocking ? 'error' : 'default'}
                  variant={reason.blocking ? 'filled' : 'outlined'}
                  label={translate(reason.blocking ? 'app.integrity.eligibility.blocking' : 'app.integrity.eligibility.notice')}
                />
                <ListItemText
                  primary={
                    reason.recordId ? (
                      <Link to={createPath({ resource: 'dishonesty-records', id: reason.recordId, type: 'show' })}>
                        {reason.message}
                      </Link>
                    ) : (
                      reason.message
                    )
                  }
                  secondary={translate(`app.enums.EligibilityCode.${reason.code}`, { _: reason.code })}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};

const FileView = ({ file, eligibility }: { file: File; eligibility: Eligibility }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const recordPath = (id: Identifier) => createPath({ resource: 'dishonesty-records', id, type: 'show' });
  const subjectPath = createPath({
    resource: file.subjectType === 'PERSON' ? 'people' : 'units',
    id: file.subjectId,
    type: 'show',
  });
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h5" component="h2">
            <Link to={subjectPath}>{file.subjectName}</Link>
          </Typography>
          <Typography color="text.secondary">
            {translate(`app.enums.SubjectType.${file.subjectType}`)}
            {file.person ? ` · ${file.person.unit.name}` : ''}
          </Typography>
        </CardContent>
      </Card>
      <Grid container spacing={2} component="section" aria-label={translate('app.integrity.button')}>
        {SUMMARY.map((key) => (
          <Grid key={key} size={{ xs: 6, sm: 4, md: 4, lg: 4, xl: 'grow' }}>
            <CountCard label={translate(`app.integrity.summary.${key}`)} value={file.summary[key]} />
          </Grid>
        ))}
      </Grid>
      <EligibilityCard eligibility={eligibility} />
      <Section title="app.integrity.records" resource="dishonesty-records" rows={file.records}>
        {(empty) => (
          <DataTable bulkActionButtons={false} rowClick="show" empty={empty}>
            <DataTable.Col source="category" disableSort>
              <SelectField source="category" choices={recordCategoryChoices} />
            </DataTable.Col>
            <DataTable.Col source="severity" disableSort>
              <StatusChipField source="severity" enumName="Severity" />
            </DataTable.Col>
            <DataTable.Col source="facts" disableSort />
            <DataTable.Col source="documentNumber" disableSort />
            <DataTable.Col source="decisionDate" disableSort>
              <LocaleDateField source="decisionDate" />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
              <StatusChipField source="status" enumName="RecordStatus" />
            </DataTable.Col>
            <DataTable.Col source="repairedAt" disableSort>
              <LocaleDateField source="repairedAt" emptyText="—" />
            </DataTable.Col>
          </DataTable>
        )}
      </Section>
      <Section title="app.integrity.commitments" resource="commitments" rows={file.commitments}>
        {(empty) => (
          <DataTable bulkActionButtons={false} rowClick="show" empty={empty}>
            <DataTable.Col source="kind" disableSort>
              <SelectField source="kind" choices={commitmentKindChoices} />
            </DataTable.Col>
            <DataTable.Col source="content" disableSort />
            <DataTable.Col source="dueOn" disableSort>
              <LocaleDateField source="dueOn" />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
              <StatusChipField source="status" enumName="CommitmentStatus" />
            </DataTable.Col>
          </DataTable>
        )}
      </Section>
      <Section title="app.integrity.objections" resource="dishonesty-records" rows={file.objections}>
        {(empty) => (
          <DataTable bulkActionButtons={false} rowClick={(_id, _resource, row) => recordPath(row.record.id)} empty={empty}>
            <DataTable.Col source="filedOn" label="resources.dishonesty-records.objection.filedOn" disableSort>
              <LocaleDateField source="filedOn" />
            </DataTable.Col>
            <DataTable.Col source="grounds" label="resources.dishonesty-records.objection.grounds" disableSort />
            <DataTable.Col source="status" label="resources.dishonesty-records.objection.status" disableSort>
              <StatusChipField source="status" enumName="ObjectionStatus" />
            </DataTable.Col>
            <DataTable.Col source="decisionReason" label="resources.dishonesty-records.objection.decisionReason" disableSort />
          </DataTable>
        )}
      </Section>
      <Section title="app.integrity.rectifications" resource="dishonesty-records" rows={file.rectifications}>
        {(empty) => (
          <DataTable bulkActionButtons={false} rowClick={(_id, _resource, row) => recordPath(row.record.id)} empty={empty}>
            <DataTable.Col source="requiredActions" label="resources.dishonesty-records.rectification.requiredActions" disableSort />
            <DataTable.Col source="deadline" label="resources.dishonesty-records.rectification.deadline" disableSort>
              <LocaleDateField source="deadline" />
            </DataTable.Col>
            <DataTable.Col source="status" label="resources.dishonesty-records.rectification.status" disableSort>
              <StatusChipField source="status" enumName="RectificationStatus" />
            </DataTable.Col>
            <DataTable.Col source="progress" label="resources.dishonesty-records.rectification.progress" disableSort />
          </DataTable>
        )}
      </Section>
      <Section title="app.integrity.measures" resource="measure-applications" rows={file.measures}>
        {(empty) => (
          <DataTable bulkActionButtons={false} rowClick={false} empty={empty}>
            <DataTable.Col source="measureId" disableSort>
              <TextField source="measure.name" />
            </DataTable.Col>
            <DataTable.Col source="kind" disableSort>
              <SelectField source="measure.kind" choices={measureKindChoices} />
            </DataTable.Col>
            <DataTable.Col source="effectiveFrom" disableSort>
              <LocaleDateField source="effectiveFrom" />
            </DataTable.Col>
            <DataTable.Col source="effectiveTo" disableSort>
              <LocaleDateField source="effectiveTo" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
              <StatusChipField source="status" enumName="MeasureApplicationStatus" />
            </DataTable.Col>
          </DataTable>
        )}
      </Section>
    </Stack>
  );
};

/**
 * 诚信档案 of a unit or person (route `/integrity-file/:subjectType/:subjectId`):
 * the summary, this year's award eligibility and its reasons, and the lists.
 * The file loads only after the reader states a purpose (查阅事由).
 */
export const IntegrityFilePage = () => {
  const translate = useTranslate();
  const params = useParams<{ subjectType: string; subjectId: string }>();
  const subjectType = filterEnum(params.subjectType?.toUpperCase(), SUBJECT_TYPES);
  const subjectId = params.subjectId ?? '';
  const year = new Date().getFullYear();
  const [purpose, setPurpose] = useState<string>();
  const { data, loading, error } = useIntegrityFileQuery({
    variables: { subjectType: subjectType ?? 'UNIT', subjectId, purpose: purpose ?? '', year },
    skip: !subjectType || !subjectId || !purpose,
    fetchPolicy: 'network-only',
  });
  const name = data?.integrityFile.subjectName ?? '';
  const problem = !subjectType ? 'ra.message.not_found' : error ? (toHttpError(error) as Error).message : undefined;
  return (
    <Box>
      <Title title={translate('app.integrity.title', { name })} />
      {loading ? <LinearProgress sx={{ mt: 2 }} /> : null}
      {problem ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate(problem, { _: problem })}
        </Alert>
      ) : null}
      {subjectType && !purpose ? <IntegrityFilePurpose onSubmit={setPurpose} /> : null}
      {data ? <FileView file={data.integrityFile} eligibility={data.awardEligibility} /> : null}
    </Box>
  );
};
