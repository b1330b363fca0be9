import { Card, CardContent, Skeleton, Typography } from '@mui/material';

interface CountCardProps {
  label: string;
  value: number | undefined;
}

/** One number with its caption (dashboard, integrity file); a placeholder while it loads. */
export const CountCard = ({ label, value }: CountCardProps) => (
  <Card variant="outlined" role="group" aria-label={label}>
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
