import LeadingGroupIcon from '@mui/icons-material/Groups';
import { LeadingGroupCreate } from './LeadingGroupCreate';
import { LeadingGroupEdit } from './LeadingGroupEdit';
import { LeadingGroupList } from './LeadingGroupList';
import { LeadingGroupShow } from './LeadingGroupShow';

export default {
  list: LeadingGroupList,
  create: LeadingGroupCreate,
  edit: LeadingGroupEdit,
  show: LeadingGroupShow,
  icon: LeadingGroupIcon,
  recordRepresentation: 'name',
};
