import SupervisionTaskIcon from '@mui/icons-material/AssignmentLate';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./SupervisionTaskList'), 'SupervisionTaskList'),
  create: lazyScreen(() => import('./SupervisionTaskCreate'), 'SupervisionTaskCreate'),
  edit: lazyScreen(() => import('./SupervisionTaskEdit'), 'SupervisionTaskEdit'),
  show: lazyScreen(() => import('./SupervisionTaskShow'), 'SupervisionTaskShow'),
  icon: SupervisionTaskIcon,
  recordRepresentation: (record: RaRecord) => String(record.title),
};
