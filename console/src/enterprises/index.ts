import EnterpriseIcon from '@mui/icons-material/Business';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./EnterpriseList'), 'EnterpriseList'),
  create: lazyScreen(() => import('./EnterpriseCreate'), 'EnterpriseCreate'),
  edit: lazyScreen(() => import('./EnterpriseEdit'), 'EnterpriseEdit'),
  show: lazyScreen(() => import('./EnterpriseShow'), 'EnterpriseShow'),
  icon: EnterpriseIcon,
  recordRepresentation: (record: RaRecord) => String(record.name),
};
