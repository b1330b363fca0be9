import UserIcon from '@mui/icons-material/ManageAccounts';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./UserList'), 'UserList'),
  create: lazyScreen(() => import('./UserCreate'), 'UserCreate'),
  edit: lazyScreen(() => import('./UserEdit'), 'UserEdit'),
  icon: UserIcon,
  recordRepresentation: 'username',
};
