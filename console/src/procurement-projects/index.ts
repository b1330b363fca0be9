import ProcurementIcon from '@mui/icons-material/ShoppingCart';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

// No edit: a project changes only through its workflow steps.
export default {
  list: lazyScreen(() => import('./ProcurementProjectList'), 'ProcurementProjectList'),
  create: lazyScreen(() => import('./ProcurementProjectCreate'), 'ProcurementProjectCreate'),
  show: lazyScreen(() => import('./ProcurementProjectShow'), 'ProcurementProjectShow'),
  icon: ProcurementIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} ${record.name}`,
};
