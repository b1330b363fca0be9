import TemplateIcon from '@mui/icons-material/Quickreply';
import type { RaRecord } from 'react-admin';
import { ReplyTemplateCreate } from './ReplyTemplateCreate';
import { ReplyTemplateEdit } from './ReplyTemplateEdit';
import { ReplyTemplateList } from './ReplyTemplateList';

// A template is all on its form: no separate show page.
export default {
  list: ReplyTemplateList,
  create: ReplyTemplateCreate,
  edit: ReplyTemplateEdit,
  icon: TemplateIcon,
  recordRepresentation: (record: RaRecord) => String(record.title),
};
