import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/GetApp';
import GridOnIcon from '@mui/icons-material/GridOn';
import { Box, LinearProgress, Typography } from '@mui/material';
import {
  Button,
  useDataProvider,
  useListContext,
  useNotify,
  useResourceContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { saveCsv } from './csv-export';
import { saveBlob, toXlsx } from './xlsx-export';

/** Rows an export reads at most (as react-admin's own CSV export). */
const MAX_ROWS = 1000;
/** Rows per request: the server's largest page, so the progress moves with each answer. */
const PAGE = 100;

type Format = 'csv' | 'xlsx';

interface Progress {
  /** Rows read so far. */
  done: number;
  /** Rows the export will hold (the list's total, at most MAX_ROWS). */
  total: number;
  finished: boolean;
}

/** The column names of the export: the screen's field labels (`unit.name` → the unit field's label + `.name`). */
function useColumnLabel(resource: string): (column: string) => string {
  const translate = useTranslate();
  return (column) => {
    const parts = column.split('.');
    for (let n = parts.length; n > 0; n--) {
      const text = translate(`resources.${resource}.fields.${parts.slice(0, n).join('.')}`, { _: '' });
      if (text) return n === parts.length ? text : `${text}.${parts.slice(n).join('.')}`;
    }
    return column;
  };
}

/**
 * The two exports every list offers, of the list as it is filtered and sorted: 导出 (CSV with a
 * byte-order mark) and 导出 XLSX (the screen's column names), both with formula-looking cells
 * guarded. Rows are read a server page at a time, and a bar beside the buttons shows how many of
 * how many have been read; when the file is saved it says how many rows it holds.
 */
export const ExportButtons = () => {
  const { filterValues, sort, total } = useListContext();
  const resource = useResourceContext() ?? 'export';
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const label = useColumnLabel(resource);
  const [progress, setProgress] = useState<Progress | null>(null);
  const busy = progress !== null && !progress.finished;

  const run = async (format: Format) => {
    let expected = Math.min(total ?? MAX_ROWS, MAX_ROWS);
    setProgress({ done: 0, total: expected, finished: false });
    try {
      const rows: RaRecord[] = [];
      for (let page = 1; rows.length < expected; page++) {
        const answer = await dataProvider.getList(resource, { sort, filter: filterValues, pagination: { page, perPage: PAGE } });
        rows.push(...answer.data);
        expected = Math.min(answer.total ?? rows.length, MAX_ROWS);
        setProgress({ done: Math.min(rows.length, expected), total: expected, finished: false });
        if (answer.data.length < PAGE) break;
      }
      const records = rows.slice(0, MAX_ROWS) as Record<string, unknown>[];
      if (format === 'csv') {
        saveCsv(records, resource);
      } else {
        const name = translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
        saveBlob(await toXlsx(records, name, label), `${resource}.xlsx`);
      }
      setProgress({ done: records.length, total: records.length, finished: true });
    } catch {
      setProgress(null);
      notify('ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <>
      <Button label="ra.action.export" onClick={() => run('csv')} disabled={busy || total === 0} startIcon={<DownloadIcon />} />
      <Button label="app.exchange.export_xlsx" onClick={() => run('xlsx')} disabled={busy || total === 0} startIcon={<GridOnIcon />} />
      {progress ? (
        <Box sx={{ width: 160, ml: 1 }}>
          <LinearProgress
            variant="determinate"
            value={progress.total ? (progress.done / progress.total) * 100 : 100}
            aria-label={translate('app.exchange.export_progress')}
          />
          <Typography variant="caption" role="status">
            {translate(progress.finished ? 'app.exchange.exported' : 'app.exchange.exporting', {
              done: progress.done,
              total: progress.total,
              smart_count: progress.total,
            })}
          </Typography>
        </Box>
      ) : null}
    </>
  );
};
