import UpdateIcon from '@mui/icons-material/Update';
import type { CommandResource } from '../access';
import { CanRun } from './CanRun';
import { WorkflowButton, type WorkflowAction } from './WorkflowButton';

interface RunDeadlinesButtonProps {
  resource: Extract<CommandResource, 'judgments' | 'policies' | 'campaigns'>;
  action: WorkflowAction;
  /** Runs the module's deadline command and says how many items it handled. */
  run: () => Promise<number>;
}

/** 立即执行时限: an administrator applies a module's deadlines now instead of waiting for the scheduled run. */
export const RunDeadlinesButton = ({ resource, action, run }: RunDeadlinesButtonProps) => (
  <CanRun resource={resource} command="runDeadlines">
    <WorkflowButton
      action={action}
      icon={<UpdateIcon />}
      run={run}
      done={(count) => ({ messageArgs: { count }, type: 'success' })}
    />
  </CanRun>
);
