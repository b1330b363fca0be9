import EnterpriseIcon from '@mui/icons-material/Business';
import type { RaRecord } from 'react-admin';
import { EnterpriseCreate } from './EnterpriseCreate';
import { EnterpriseEdit } from './EnterpriseEdit';
import { EnterpriseList } from './EnterpriseList';
import { EnterpriseShow } from './EnterpriseShow';

export default {
  list: EnterpriseList,
  create: EnterpriseCreate,
  edit: EnterpriseEdit,
  show: EnterpriseShow,
  icon: EnterpriseIcon,
  recordRepresentation: (record: RaRecord) => String(record.name),
};
