import LeadingGroupIcon from '@mui/icons-material/Groups';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./LeadingGroupList'), 'LeadingGroupList'),
  create: lazyScreen(() => import('./LeadingGroupCreate'), 'LeadingGroupCreate'),
  edit: lazyScreen(() => import('./LeadingGroupEdit'), 'LeadingGroupEdit'),
  show: lazyScreen(() => import('./LeadingGroupShow'), 'LeadingGroupShow'),
  icon: LeadingGroupIcon,
  recordRepresentation: 'name',
};
