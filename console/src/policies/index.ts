import PolicyIcon from '@mui/icons-material/Policy';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./PolicyList'), 'PolicyList'),
  create: lazyScreen(() => import('./PolicyCreate'), 'PolicyCreate'),
  edit: lazyScreen(() => import('./PolicyEdit'), 'PolicyEdit'),
  show: lazyScreen(() => import('./PolicyShow'), 'PolicyShow'),
  icon: PolicyIcon,
  recordRepresentation: (record: RaRecord) => `${record.title}（${record.documentNumber}）`,
};
