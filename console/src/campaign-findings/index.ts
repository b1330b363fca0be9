import FindingIcon from '@mui/icons-material/ReportProblem';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

// No edit: a registered finding moves only by rectification and verification.
export default {
  list: lazyScreen(() => import('./CampaignFindingList'), 'CampaignFindingList'),
  create: lazyScreen(() => import('./CampaignFindingCreate'), 'CampaignFindingCreate'),
  show: lazyScreen(() => import('./CampaignFindingShow'), 'CampaignFindingShow'),
  icon: FindingIcon,
  recordRepresentation: (record: RaRecord) => String(record.problem),
};
