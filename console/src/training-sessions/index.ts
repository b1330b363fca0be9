import TrainingIcon from '@mui/icons-material/School';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./TrainingSessionList'), 'TrainingSessionList'),
  create: lazyScreen(() => import('./TrainingSessionCreate'), 'TrainingSessionCreate'),
  edit: lazyScreen(() => import('./TrainingSessionEdit'), 'TrainingSessionEdit'),
  show: lazyScreen(() => import('./TrainingSessionShow'), 'TrainingSessionShow'),
  icon: TrainingIcon,
  recordRepresentation: (record: RaRecord) => `${record.topic}（${record.heldOn}）`,
};
