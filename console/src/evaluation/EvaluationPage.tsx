import { useEffect, useState } from 'react';
import CalculateIcon from '@mui/icons-material/Calculate';
import PublishIcon from '@mui/icons-material/Publish';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import CompareIcon from '@mui/icons-material/CompareArrows';
import { Confirm, Link, Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { whatIfPath } from '../routes';
import {
  useEvaluationPeriodsQuery,
  useEvaluationPublishRunMutation,
  useEvaluationRankingQuery,
  useEvaluationRecomputeMutation,
  type SubjectType,
  type UnitKind,
} from '../generated/graphql';
import { errorMessage as messageOf } from '../providers/server-error';
import { ResultLedger } from './ResultLedger';
import { TablePager } from '../common/TablePager';

const t = (key: string) => `app.evaluation.${key}`;
const UNIT_KINDS: UnitKind[] = ['BUREAU', 'SECTION', 'AFFILIATED_UNIT', 'TOWNSHIP_OFFICE'];

/** 诚信评价: rankings of a period within a kind of unit, each subject's explained score, recompute and publish. */
export const EvaluationPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [subjectType, setSubjectType] = useState<SubjectType>('UNIT');
  const [period, setPeriod] = useState('');
  const [unitKind, setUnitKind] = useState<UnitKind | ''>('SECTION');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [selected, setSelected] = useState<string>();
  // A run just computed is shown until another period is chosen; otherwise the period's published (else latest) run.
  const [runId, setRunId] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const { canAccess: mayRecompute } = useCanAccess({ resource: 'evaluation', action: 'recompute' });
  const { canAccess: mayPublish } = useCanAccess({ resource: 'evaluation', action: 'publish' });
  const { canAccess: mayTry } = useCanAccess({ resource: 'evaluation-what-if', action: 'list' });

  const runs = useEvaluationPeriodsQuery({ variables: { subjectType }, fetchPolicy: 'network-only' });
  const periods = [...new Set(runs.data?.evaluationRuns.items.filter((r) => r.status !== 'SIMULATION').map((r) => r.period) ?? [])];
  useEffect(() => {
    if (periods.length && !periods.includes(period)) {
      setPeriod(periods[0]);
      setRunId(undefined);
    }
  }, [periods, period]);

  const ranking = useEvaluationRankingQuery({
    variables: {
      subjectType,
      period: period || undefined,
      runId,
      unitKind: subjectType === 'UNIT' && unitKind ? unitKind : undefined,
      offset: page * perPage,
      limit: perPage,
    },
    skip: !period,
    fetchPolicy: 'network-only',
  });
  const run = ranking.data?.evaluationResults.run;
  const [recompute, { loading: recomputing }] = useEvaluationRecomputeMutation();
  const [publish, { loading: publishing }] = useEvaluationPublishRunMutation();

  const doRecompute = async () => {
    try {
      const { data } = await recompute({ variables: { subjectType, period } });
      setRunId(data?.evaluate.id);
      notify(t('recomputed'), { type: 'success', messageArgs: { count: data?.evaluate.subjectCount ?? 0, revision: data?.evaluate.revision ?? '' } });
      await Promise.all([runs.refetch(), ranking.refetch()]);
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };
  const doPublish = async () => {
    if (!run) return;
    setConfirming(false);
    try {
      await publish({ variables: { id: run.id, version: run.version } });
      notify(t('published'), { type: 'success', messageArgs: { period: run.period } });
      await Promise.all([runs.refetch(), ranking.refetch()]);
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };

  const select = (label: string, value: string, onChange: (v: string) => void, options: [string, string][]) => (
    <TextField select fullWidth={false} size="small" label={translate(label)} value={value} onChange={(e) => onChange(e.target.value)} sx={{ width: 200 }}>
      {options.map(([v, l]) => (
        <MenuItem key={v} value={v}>
          {l}
        </MenuItem>
      ))}
    </TextField>
  );
  const reset = () => {
    setPage(0);
    setSelected(undefined);
  };

  return (
    <>
      <Title title="app.evaluation.title" />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            {select(t('subject_type'), subjectType, (v) => {
              setSubjectType(v as SubjectType);
              setPeriod('');
              setRunId(undefined);
              reset();
            }, (['UNIT', 'PERSON'] as const).map((s) => [s, translate(`app.enums.SubjectType.${s}`)]))}
            {select(t('period'), period, (v) => {
              setPeriod(v);
              setRunId(undefined);
              reset();
            }, periods.map((p) => [p, p]))}
            {subjectType === 'UNIT'
              ? select(t('unit_kind'), unitKind, (v) => {
                  setUnitKind(v as UnitKind | '');
                  reset();
                }, [['', translate(t('all_kinds'))], ...UNIT_KINDS.map((k): [string, string] => [k, translate(`app.enums.UnitKind.${k}`)])])
              : null}
            {run ? (
              <Chip
                label={translate(t('run'), { revision: run.revision, scheme: run.scheme.name, status: translate(t(`status.${run.status}`)) })}
                color={run.status === 'PUBLISHED' ? 'success' : 'default'}
              />
            ) : null}
            <Box sx={{ flexGrow: 1 }} />
            {mayTry ? (
              <Button component={Link} to={whatIfPath(undefined, period || undefined)} startIcon={<CompareIcon />}>
                {translate('app.scoring.what_if.link')}
              </Button>
            ) : null}
            {mayRecompute ? (
              <Button
                variant="outlined"
                disabled={!period || recomputing}
                onClick={doRecompute}
                startIcon={recomputing ? <CircularProgress size={16} /> : <CalculateIcon />}
              >
                {translate(recomputing ? t('recomputing') : t('recompute'))}
              </Button>
            ) : null}
            {mayPublish && run && run.status === 'COMPUTED' ? (
              <Button variant="contained" disabled={publishing} onClick={() => setConfirming(true)} startIcon={<PublishIcon />}>
                {translate(t('publish'))}
              </Button>
            ) : null}
          </Stack>
          {recomputing ? <LinearProgress sx={{ mt: 2 }} aria-label={translate(t('recomputing'))} /> : null}
        </CardContent>
      </Card>
      <Confirm
        isOpen={confirming}
        title={translate(t('publish_title'), { period: run?.period ?? '' })}
        content={translate(t('publish_hint'))}
        onConfirm={doPublish}
        onClose={() => setConfirming(false)}
      />
      <Card sx={{ mt: 2 }}>
        {ranking.loading ? <LinearProgress /> : null}
        {ranking.error ? <Alert severity="error">{messageOf(ranking.error)}</Alert> : null}
        {runs.data && periods.length === 0 ? (
          <CardContent>
            <Typography color="text.secondary">{translate(t('no_runs'))}</Typography>
          </CardContent>
        ) : null}
        <Table size="small" data-testid="ranking">
          <TableHead>
            <TableRow>
              <TableCell>{translate(t('rank'))}</TableCell>
              <TableCell>{translate(t('subject'))}</TableCell>
              <TableCell>{translate(subjectType === 'UNIT' ? t('unit_kind') : t('unit'))}</TableCell>
              <TableCell align="right">{translate(t('score'))}</TableCell>
              <TableCell>{translate(t('grade'))}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {ranking.data?.evaluationResults.items.map((r) => (
              <TableRow key={r.id} hover selected={r.subjectId === selected} onClick={() => setSelected(r.subjectId)} sx={{ cursor: 'pointer' }}>
                <TableCell>{r.rank ?? '—'}</TableCell>
                <TableCell>{r.subjectName}</TableCell>
                <TableCell>{subjectType === 'UNIT' ? translate(`app.enums.UnitKind.${r.unitKind}`) : r.unit.name}</TableCell>
                <TableCell align="right">{r.score.toFixed(2)}</TableCell>
                <TableCell>{r.grade}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <TablePager count={ranking.data?.evaluationResults.total ?? 0} page={page} perPage={perPage} onPageChange={setPage} onPerPageChange={setPerPage} />
      </Card>
      {selected ? (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <ResultLedger subjectType={subjectType} subjectId={selected} runId={run?.id} />
          </CardContent>
        </Card>
      ) : null}
    </>
  );
};
