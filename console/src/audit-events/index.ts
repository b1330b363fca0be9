import AuditIcon from '@mui/icons-material/History';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./AuditEventList'), 'AuditEventList'),
  show: lazyScreen(() => import('./AuditEventShow'), 'AuditEventShow'),
  icon: AuditIcon,
  recordRepresentation: 'id',
};
