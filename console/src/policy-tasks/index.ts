import PolicyTaskIcon from '@mui/icons-material/Checklist';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./PolicyTaskList'), 'PolicyTaskList'),
  create: lazyScreen(() => import('./PolicyTaskCreate'), 'PolicyTaskCreate'),
  edit: lazyScreen(() => import('./PolicyTaskEdit'), 'PolicyTaskEdit'),
  show: lazyScreen(() => import('./PolicyTaskShow'), 'PolicyTaskShow'),
  icon: PolicyTaskIcon,
  recordRepresentation: (record: RaRecord) => String(record.measure),
};
