import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import CompareIcon from '@mui/icons-material/CompareArrows';
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
import { useApolloClient } from '@apollo/client';
import { stripTypename } from '@apollo/client/utilities';
import { Title, useCanAccess, useLocation, useNavigate, useNotify, useTranslate } from 'react-admin';
import {
  EvaluationSchemeOneDocument,
  useEvaluationSchemeUpdateMutation,
  useEvaluationWhatIfLazyQuery,
  useWhatIfChoicesQuery,
  type EvaluationWhatIfQuery,
} from '../generated/graphql';
import { rulesInput } from '../evaluation-schemes/evaluation-schemes.source';
import { errorMessage as messageOf } from '../providers/server-error';

const t = (key: string) => `app.scoring.what_if.${key}`;
// The chart pulls in recharts; it is downloaded with the first comparison.
const WhatIfChart = lazy(async () => ({ default: (await import('./WhatIfChart')).WhatIfChart }));

type Row = EvaluationWhatIfQuery['evaluationWhatIf']['items'][number];

/** Weights as typed, keyed by indicator code. */
type Weights = Record<string, string>;

/**
 * 模拟测算: a scheme (normally a draft, whose weights an administrator may change here first)
 * applied to a period's current data, beside the published result: score, grade and rank per
 * subject, the rank change highlighted, and the scores as a chart.
 */
