import type { ReactNode } from 'react';
import { CanAccess } from 'react-admin';
import type { Command, CommandResource } from '../access';

interface CanRunProps<R extends CommandResource> {
  resource: R;
  command: Command<R>;
  children: ReactNode;
}

/** Shows a workflow button only to the roles that may run the command (see access.ts). */
export const CanRun = <R extends CommandResource>({ resource, command, children }: CanRunProps<R>) => (
  <CanAccess resource={resource} action={String(command)}>
    {children}
  </CanAccess>
);
