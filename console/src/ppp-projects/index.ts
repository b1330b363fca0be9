import PppIcon from '@mui/icons-material/AccountBalance';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

// No edit: a project changes through its stages, partner and obligations.
export default {
  list: lazyScreen(() => import('./PppProjectList'), 'PppProjectList'),
  create: lazyScreen(() => import('./PppProjectCreate'), 'PppProjectCreate'),
  show: lazyScreen(() => import('./PppProjectShow'), 'PppProjectShow'),
  icon: PppIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} ${record.name}`,
};
