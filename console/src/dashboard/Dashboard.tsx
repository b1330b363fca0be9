import { Card, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { useDashboardCountsQuery } from '../generated/graphql';

const Count = ({ label, value }: { label: string; value: number | undefined }) => (
  <Card variant="outlined">
    <CardContent>
      <Typography color="text.secondary" gutterBottom>
        {label}
      </Typography>
      <Typography variant="h4" component="p">
        {value ?? <Skeleton width={60} />}
      </Typography>
    </CardContent>
  </Card>
);

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // Counts are what the caller may see: a unit reporter sees its own unit's.
  const { data } = useDashboardCountsQuery({ fetchPolicy: 'network-only' });
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
      <Grid container spacing={2} sx={{ mt: 0 }}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Count label={translate('app.dashboard.units')} value={data?.units.total} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Count label={translate('app.dashboard.people')} value={data?.people.total} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Count label={translate('app.dashboard.civil_servants')} value={data?.civilServants.total} />
        </Grid>
      </Grid>
    </>
  );
};
