import ApplicationIcon from '@mui/icons-material/PlaylistAddCheck';
import type { RaRecord } from 'react-admin';
import { MeasureApplicationCreate } from './MeasureApplicationCreate';
import { MeasureApplicationList } from './MeasureApplicationList';

export default {
  list: MeasureApplicationList,
  create: MeasureApplicationCreate,
  icon: ApplicationIcon,
  recordRepresentation: (record: RaRecord) => `${record.subjectName}：${record.measure?.name ?? ''}`,
};
