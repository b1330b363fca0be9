import { Suspense } from 'react';
import { Card, CardContent, Grid, LinearProgress, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { CountCard } from '../common/CountCard';
import { lazyScreen } from '../common/lazy-screen';
import { useDashboardCountsQuery } from '../generated/first-page';

// The charts bring recharts along: downloaded after the counts are on screen.
const DashboardCharts = lazyScreen(() => import('./DashboardCharts'), 'DashboardCharts');

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // Counts are what the caller may see: a unit reporter sees its own unit's.
  const { data } = useDashboardCountsQuery({ fetchPolicy: 'network-only' });
  const counts: [string, number | undefined][] = [
    ['app.dashboard.units', data?.units.total],
    ['app.dashboard.people', data?.people.total],
    ['app.dashboard.civil_servants', data?.civilServants.total],
    ['app.dashboard.confirmed_records', data?.confirmedRecords.total],
    ['app.dashboard.disputed_records', data?.disputedRecords.total],
    ['app.dashboard.pending_commitments', data?.pendingCommitments.total],
  ];
  return (
    <>
      <Title title="ra.page.dashboard" />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="h5" component="h2" gutterBottom>
            {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          <Typography color="text.secondary">{translate('app.dashboard.intro')}</Typography>
        </CardContent>
      </Card>
      <Grid container spacing={2} sx={{ mt: 2 }}>
        {counts.map(([label, value]) => (
          <Grid key={label} size={{ xs: 12, sm: 6, md: 4 }}>
            <CountCard label={translate(label)} value={value} />
          </Grid>
        ))}
      </Grid>
      <Suspense fallback={<LinearProgress sx={{ mt: 2 }} />}>
        <DashboardCharts />
      </Suspense>
    </>
  );
};
