import { Alert, List, ListItem, ListItemText, Typography } from '@mui/material';
import { usePortalRulesQuery } from '../generated/portal';
import { fill } from './messages';
import { problemOf, usePortalText } from './text';

/** 公示规则: the periods in force, from the credit policy. */
export const RulesTab = () => {
  const { text } = usePortalText();
  const t = text.rules;
  const { data, error } = usePortalRulesQuery();
  const r = data?.publicDisclosureRules;
  if (error) return <Alert severity="error">{fill(text.error, { message: problemOf(error) })}</Alert>;
  if (!r) return <Typography>{text.loading}</Typography>;
  const lines = [
    fill(t.periods, { general: r.disclosureDaysGeneral, serious: r.disclosureDaysSerious, grave: r.disclosureDaysGrave }),
    fill(t.repair, { general: r.repairMinDaysGeneral, serious: r.repairMinDaysSerious, grave: r.repairMinDaysGrave }),
    fill(t.objection, { window: r.objectionWindowWorkingDays, decide: r.objectionDecisionWorkingDays }),
    t.masking,
    fill(t.paging, { size: r.pageSize }),
  ];
  return (
    <>
      <Typography sx={{ mb: 1 }}>{t.intro}</Typography>
      <List>
        {lines.map((line, i) => (
          <ListItem key={i} divider>
            <ListItemText primary={`${i + 1}. ${line}`} />
          </ListItem>
        ))}
      </List>
    </>
  );
};
