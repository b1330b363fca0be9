import MeasureIcon from '@mui/icons-material/Balance';
import type { RaRecord } from 'react-admin';
import { MeasureCreate } from './MeasureCreate';
import { MeasureEdit } from './MeasureEdit';
import { MeasureList } from './MeasureList';
import { MeasureShow } from './MeasureShow';

export default {
  list: MeasureList,
  create: MeasureCreate,
  edit: MeasureEdit,
  show: MeasureShow,
  icon: MeasureIcon,
  recordRepresentation: (record: RaRecord) => `${record.name}（${record.code}）`,
};