export const WhatIfPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const params = new URLSearchParams(location.search);
  const schemeId = params.get('schemeId') ?? '';
  const period = params.get('period') ?? '';
  const choices = useWhatIfChoicesQuery({ fetchPolicy: 'network-only' });
  const [run, result] = useEvaluationWhatIfLazyQuery({ fetchPolicy: 'network-only' });
  const [update, { loading: saving }] = useEvaluationSchemeUpdateMutation();
  const { canAccess: mayEdit } = useCanAccess({ resource: 'evaluation-schemes', action: 'edit' });

  const schemes = choices.data?.evaluationSchemes.items ?? [];
  const scheme = schemes.find((s) => s.id === schemeId);
  const periods = useMemo(
    () =>
      scheme
        ? [
            ...new Set(
              (choices.data?.evaluationRuns.items ?? [])
                .filter((r) => r.status === 'PUBLISHED' && r.subjectType === scheme.subjectType && r.periodKind === scheme.periodKind)
                .map((r) => r.period),
            ),
          ]
        : [],
    [choices.data, scheme],
  );
  const [weights, setWeights] = useState<Weights>({});
  useEffect(() => {
    if (!scheme) return;
    setWeights(
      Object.fromEntries(scheme.rules.indicators.flatMap((g) => [[g.code, String(g.weight)], ...g.children.map((c) => [c.code, String(c.weight)])])),
    );
  }, [scheme]);
  const choose = (next: { schemeId?: string; period?: string }) => {
    const merged = { schemeId, period, ...next };
    const query = new URLSearchParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v))).toString();
    navigate({ pathname: location.pathname, search: query ? `?${query}` : '' }, { replace: true });
  };
  useEffect(() => {
    if (scheme && periods.length && !periods.includes(period)) choose({ period: periods[0] });
  }, [scheme, periods, period]);

  const compare = () => {
    if (scheme && period) void run({ variables: { schemeId: scheme.id, period, limit: 100 } });
  };
  const editable = !!scheme && scheme.status === 'DRAFT' && mayEdit;
  const saveAndCompare = async () => {
    if (!scheme) return;
    try {
      // The whole rule document of the draft, read fresh: an update replaces it as a whole.
      const { data } = await client.query({ query: EvaluationSchemeOneDocument, variables: { id: scheme.id }, fetchPolicy: 'network-only' });
      const rules = rulesInput(stripTypename(data.evaluationScheme.rules));
      rules.indicators = rules.indicators.map((g) => ({
        ...g,
        weight: Number(weights[g.code] ?? g.weight),
        children: g.children.map((c) => ({ ...c, weight: Number(weights[c.code] ?? c.weight) })),
      }));
      await update({ variables: { id: scheme.id, input: { rules }, version: data.evaluationScheme.version } });
      notify(t('weights_saved'), { type: 'success' });
      await choices.refetch();
      compare();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };

  const answer = result.data?.evaluationWhatIf;
  const busy = result.loading || saving;
  return (
    <>
      <Title title={t('title')} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate(t('intro'))}
          </Typography>
          <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              select
              size="small"
              label={translate(t('scheme'))}
              value={scheme ? schemeId : ''}
              onChange={(e) => choose({ schemeId: e.target.value, period: '' })}
              sx={{ minWidth: 320 }}
              slotProps={{ htmlInput: { 'data-testid': 'what-if-scheme' } }}
            >
              {schemes.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {translate(t('scheme_option'), { name: s.name, revision: s.revision, status: translate(`app.enums.SchemeStatus.${s.status}`) })}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={translate(t('period'))}
              value={periods.includes(period) ? period : ''}
              onChange={(e) => choose({ period: e.target.value })}
              sx={{ width: 160 }}
            >
              {periods.map((p) => (
                <MenuItem key={p} value={p}>
                  {p}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="contained"
              disabled={!scheme || !period || busy}
              onClick={compare}
              startIcon={busy ? <CircularProgress size={16} /> : <CompareIcon />}
            >
              {translate(busy ? t('running') : t('run'))}
            </Button>
          </Stack>
          {scheme && periods.length === 0 && choices.data ? (
            <Alert severity="info" sx={{ mt: 2 }}>
              {translate(t('no_period'))}
            </Alert>
          ) : null}
          {editable ? (
            <Box sx={{ mt: 2 }} data-testid="what-if-weights">
              <Typography variant="subtitle2" sx={{ mb: 1 }}>
                {translate(t('weights'))}
              </Typography>
              <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
                {scheme.rules.indicators.flatMap((g) => [g, ...g.children]).map((i) => (
                  <TextField
                    key={i.code}
                    size="small"
                    type="number"
                    label={`${i.code} ${i.name}`}
                    value={weights[i.code] ?? ''}
                    onChange={(e) => setWeights({ ...weights, [i.code]: e.target.value })}
                    sx={{ width: 170 }}
                  />
                ))}
              </Stack>
              <Button sx={{ mt: 1 }} variant="outlined" disabled={busy || !period} onClick={saveAndCompare}>
                {translate(t('save_weights'))}
              </Button>
            </Box>
          ) : null}
          {busy ? <LinearProgress sx={{ mt: 2 }} /> : null}
          {result.error ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {translate(messageOf(result.error))}
            </Alert>
          ) : null}
        </CardContent>
      </Card>
      {answer && !busy ? (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <Typography data-testid="what-if-summary" sx={{ mb: 2 }}>
              {translate(t('summary'), {
                subjects: answer.subjects,
                changed: answer.changed,
                gradeChanged: answer.gradeChanged,
                from: answer.publishedAverage ?? '—',
                to: answer.simulatedAverage ?? '—',
              })}
            </Typography>
            {answer.items.length === 0 ? (
              <Typography color="text.secondary">{translate(t('none'))}</Typography>
            ) : (
              <>
                <Suspense fallback={<LinearProgress />}>
                  <WhatIfChart rows={answer.items} />
                </Suspense>
                <ComparisonTable rows={answer.items} />
              </>
            )}
          </CardContent>
        </Card>
      ) : null}
    </>
  );
};

const score = (n: number | null | undefined) => (n == null ? '—' : n.toFixed(2));

/** Current and what-if side by side; a better rank in green, a worse one in red. */
const ComparisonTable = ({ rows }: { rows: Row[] }) => {
  const translate = useTranslate();
  const head = (key: string, props: object = {}) => <TableCell {...props}>{translate(t(key))}</TableCell>;
  return (
    <Table size="small" data-testid="what-if-table" sx={{ mt: 2 }}>
      <TableHead>
        <TableRow>
          {head('subject', { rowSpan: 2 })}
          {head('unit_kind', { rowSpan: 2 })}
          {head('current', { colSpan: 3, align: 'center' })}
          {head('simulated', { colSpan: 3, align: 'center' })}
          {head('delta', { rowSpan: 2, align: 'right' })}
          {head('rank_change', { rowSpan: 2 })}
        </TableRow>
        <TableRow>
          {head('score', { align: 'right' })}
          {head('rank', { align: 'right' })}
          {head('grade')}
          {head('score', { align: 'right' })}
          {head('rank', { align: 'right' })}
          {head('grade')}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => {
          // A smaller rank number is better: rising means the what-if rank is below the published one.
          const moved = r.fromRank != null && r.toRank != null ? r.fromRank - r.toRank : 0;
          return (
            <TableRow key={r.subjectId} className={moved ? 'rank-moved' : undefined}>
              <TableCell>{r.subjectName}</TableCell>
              <TableCell>{translate(`app.enums.UnitKind.${r.unitKind}`)}</TableCell>
              <TableCell align="right">{score(r.fromScore)}</TableCell>
              <TableCell align="right" className="from-rank">
                {r.fromRank ?? '—'}
              </TableCell>
              <TableCell>{r.fromGrade ?? '—'}</TableCell>
              <TableCell align="right">{score(r.toScore)}</TableCell>
              <TableCell align="right" className="to-rank">
                {r.toRank ?? '—'}
              </TableCell>
              <TableCell sx={r.fromGrade !== r.toGrade ? { fontWeight: 700 } : undefined}>{r.toGrade ?? '—'}</TableCell>
              <TableCell align="right">{r.delta > 0 ? `+${r.delta.toFixed(2)}` : r.delta.toFixed(2)}</TableCell>
              <TableCell className="rank-change">
                {moved ? (
                  <Chip
                    size="small"
                    color={moved > 0 ? 'success' : 'error'}
                    label={translate(t(moved > 0 ? 'up' : 'down'), { n: Math.abs(moved) })}
                  />
                ) : (
                  translate(t('same'))
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
