import { useState } from 'react';
import GridOnIcon from '@mui/icons-material/GridOn';
import { Button, useDataProvider, useListContext, useNotify, useResourceContext, useTranslate } from 'react-admin';
import { saveBlob, toXlsx } from './xlsx-export';

/** Rows an export reads at most (as react-admin's CSV export). */
const MAX_ROWS = 1000;

/** Exports the list as it is filtered and sorted to XLSX, with the screen's (Chinese) column names. */
export const XlsxExportButton = () => {
  const { filterValues, sort, total } = useListContext();
  const resource = useResourceContext() ?? 'export';
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const label = (column: string) => {
    const parts = column.split('.');
    // unit.name → the unit field's name; fall back to the path itself.
    for (let n = parts.length; n > 0; n--) {
      const key = `resources.${resource}.fields.${parts.slice(0, n).join('.')}`;
      const text = translate(key, { _: '' });
      if (text) return n === parts.length ? text : `${text}.${parts.slice(n).join('.')}`;
    }
    return column;
  };
  const onClick = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.getList(resource, { sort, filter: filterValues, pagination: { page: 1, perPage: MAX_ROWS } });
      const name = translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
      saveBlob(await toXlsx(data as Record<string, unknown>[], name, label), `${resource}.xlsx`);
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="app.exchange.export_xlsx" onClick={onClick} disabled={busy || total === 0} startIcon={<GridOnIcon />} />;
};
