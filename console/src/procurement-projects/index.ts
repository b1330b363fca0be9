import ProcurementIcon from '@mui/icons-material/ShoppingCart';
import type { RaRecord } from 'react-admin';
import { ProcurementProjectCreate } from './ProcurementProjectCreate';
import { ProcurementProjectList } from './ProcurementProjectList';
import { ProcurementProjectShow } from './ProcurementProjectShow';

// No edit: a project changes only through its workflow steps.
export default {
  list: ProcurementProjectList,
  create: ProcurementProjectCreate,
  show: ProcurementProjectShow,
  icon: ProcurementIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} ${record.name}`,
};
