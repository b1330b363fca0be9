import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { EvaluationSchemeRecord } from './evaluation-schemes.source';

const t = (key: string) => `app.scoring.schemes.${key}`;
const f = (key: string) => `resources.evaluation-schemes.fields.${key}`;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, ''));

/**
 * A scheme's rules as a reader needs them: each indicator with its weight, its share of the
 * base score and its full marks (base × both weights, the most deducted under it unless capped
 * lower), then deductions, credits, grades and which records count.
 */
export const SchemeRules = () => {
  const translate = useTranslate();
  const scheme = useRecordContext<EvaluationSchemeRecord>();
  if (!scheme) return null;
  const { rules } = scheme;
  const heading = (key: string) => (
    <Typography variant="subtitle1" sx={{ mt: 3, mb: 1 }}>
      {translate(key)}
    </Typography>
  );
  return (
    <Box sx={{ maxWidth: 1000 }}>
      <Typography>{translate(t('base'), { base: fmt(rules.baseScore), max: fmt(rules.maxCredits) })}</Typography>
      {heading(t('indicators'))}
      <Table size="small" data-testid="scheme-indicators">
        <TableHead>
          <TableRow>
            <TableCell>{translate(t('indicator'))}</TableCell>
            <TableCell align="right">{translate(t('weight'))}</TableCell>
            <TableCell sx={{ width: 260 }}>{translate(t('share'))}</TableCell>
            <TableCell align="right">{translate(t('full_marks'))}</TableCell>
            <TableCell align="right">{translate(t('cap'))}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rules.indicators.flatMap((g) => {
            const groupMarks = (rules.baseScore * g.weight) / 100;
            return [
              <TableRow key={g.code} sx={{ '& td': { fontWeight: 600 } }}>
                <TableCell>
                  {g.code} {g.name}
                </TableCell>
                <TableCell align="right">{fmt(g.weight)}%</TableCell>
                <TableCell>
                  <WeightBar percent={g.weight} />
                </TableCell>
                <TableCell align="right">{fmt(groupMarks)}</TableCell>
                <TableCell />
              </TableRow>,
              ...g.children.map((c) => {
                const marks = (groupMarks * c.weight) / 100;
                const share = (g.weight * c.weight) / 100;
                return (
                  <TableRow key={c.code} className="scheme-leaf">
                    <TableCell sx={{ pl: 4 }}>
                      {c.code} {c.name}
                    </TableCell>
                    <TableCell align="right">{fmt(c.weight)}%</TableCell>
                    <TableCell>
                      <WeightBar percent={share} light />
                    </TableCell>
                    <TableCell align="right" className="full-marks">
                      {fmt(marks)}
                    </TableCell>
                    <TableCell align="right">{fmt(Math.min(c.cap ?? marks, marks))}</TableCell>
                  </TableRow>
                );
              }),
            ];
          })}
        </TableBody>
      </Table>
      {heading(t('deductions'))}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate(f('category'))}</TableCell>
            <TableCell>{translate(f('severity'))}</TableCell>
            <TableCell>{translate(f('indicator'))}</TableCell>
            <TableCell align="right">{translate(t('points'))}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rules.deductions.map((d) => (
            <TableRow key={`${d.category}/${d.severity}`}>
              <TableCell>{translate(`app.enums.RecordCategory.${d.category}`)}</TableCell>
              <TableCell>{translate(`app.enums.Severity.${d.severity}`)}</TableCell>
              <TableCell>{d.indicator}</TableCell>
              <TableCell align="right">−{fmt(d.points)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {heading(t('credits'))}
      <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
        {rules.credits.map((c) => (
          <Chip
            key={c.kind}
            variant="outlined"
            label={`${translate(`app.enums.CreditKind.${c.kind}`)}：${translate(t('per_item'), { points: fmt(c.points), cap: fmt(c.cap) })}${
              c.minimumRate != null ? ` (≥ ${fmt(c.minimumRate * 100)}%)` : ''
            }`}
          />
        ))}
      </Stack>
      {heading(t('grades'))}
      <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
        {rules.grades.map((g, i) => (
          <Chip key={g.grade} label={`${g.grade} ${g.label}${i < rules.grades.length - 1 ? ` ≥ ${fmt(g.minScore)}` : ''}`} />
        ))}
      </Stack>
      {heading(t('time_rules'))}
      <Typography variant="body2">
        {translate(f('rules.timeRules.recordDate'))}: {translate(`app.enums.RecordDateRule.${rules.timeRules.recordDate}`)}；
        {translate(f('rules.timeRules.countRepaired'))}: {translate(t(rules.timeRules.countRepaired ? 'yes' : 'no'))}；
        {translate(f('rules.timeRules.countDisputed'))}: {translate(t(rules.timeRules.countDisputed ? 'yes' : 'no'))}；
        {translate(f('rules.timeRules.mitigatedFactor'))}: {fmt(rules.timeRules.mitigatedFactor)}
      </Typography>
    </Box>
  );
};

/** A weight drawn to scale (percent of the base score). */
const WeightBar = ({ percent, light }: { percent: number; light?: boolean }) => (
  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
    <Box sx={{ flex: 1, height: 8, bgcolor: 'action.hover', borderRadius: 1 }}>
      <Box sx={{ width: `${Math.min(100, percent)}%`, height: 8, borderRadius: 1, bgcolor: light ? 'primary.light' : 'primary.main' }} />
    </Box>
    <Typography variant="caption" sx={{ width: 44, textAlign: 'right' }}>
      {fmt(percent)}%
    </Typography>
  </Box>
);
