import { Alert, Card, CardContent, CardHeader, Grid, List, ListItem, ListItemText, Typography } from '@mui/material';
import { type SubjectType } from '../generated/graphql';
import { usePortalHonourRollQuery } from '../generated/portal';
import { fill } from './messages';
import { problemOf, usePortalText } from './text';

const Roll = ({ subjectType, title }: { subjectType: SubjectType; title: string }) => {
  const { text } = usePortalText();
  const { data, error } = usePortalHonourRollQuery({ variables: { subjectType } });
  const roll = data?.publicHonourRoll;
  return (
    <Card variant="outlined">
      <CardHeader title={title} subheader={roll?.period ? fill(text.honour.intro, { period: roll.period }) : undefined} />
      <CardContent>
        {error ? <Alert severity="error">{fill(text.error, { message: problemOf(error) })}</Alert> : null}
        {roll && !roll.period ? <Alert severity="info">{text.honour.none}</Alert> : null}
        <List dense aria-label={title}>
          {roll?.items.map((x, i) => (
            <ListItem key={i} divider>
              <ListItemText primary={`${x.subjectName}${subjectType === 'PERSON' ? `（${x.unitName}）` : ''}`} secondary={`${text.honour.score} ${x.score} · ${text.grades[x.grade]}`} />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};

/** 守信红榜: exemplary units and staff of the latest published year. */
export const HonourTab = () => {
  const { text } = usePortalText();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Roll subjectType="UNIT" title={text.honour.units} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Roll subjectType="PERSON" title={text.honour.people} />
      </Grid>
      <Grid size={12}>
        <Typography variant="caption" color="text.secondary">
          {text.rules.masking}
        </Typography>
      </Grid>
    </Grid>
  );
};
