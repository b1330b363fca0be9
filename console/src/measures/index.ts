import MeasureIcon from '@mui/icons-material/Balance';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./MeasureList'), 'MeasureList'),
  create: lazyScreen(() => import('./MeasureCreate'), 'MeasureCreate'),
  edit: lazyScreen(() => import('./MeasureEdit'), 'MeasureEdit'),
  show: lazyScreen(() => import('./MeasureShow'), 'MeasureShow'),
  icon: MeasureIcon,
  recordRepresentation: (record: RaRecord) => `${record.name}（${record.code}）`,
};
