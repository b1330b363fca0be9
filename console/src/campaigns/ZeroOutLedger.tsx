import { Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useCampaignZeroOutQuery, type CampaignZeroOutQuery } from '../generated/graphql';
import type { CampaignRecord } from './campaigns.source';

type Counts = CampaignZeroOutQuery['campaignZeroOut']['total'];

const t = (key: string) => `app.screens.zero_out.${key}`;

const CountCells = ({ counts }: { counts: Counts }) => {
  const translate = useTranslate();
  return (
    <>
      <TableCell align="right">{counts.findings}</TableCell>
      <TableCell align="right">{counts.open}</TableCell>
      <TableCell align="right">{counts.overdue}</TableCell>
      <TableCell align="right">{counts.awaitingVerification}</TableCell>
      <TableCell align="right">{counts.rectified}</TableCell>
      <TableCell align="right">{counts.rectifiedPercent}%</TableCell>
      <TableCell>{counts.zeroedOut ? <Chip size="small" color="success" label={translate(t('zeroed_out'))} /> : null}</TableCell>
    </>
  );
};

/** 清零台账: per unit, how many findings are open, overdue, awaiting verification and closed. */
export const ZeroOutLedger = (_props: { label?: string }) => {
  const record = useRecordContext<CampaignRecord>();
  const translate = useTranslate();
  const { data } = useCampaignZeroOutQuery({ variables: { campaignId: record?.id ?? '' }, skip: !record, fetchPolicy: 'network-only' });
  const ledger = data?.campaignZeroOut;
  if (!ledger) return null;
  const heads = ['unit', 'findings', 'open', 'overdue', 'awaiting', 'rectified', 'percent', 'zeroed_out'];
  return (
    <Card variant="outlined" sx={{ my: 1 }}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {translate(t('title'))}
        </Typography>
        <Table size="small" aria-label={translate(t('title'))}>
          <TableHead>
            <TableRow>
              {heads.map((h, i) => (
                <TableCell key={h} align={i > 0 && i < 7 ? 'right' : 'left'}>
                  {translate(t(h))}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {ledger.units.map((u) => (
              <TableRow key={u.unit.id}>
                <TableCell>{u.unit.name}</TableCell>
                <CountCells counts={u.counts} />
              </TableRow>
            ))}
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{translate(t('total'))}</TableCell>
              <CountCells counts={ledger.total} />
            </TableRow>
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
