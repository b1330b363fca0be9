import AttendanceIcon from '@mui/icons-material/HowToReg';
import { lazyScreen } from '../common/lazy-screen';

// No pages of its own: attendance is recorded from its session and corrected in the list.
export default {
  list: lazyScreen(() => import('./TrainingAttendanceList'), 'TrainingAttendanceList'),
  icon: AttendanceIcon,
};
