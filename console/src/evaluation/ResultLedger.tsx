import { Alert, Box, Chip, LinearProgress, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useEvaluationLedgerQuery, type SubjectType } from '../generated/graphql';
import { SourceLink } from './SourceLink';

const t = (key: string) => `app.evaluation.${key}`;
const points = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

/** 计分明细: how a subject's score came about, line by line; the lines add up to the score. */
export const ResultLedger = ({ subjectType, subjectId, runId }: { subjectType: SubjectType; subjectId: string; runId?: string }) => {
  const translate = useTranslate();
  const { data, loading, error } = useEvaluationLedgerQuery({ variables: { subjectType, subjectId, runId }, fetchPolicy: 'network-only' });
  if (loading) return <LinearProgress />;
  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  const result = data?.evaluationResult;
  if (!result) return <Typography color="text.secondary">{translate(t('not_evaluated'))}</Typography>;
  const sum = result.ledger.reduce((s, l) => s + l.points, 0);
  return (
    <Box data-testid="ledger">
      <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
        {translate(t('ledger_of'), { name: result.subjectName })}{' '}
        <Chip label={translate(t('score_grade'), { score: result.score.toFixed(2), grade: result.grade })} color="primary" data-testid="ledger-score" />
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate(t('rule'))}</TableCell>
            <TableCell>{translate(t('note'))}</TableCell>
            <TableCell>{translate(t('scheme_revision'))}</TableCell>
            <TableCell>{translate(t('source'))}</TableCell>
            <TableCell align="right">{translate(t('points'))}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {result.ledger.map((l) => (
            <TableRow key={l.position}>
              <TableCell>{l.rule}</TableCell>
              <TableCell>{l.note}</TableCell>
              <TableCell>{translate(t('revision'), { revision: l.schemeRevision })}</TableCell>
              <TableCell>
                <SourceLink sourceType={l.sourceType} sourceId={l.sourceId} />
                {l.sourceDate ? ` · ${l.sourceDate}` : ''}
              </TableCell>
              <TableCell align="right" className="ledger-points">
                {points(l.points)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={4}>{translate(t('total'))}</TableCell>
            <TableCell align="right" data-testid="ledger-total">
              {sum.toFixed(2)}
            </TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </Box>
  );
};
