import type { ReactNode } from 'react';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Divider, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useParams, useTranslate } from 'react-admin';
import { useCreditReportShowQuery } from '../generated/graphql';
import { toHttpError } from '../providers/server-error';
import { CREDIT_REPORTS_ROUTE } from '../routes';

const t = (key: string) => `app.credit_report.${key}`;

const Section = ({ title, headers, rows, empty }: { title: string; headers: string[]; rows: ReactNode[][]; empty: string }) => (
  <Box component="section" sx={{ mt: 3, breakInside: 'avoid' }}>
    <Typography variant="h6" component="h2" gutterBottom>
      {title}
    </Typography>
    {rows.length ? (
      <Table size="small" sx={{ '& td, & th': { border: '1px solid #999' } }}>
        <TableHead>
          <TableRow>
            {headers.map((h) => (
              <TableCell key={h}>{h}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((cells, i) => (
            <TableRow key={i}>
              {cells.map((c, j) => (
                <TableCell key={j}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    ) : (
      <Typography>{empty}</Typography>
    )}
  </Box>
);

/** A credit report laid out on A4 for printing (outside the console's layout; the buttons do not print). */
export const CreditReportPrintPage = () => {
  const translate = useTranslate();
  const { id } = useParams<{ id: string }>();
  const { data, error } = useCreditReportShowQuery({ variables: { id: id ?? '' }, skip: !id });
  const en = (name: string, value: string) => translate(`app.enums.${name}.${value}`);
  if (error) {
    const mapped = toHttpError(error) as { message?: string };
    return <Alert severity="error">{translate(mapped.message ?? 'ra.notification.http_error', { _: mapped.message })}</Alert>;
  }
  const r = data?.creditReport;
  if (!r) return null;
  const c = r.content;
  const verifyUrl = `${window.location.origin}/public/verify?code=${encodeURIComponent(r.verificationCode)}&digest=${encodeURIComponent(r.digest)}`;
  const empty = translate(t('empty'));
  return (
    <Box component="main" sx={{ maxWidth: '210mm', mx: 'auto', p: 4, bgcolor: 'background.paper', '@media print': { p: 0 } }}>
      <Box sx={{ display: 'flex', gap: 1, mb: 2, displayPrint: 'none' }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate(t('print'))}
        </Button>
        <Button href={`#${CREDIT_REPORTS_ROUTE}`}>{translate(t('back'))}</Button>
      </Box>
      <Typography variant="h4" component="h1" align="center" gutterBottom>
        {translate(t('heading'))}
      </Typography>
      <Typography align="center">
        {translate(t('number'))}：{r.reportNumber} · {translate(t('issued_on'))}：{c.issuedOn} · {translate(t('issued_by'))}：{r.issuedByName ?? '—'}
      </Typography>
      <Divider sx={{ my: 2 }} />
      <Section
        title={translate(t('basic'))}
        headers={[translate(t('name')), translate(t('subject_type')), translate(t('unit_name')), translate(t('unit_code')), translate(r.subjectType === 'PERSON' ? t('position') : t('head'))]}
        rows={[[c.basic.name, en('SubjectType', r.subjectType), c.basic.unitName, c.basic.unitCode, (r.subjectType === 'PERSON' ? c.basic.position : c.basic.head) ?? '—']]}
        empty={empty}
      />
      <Section
        title={translate(t('records'))}
        headers={[translate(t('category')), translate(t('severity')), translate(t('decided')), translate(t('authority')), translate(t('facts')), translate(t('state'))]}
        rows={c.records.map((x) => [
          en('RecordCategory', x.category),
          en('Severity', x.severity),
          x.decisionDate ?? '—',
          `${x.decidingAuthority ?? ''}${x.documentNumber ? ` ${x.documentNumber}` : ''}` || '—',
          x.facts,
          x.repairedOn ? translate(t('repaired'), { day: x.repairedOn }) : x.counting ? translate(t('counting')) : '—',
        ])}
        empty={empty}
      />
      <Section
        title={translate(t('commitments'))}
        headers={[translate(t('kind')), translate(t('content')), translate(t('due')), translate(t('status'))]}
        rows={c.commitments.map((x) => [en('CommitmentKind', x.kind), x.content, `${x.madeOn} – ${x.dueOn}`, en('CommitmentStatus', x.status)])}
        empty={empty}
      />
      <Section
        title={translate(t('evaluations'))}
        headers={[translate(t('period')), translate(t('score')), translate(t('grade'))]}
        rows={c.evaluations.map((x) => [x.period, x.score, x.grade])}
        empty={empty}
      />
      <Section
        title={translate(t('measures'))}
        headers={[translate(t('measure')), translate(t('kind')), translate(t('effective')), translate(t('status'))]}
        rows={c.measures.map((x) => [x.name, en('MeasureKind', x.kind), `${x.effectiveFrom} – ${x.effectiveTo ?? '—'}`, en('MeasureApplicationStatus', x.status)])}
        empty={empty}
      />
      <Divider sx={{ my: 3 }} />
      <Box component="section" aria-label={translate(t('verification'))}>
        <Typography variant="h6" component="h2">
          {translate(t('verification'))}
        </Typography>
        <Typography sx={{ fontFamily: 'monospace' }}>
          {translate(t('code'))}：{r.verificationCode} · {translate(t('digest'))}：{r.digest}
        </Typography>
        <Typography variant="body2">{translate(t('verify_hint'), { url: verifyUrl })}</Typography>
      </Box>
    </Box>
  );
};
