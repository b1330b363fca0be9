import type { ReactNode } from 'react';
import { Box, Card, CardContent, CardHeader, Chip, Grid, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link, useCanAccess, useTranslate } from 'react-admin';
import { DaysLeftChip } from '../common/DeadlineField';
import { WrappedTick } from '../common/WrappedTick';
import { useDashboardEvaluationRunsQuery, useDashboardGradeDistributionQuery, useDashboardRecordStatisticsQuery, useDashboardWarningsQuery } from '../generated/first-page';
import { WARNINGS_ROUTE } from '../routes';
import { useEntityLinks } from '../warnings/entity-links';

const t = (key: string) => `app.dashboard.${key}`;
const COLORS = ['#1976d2', '#2e7d32', '#ed6c02', '#9c27b0', '#d32f2f', '#0288d1', '#689f38', '#f9a825', '#5d4037', '#455a64', '#c2185b', '#00796b'];
const GRADE_COLORS: Record<string, string> = { A: '#2e7d32', B: '#1976d2', C: '#ed6c02', D: '#d32f2f' };
const HEIGHT = 260;
const UNIT_AXIS = 112;

/** One chart in a card; `testId` names it for the browser tests. */
const ChartCard = ({ title, subheader, testId, children }: { title: string; subheader?: string; testId: string; children: ReactNode }) => (
  <Card variant="outlined" sx={{ height: '100%' }} data-testid={testId}>
    <CardHeader title={title} subheader={subheader} slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }} />
    <CardContent sx={{ pt: 0 }}>{children}</CardContent>
  </Card>
);

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ height: HEIGHT, display: 'grid', placeItems: 'center' }}>
      <Typography color="text.secondary">{translate(t('no_data'))}</Typography>
    </Box>
  );
};

