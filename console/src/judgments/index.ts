import JudgmentIcon from '@mui/icons-material/AssuredWorkload';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

// No edit: an entered judgment changes only by its fulfilment.
export default {
  list: lazyScreen(() => import('./JudgmentList'), 'JudgmentList'),
  create: lazyScreen(() => import('./JudgmentCreate'), 'JudgmentCreate'),
  show: lazyScreen(() => import('./JudgmentShow'), 'JudgmentShow'),
  icon: JudgmentIcon,
  recordRepresentation: (record: RaRecord) => String(record.documentNumber ?? record.obligation),
};
