import { useState } from 'react';
import { Alert, Chip, FormControl, InputLabel, MenuItem, Select, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { type RecordCategory } from '../generated/graphql';
import { usePortalRecordsQuery, usePortalUnitsQuery } from '../generated/portal';
import { fill } from './messages';
import { problemOf, usePortalText } from './text';

const PAGE = 20;

/** 失信记录公示: the records disclosed today, by unit and category. */
export const RecordsTab = () => {
  const { text, enums } = usePortalText();
  const t = text.records;
  const [unitCode, setUnitCode] = useState('');
  const [category, setCategory] = useState<RecordCategory | ''>('');
  const [page, setPage] = useState(0);
  const units = usePortalUnitsQuery();
  const { data, loading, error } = usePortalRecordsQuery({
    variables: { filter: { unitCode: unitCode || null, category: category || null }, offset: page * PAGE, limit: PAGE },
  });
  const list = data?.publicRecords;
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t.intro}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormControl size="small" sx={{ minWidth: 260 }}>
          <InputLabel id="portal-unit">{t.unit}</InputLabel>
          <Select labelId="portal-unit" label={t.unit} value={unitCode} onChange={(e) => { setUnitCode(e.target.value); setPage(0); }}>
            <MenuItem value="">{t.all_units}</MenuItem>
            {units.data?.publicUnits.map((u) => (
              <MenuItem key={u.code} value={u.code}>
                {u.name}（{u.disclosedRecords}）
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl size="small" sx={{ minWidth: 220 }}>
          <InputLabel id="portal-category">{t.category}</InputLabel>
          <Select labelId="portal-category" label={t.category} value={category} onChange={(e) => { setCategory(e.target.value as RecordCategory | ''); setPage(0); }}>
            <MenuItem value="">{t.all_categories}</MenuItem>
            {Object.entries(enums.RecordCategory).map(([value, label]) => (
              <MenuItem key={value} value={value}>
                {label}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Stack>
      {error ? <Alert severity="error">{fill(text.error, { message: problemOf(error) })}</Alert> : null}
      {loading && !list ? <Typography>{text.loading}</Typography> : null}
      {list && list.items.length === 0 ? <Alert severity="info">{t.none}</Alert> : null}
      {list && list.items.length > 0 ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {fill(t.as_of, { day: list.asOf, total: list.total })}
          </Typography>
          <Table size="small" aria-label={text.tabs.records}>
            <TableHead>
              <TableRow>
                <TableCell>{t.subject}</TableCell>
                <TableCell>{t.unit_column}</TableCell>
                <TableCell>{t.category}</TableCell>
                <TableCell>{t.severity}</TableCell>
                <TableCell>{t.decided}</TableCell>
                <TableCell>{t.authority}</TableCell>
                <TableCell>{t.period}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.items.map((r, i) => (
                <TableRow key={`${page}-${i}`}>
                  <TableCell>
                    {r.subjectName}
                    {r.disputed ? <Chip size="small" color="warning" label={t.disputed} sx={{ ml: 1 }} /> : null}
                  </TableCell>
                  <TableCell>{r.unitName}</TableCell>
                  <TableCell>{enums.RecordCategory[r.category]}</TableCell>
                  <TableCell>{enums.Severity[r.severity]}</TableCell>
                  <TableCell>{r.decisionDate ?? '—'}</TableCell>
                  <TableCell>
                    {r.decidingAuthority ?? '—'}
                    {r.documentNumber ? ` ${r.documentNumber}` : ''}
                  </TableCell>
                  <TableCell>
                    {r.disclosureStart} ~ {r.disclosureEnd}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination component="div" count={list.total} page={page} rowsPerPage={PAGE} rowsPerPageOptions={[PAGE]} labelDisplayedRows={({ from, to, count }) => `${from}–${to} / ${count}`} onPageChange={(_e, p) => setPage(p)} />
        </>
      ) : null}
    </Stack>
  );
};
