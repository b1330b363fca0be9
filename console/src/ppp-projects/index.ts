import PppIcon from '@mui/icons-material/AccountBalance';
import type { RaRecord } from 'react-admin';
import { PppProjectCreate } from './PppProjectCreate';
import { PppProjectList } from './PppProjectList';
import { PppProjectShow } from './PppProjectShow';

// No edit: a project changes through its stages, partner and obligations.
export default {
  list: PppProjectList,
  create: PppProjectCreate,
  show: PppProjectShow,
  icon: PppIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} ${record.name}`,
};
