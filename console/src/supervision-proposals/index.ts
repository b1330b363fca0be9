import ProposalIcon from '@mui/icons-material/HowToVote';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../common/lazy-screen';

export default {
  list: lazyScreen(() => import('./SupervisionProposalList'), 'SupervisionProposalList'),
  create: lazyScreen(() => import('./SupervisionProposalCreate'), 'SupervisionProposalCreate'),
  edit: lazyScreen(() => import('./SupervisionProposalEdit'), 'SupervisionProposalEdit'),
  show: lazyScreen(() => import('./SupervisionProposalShow'), 'SupervisionProposalShow'),
  icon: ProposalIcon,
  recordRepresentation: (record: RaRecord) => `${record.number} ${record.title}`,
};