/** 失信记录: the last twelve months by month, by category and by unit (the caller's data scope). */
const RecordCharts = () => {
  const translate = useTranslate();
  const { data } = useDashboardRecordStatisticsQuery({ fetchPolicy: 'network-only' });
  const stats = data?.recordStatistics;
  const count = translate(t('records'));
  const months = stats?.byMonth.map((m) => ({ month: m.month, [count]: m.count })) ?? [];
  const categories = stats?.byCategory.map((c) => ({ name: translate(`app.enums.RecordCategory.${c.category}`), value: c.count })) ?? [];
  const units = stats?.byUnit.map((u) => ({ name: u.unit.name, [count]: u.count })) ?? [];
  const subheader = stats ? translate(t('since'), { month: stats.fromMonth, total: stats.total }) : undefined;
  return (
    <>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard title={translate(t('records_by_month'))} subheader={subheader} testId="chart-records-by-month">
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <LineChart data={months} margin={{ left: -20, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Line type="monotone" dataKey={count} stroke={COLORS[0]} strokeWidth={2} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6, lg: 3 }}>
        <ChartCard title={translate(t('records_by_category'))} testId="chart-records-by-category">
          {stats && categories.length === 0 ? (
            <Empty />
          ) : (
            <ResponsiveContainer width="100%" height={HEIGHT}>
              <PieChart>
                <Pie data={categories} dataKey="value" nameKey="name" innerRadius={45} outerRadius={90} isAnimationActive={false}>
                  {categories.map((c, i) => (
                    <Cell key={c.name} fill={COLORS[i % COLORS.length]} />
                  ))}
                </Pie>
                <Tooltip />
              </PieChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6, lg: 3 }}>
        <ChartCard title={translate(t('records_by_unit'))} testId="chart-records-by-unit">
          {stats && units.length === 0 ? (
            <Empty />
          ) : (
            <ResponsiveContainer width="100%" height={HEIGHT}>
              <BarChart data={units} layout="vertical" margin={{ left: 8, right: 16 }}>
                <XAxis type="number" allowDecimals={false} />
                {/* Long unit names wrap onto two lines, ellipsised beyond, the whole name on hover. */}
                <YAxis type="category" dataKey="name" width={UNIT_AXIS} interval={0} tick={(props: object) => <WrappedTick {...props} width={UNIT_AXIS} />} />
                <Tooltip />
                <Bar dataKey={count} fill={COLORS[1]} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
      </Grid>
    </>
  );
};

/** 诚信评价: the grade distribution of units in the newest scored period. */
const GradeChart = () => {
  const translate = useTranslate();
  const { data: runs } = useDashboardEvaluationRunsQuery({ fetchPolicy: 'network-only' });
  const period = runs?.evaluationRuns.items.find((r) => r.status === 'PUBLISHED' || r.status === 'COMPUTED')?.period;
  const { data } = useDashboardGradeDistributionQuery({ variables: { period: period ?? '' }, skip: !period, fetchPolicy: 'network-only' });
  const distribution = data?.evaluationDistribution;
  const count = translate(t('units'));
  const grades = distribution?.grades.map((g) => ({ grade: g.grade, name: `${g.grade} ${g.label}`, [count]: g.count })) ?? [];
  const subheader = distribution
    ? translate(t('grade_period'), { period: distribution.run.period, average: distribution.averageScore?.toFixed(1) ?? '—' })
    : undefined;
  return (
    <ChartCard title={translate(t('grades'))} subheader={subheader} testId="chart-grades">
      {runs && !period ? (
        <Empty />
      ) : (
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={grades} margin={{ left: -20, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey={count} isAnimationActive={false}>
              {grades.map((g) => (
                <Cell key={g.grade} fill={GRADE_COLORS[g.grade] ?? COLORS[0]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
};

/** 监测预警: red and yellow counts and the most urgent items, each linking to its page. */
const WarningsCard = () => {
  const translate = useTranslate();
  const { data } = useDashboardWarningsQuery({ fetchPolicy: 'network-only' });
  const board = data?.warnings;
  const linkOf = useEntityLinks(board?.items ?? []);
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid="dashboard-warnings">
      <CardHeader
        title={translate(t('warnings'))}
        slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
        action={
          <Stack direction="row" spacing={1} sx={{ mr: 1 }}>
            <Chip color="error" label={translate(t('red'), { count: board?.red ?? 0 })} />
            <Chip color="warning" label={translate(t('yellow'), { count: board?.yellow ?? 0 })} />
          </Stack>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {board && board.items.length === 0 ? <Typography color="text.secondary">{translate(t('no_warnings'))}</Typography> : null}
        <List dense disablePadding>
          {board?.items.map((w) => {
            const to = linkOf(w);
            return (
              <ListItemButton key={`${w.kind}:${w.entityId}`} component={to ? Link : 'div'} {...(to ? { to } : {})} disabled={!to}>
                <ListItemText primary={w.title} secondary={w.responsibleUnit.name} />
                <DaysLeftChip days={w.daysLeft} />
              </ListItemButton>
            );
          })}
        </List>
        <Box sx={{ mt: 1 }}>
          <Link to={WARNINGS_ROUTE}>{translate(t('all_warnings'), { total: board?.total ?? 0 })}</Link>
        </Box>
      </CardContent>
    </Card>
  );
};

/** The leaders' charts under the dashboard's counts (loaded with recharts when the dashboard opens). */
export const DashboardCharts = () => {
  const { canAccess: seesEvaluation } = useCanAccess({ resource: 'evaluation', action: 'list' });
  return (
    <Grid container spacing={2} sx={{ mt: 2 }}>
      <RecordCharts />
      {seesEvaluation ? (
        <Grid size={{ xs: 12, md: 6 }}>
          <GradeChart />
        </Grid>
      ) : null}
      <Grid size={{ xs: 12, md: seesEvaluation ? 6 : 12 }}>
        <WarningsCard />
      </Grid>
    </Grid>
  );
};
