import PeopleIcon from '@mui/icons-material/People';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./PersonList'), 'PersonList'),
  create: lazyScreen(() => import('./PersonCreate'), 'PersonCreate'),
  edit: lazyScreen(() => import('./PersonEdit'), 'PersonEdit'),
  show: lazyScreen(() => import('./PersonShow'), 'PersonShow'),
  icon: PeopleIcon,
  recordRepresentation: (record: RaRecord) => `${record.name}（${record.staffNumber}）`,
};
