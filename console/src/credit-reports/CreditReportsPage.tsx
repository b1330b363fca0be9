import DescriptionIcon from '@mui/icons-material/Description';
import { Box, Card, CardContent, CardHeader, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  TextInput,
  Title,
  required,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { subjectTypeChoices } from '../common/enums';
import { useCreditReportIssueMutation, useCreditReportListQuery, type SubjectType } from '../generated/graphql';
import { submissionErrors } from '../providers/server-error';
import { creditReportPath } from '../routes';

const t = (key: string) => `app.credit_report.${key}`;

interface IssueForm {
  subjectType: SubjectType;
  unitId?: string | null;
  personId?: string | null;
  purpose: string;
}

/** 信用报告: issue a unit's or person's report, then open it to print. */
export const CreditReportsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [issue] = useCreditReportIssueMutation();
  const issued = useCreditReportListQuery({ variables: { offset: 0, limit: 25 }, fetchPolicy: 'cache-and-network' });

  const submit = async (values: Record<string, unknown>) => {
    const form = values as unknown as IssueForm;
    const picker = form.subjectType === 'UNIT' ? 'unitId' : 'personId';
    try {
      const { data } = await issue({ variables: { input: { subjectType: form.subjectType, subjectId: form[picker] ?? '', purpose: form.purpose.trim() } } });
      if (data) redirect(creditReportPath(data.issueCreditReport.id));
      return undefined;
    } catch (error) {
      // The API names subjectId; the page shows it on the picker the user filled in.
      return submissionErrors(error, notify, { from: 'subjectId', to: picker });
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 1000 }}>
      <Title title={t('title')} />
      <Card variant="outlined">
        <CardContent>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {translate(t('intro'))}
          </Typography>
          <Form defaultValues={{ subjectType: 'UNIT', purpose: '' }} onSubmit={submit}>
            <RadioButtonGroupInput source="subjectType" label={t('subject_type')} choices={subjectTypeChoices} validate={required()} />
            <FormDataConsumer<IssueForm>>
              {({ formData }) =>
                formData.subjectType === 'PERSON' ? (
                  <ReferenceInput source="personId" reference="people">
                    <AutocompleteInput label={t('person')} validate={required()} sx={{ minWidth: 360 }} />
                  </ReferenceInput>
                ) : (
                  <ReferenceInput source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
                    <AutocompleteInput label={t('unit')} optionText="name" validate={required()} sx={{ minWidth: 360 }} />
                  </ReferenceInput>
                )
              }
            </FormDataConsumer>
            <TextInput source="purpose" label={t('purpose')} validate={required()} fullWidth helperText={t('purpose_help')} />
            <SaveButton label={t('issue')} icon={<DescriptionIcon />} alwaysEnable />
          </Form>
        </CardContent>
      </Card>
      <Card variant="outlined" sx={{ mt: 2 }}>
        <CardHeader title={translate(t('issued'))} />
        <CardContent>
          {issued.data?.creditReports.items.length ? (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate(t('number'))}</TableCell>
                  <TableCell>{translate(t('subject_type'))}</TableCell>
                  <TableCell>{translate(t('purpose'))}</TableCell>
                  <TableCell>{translate(t('issued_by'))}</TableCell>
                  <TableCell>{translate(t('issued_on'))}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {issued.data.creditReports.items.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>
                      <Link href={`#${creditReportPath(r.id)}`}>{r.reportNumber}</Link>
                    </TableCell>
                    <TableCell>{r.subjectName}</TableCell>
                    <TableCell>{r.purpose}</TableCell>
                    <TableCell>{r.issuedByName ?? '—'}</TableCell>
                    <TableCell>{new Date(r.issuedAt).toLocaleString('zh-CN')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <Typography color="text.secondary">{translate(t('none'))}</Typography>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
