import UpdateIcon from '@mui/icons-material/Update';
import type { CommandResource } from '../access';
import { CanRun } from './CanRun';
import { WorkflowButton, type WorkflowAction } from './WorkflowButton';

interface RunDeadlinesButtonProps {
  resource: Extract<CommandResource, 'judgments' | 'policies' | 'campaigns' | 'dishonesty-records'>;
  action: WorkflowAction;
  /** Runs the module's deadline command and says how many items it handled, or its report's figures by name (the message's arguments). */
  run: () => Promise<number | Record<string, number>>;
}

/** 立即执行时限 (立即执行期限检查 on the dishonesty records): an administrator applies a module's deadlines now instead of waiting for the scheduled run. */
export const RunDeadlinesButton = ({ resource, action, run }: RunDeadlinesButtonProps) => (
  <CanRun resource={resource} command="runDeadlines">
    <WorkflowButton
      action={action}
      icon={<UpdateIcon />}
      run={run}
      done={(report) => ({ messageArgs: typeof report === 'number' ? { count: report } : (report as Record<string, number>), type: 'success' })}
    />
  </CanRun>
);
