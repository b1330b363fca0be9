import { useState } from 'react';
import AssessmentIcon from '@mui/icons-material/Assessment';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { AutocompleteInput, Form, NumberInput, ReferenceInput, SaveButton, Title, downloadCSV, required, useTranslate } from 'react-admin';
import { useAnnualReportShowLazyQuery } from '../generated/graphql';
import { toHttpError } from '../providers/server-error';

const t = (key: string) => `app.annual_report.${key}`;

/** The server's CSV (项目,数值) back into rows; cells are quoted only when they hold a comma or quote. */
function rowsOf(csv: string): string[][] {
  return csv.split('\n').map((line) => {
    const cells: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
    for (let m = re.exec(line); m && m[0] !== ''; m = re.exec(line)) {
      cells.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
      if (m[2] === '') break;
    }
    return cells;
  });
}

/** 年度诚信报告: one unit's year for the performance assessment, printable and as CSV. */
export const AnnualReportPage = () => {
  const translate = useTranslate();
  const [load, { data, error, loading }] = useAnnualReportShowLazyQuery({ fetchPolicy: 'network-only' });
  const [year] = useState(() => new Date().getFullYear() - 1);
  const report = data?.annualIntegrityReport;
  const [header, ...rows] = report ? rowsOf(report.csv) : [[]];
  const problem = error ? ((toHttpError(error) as { message?: string }).message ?? 'ra.notification.http_error') : undefined;
  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={t('title')} />
      <Card variant="outlined" sx={{ displayPrint: 'none' }}>
        <CardContent>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {translate(t('intro'))}
          </Typography>
          <Form
            defaultValues={{ year }}
            onSubmit={(values: Record<string, unknown>) => {
              void load({ variables: { unitId: String(values.unitId), year: Number(values.year) } });
            }}
          >
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
              <ReferenceInput source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
                <AutocompleteInput label={t('unit')} optionText="name" validate={required()} sx={{ minWidth: 320 }} />
              </ReferenceInput>
              <NumberInput source="year" label={t('year')} min={2000} max={2100} validate={required()} sx={{ width: 140 }} />
              <SaveButton label={t('show')} icon={<AssessmentIcon />} alwaysEnable disabled={loading} />
            </Box>
          </Form>
        </CardContent>
      </Card>
      {problem ? <Alert severity="error" sx={{ mt: 2 }}>{translate(problem, { _: problem })}</Alert> : null}
      {report ? (
        <Box sx={{ mt: 2 }}>
          <Box sx={{ display: 'flex', gap: 1, mb: 1, displayPrint: 'none' }}>
            <Button startIcon={<DownloadIcon />} onClick={() => downloadCSV(`\uFEFF${report.csv}`, `${translate(t('title'))}-${report.unitName}-${report.year}`)}>
              {translate(t('csv'))}
            </Button>
            <Button startIcon={<PrintIcon />} onClick={() => window.print()}>
              {translate(t('print'))}
            </Button>
          </Box>
          <Typography variant="h5" component="h1" align="center" gutterBottom>
            {report.unitName} {report.year} {translate(t('title'))}
          </Typography>
          <Table size="small" aria-label={translate(t('title'))}>
            <TableHead>
              <TableRow>
                <TableCell>{header[0]}</TableCell>
                <TableCell align="right">{header[1]}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(([item, value]) => (
                <TableRow key={item}>
                  <TableCell>{item}</TableCell>
                  <TableCell align="right">{value}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </Box>
  );
};
