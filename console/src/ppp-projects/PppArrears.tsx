import { Box, Card, LinearProgress, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { DaysLeftChip } from '../common/DeadlineField';
import { formatYuan } from '../common/MoneyField';
import { usePppArrearsQuery } from '../generated/graphql';

const t = (key: string) => `app.arrears.${key}`;

/** 欠款台账: the government side's overdue payments, of one project or of all. */
export const ArrearsTable = ({ projectId }: { projectId?: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { data, loading } = usePppArrearsQuery({ variables: { projectId }, fetchPolicy: 'network-only' });
  const lines = data?.pppArrears ?? [];
  const total = lines.reduce((sum, l) => sum + l.outstanding, 0);
  const columns = [...(projectId ? [] : ['project']), 'obligation', 'dueOn', 'amount', 'paid', 'outstanding', 'overdue'];
  return (
    <Card variant="outlined">
      {loading ? <LinearProgress /> : null}
      <Table size="small" aria-label={translate(t('title'))}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c} align={['amount', 'paid', 'outstanding'].includes(c) ? 'right' : 'left'}>
                {translate(t(`columns.${c}`))}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data && !lines.length ? (
            <TableRow>
              <TableCell colSpan={columns.length}>{translate(t('empty'))}</TableCell>
            </TableRow>
          ) : null}
          {lines.map(({ obligation: o, outstanding, daysOverdue }) => (
            <TableRow key={o.id}>
              {projectId ? null : (
                <TableCell>
                  <Link to={createPath({ resource: 'ppp-projects', id: o.project.id, type: 'show' })}>
                    {o.project.code} {o.project.name}
                  </Link>
                </TableCell>
              )}
              <TableCell>{o.description}</TableCell>
              <TableCell>{o.dueOn}</TableCell>
              <TableCell align="right">{o.amount === null ? '—' : formatYuan(o.amount, locale)}</TableCell>
              <TableCell align="right">{formatYuan(o.paidAmount, locale)}</TableCell>
              <TableCell align="right">{formatYuan(outstanding, locale)}</TableCell>
              <TableCell>
                <DaysLeftChip days={-daysOverdue} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        {lines.length ? (
          <TableFooter>
            <TableRow>
              <TableCell colSpan={columns.length - 2} align="right">
                {translate(t('total'))}
              </TableCell>
              <TableCell align="right">
                <Typography fontWeight="bold" component="span">
                  {formatYuan(total, locale)}
                </Typography>
              </TableCell>
              <TableCell />
            </TableRow>
          </TableFooter>
        ) : null}
      </Table>
    </Card>
  );
};

/** The ledger of every project, as a page of its own. */
export const PppArrearsPage = () => (
  <Box sx={{ mt: 2 }}>
    <Title title={t('title')} />
    <ArrearsTable />
  </Box>
);
