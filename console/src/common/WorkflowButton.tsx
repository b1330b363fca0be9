import { useState, type ReactElement, type ReactNode } from 'react';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
} from '@mui/material';
import { Button, Form, HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { DomainMessages } from '../i18n/en';
import { toHttpError } from '../providers/server-error';

/** The workflow steps the console has messages for (label, dialog title, hint, success). */
export type WorkflowAction = Exclude<keyof DomainMessages['app']['workflow'], 'fields'>;

/** The dialog's values: every key given in `defaultValues`, as the inputs left them. */
export type WorkflowValues = Record<string, unknown>;

interface WorkflowButtonProps {
  action: WorkflowAction;
  icon: ReactElement;
  /** Calls the command's typed mutation; a rejection is shown to the user. */
  run: (values: WorkflowValues) => Promise<unknown>;
  /** Every input of the dialog, with its starting value (also how server field errors find their input). */
  defaultValues?: WorkflowValues;
  /** react-admin inputs asking for the note, reason or other details. */
  children?: ReactNode;
  /** What the success message says about the result (e.g. how many of a bulk step succeeded) and its colour. */
  done?: (result: unknown) => { messageArgs?: Record<string, unknown>; type?: 'success' | 'warning' };
  /** Dialog width: `md` for steps with many inputs. */
  maxWidth?: 'sm' | 'md';
}

const EMPTY_RECORD = {};

/** Blank text counts as no answer. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * A workflow step: a button that opens a confirmation dialog (asking for the
 * details the step needs), runs the command, and refreshes the page. The
 * server decides whether the step is allowed; its refusal is shown in the
 * user's language, under the input it concerns or as a notification.
 */
export const WorkflowButton = ({ action, icon, run, defaultValues = {}, children, done, maxWidth = 'sm' }: WorkflowButtonProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  // The starting values are taken when the dialog opens, so a refresh of the page behind it keeps what was typed.
  const [initial, setInitial] = useState<WorkflowValues>({});
  const key = (part: 'label' | 'title' | 'hint' | 'done') => `app.workflow.${action}.${part}`;
  const hint = translate(key('hint'));

  const submit = async (values: WorkflowValues) => {
    try {
      const result = await run(values);
      const outcome = done?.(result);
      notify(key('done'), { type: outcome?.type ?? 'success', messageArgs: outcome?.messageArgs });
      setOpen(false);
      refresh();
      return undefined;
    } catch (error) {
      const mapped = toHttpError(error);
      const fieldErrors = mapped instanceof HttpError ? (mapped.body as { errors?: Record<string, string> } | undefined)?.errors : undefined;
      const ours = Object.entries(fieldErrors ?? {}).filter(([field]) => field in initial);
      // A problem with what was typed keeps the dialog open with the message under the input.
      if (ours.length) return Object.fromEntries(ours);
      const message = mapped instanceof Error ? mapped.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
      setOpen(false);
      // The refusal may come from a change someone else made: show the record as it is now.
      refresh();
      return undefined;
    }
  };

  return (
    <>
      <Button
        label={key('label')}
        onClick={() => {
          setInitial(defaultValues);
          setOpen(true);
        }}
      >
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth={maxWidth} fullWidth aria-labelledby={`workflow-${action}-title`}>
        <Form record={EMPTY_RECORD} defaultValues={initial} onSubmit={submit}>
          <DialogTitle id={`workflow-${action}-title`}>{translate(key('title'))}</DialogTitle>
          <DialogContent>
            {hint ? <DialogContentText sx={{ mb: 1 }}>{hint}</DialogContentText> : null}
            <Stack>{children}</Stack>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained">
              {translate('ra.action.confirm')}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
