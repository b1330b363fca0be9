import ApplicationIcon from '@mui/icons-material/PlaylistAddCheck';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./MeasureApplicationList'), 'MeasureApplicationList'),
  create: lazyScreen(() => import('./MeasureApplicationCreate'), 'MeasureApplicationCreate'),
  icon: ApplicationIcon,
  recordRepresentation: (record: RaRecord) => `${record.subjectName}：${record.measure?.name ?? ''}`,
};
