import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { WrappedTick } from '../common/WrappedTick';
import type { EvaluationWhatIfQuery } from '../generated/graphql';

const t = (key: string) => `app.scoring.what_if.${key}`;
const AXIS = 120;
/** The subjects drawn: the largest differences (the answer's order); the table lists them all. */
const DRAWN = 15;

/** Published and what-if score per subject, as pairs of bars. */
export const WhatIfChart = ({ rows }: { rows: EvaluationWhatIfQuery['evaluationWhatIf']['items'] }) => {
  const translate = useTranslate();
  const current = translate(t('current'));
  const simulated = translate(t('simulated'));
  const data = rows.slice(0, DRAWN).map((r) => ({ name: r.subjectName, [current]: r.fromScore ?? 0, [simulated]: r.toScore ?? 0 }));
  const scores = data.flatMap((d) => [Number(d[current]), Number(d[simulated])]);
  const low = Math.max(0, Math.floor((Math.min(...scores) - 2) / 5) * 5);
  return (
    <div data-testid="what-if-chart">
      <Typography variant="subtitle2">{translate(t('chart'))}</Typography>
      <ResponsiveContainer width="100%" height={Math.max(200, data.length * 34 + 60)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" domain={[low, 'auto']} />
          <YAxis type="category" dataKey="name" width={AXIS} interval={0} tick={(props: object) => <WrappedTick {...props} width={AXIS} />} />
          <Tooltip />
          <Legend />
          <Bar dataKey={current} fill="#90a4ae" isAnimationActive={false} />
          <Bar dataKey={simulated} fill="#1976d2" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
};
