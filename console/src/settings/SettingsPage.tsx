import { Alert, Card, CardContent, CardHeader, Stack } from '@mui/material';
import {
  Form,
  HttpError,
  NumberInput,
  SaveButton,
  SelectInput,
  Title,
  minValue,
  required,
  useCanAccess,
  useNotify,
  useTranslate,
} from 'react-admin';
import { severityChoices } from '../common/enums';
import {
  useSettingsCreditPolicyMutation,
  useSettingsPoliciesQuery,
  useSettingsSupervisionPolicyMutation,
  useSettingsTrainingPolicyMutation,
  type Severity,
} from '../generated/graphql';
import { toHttpError } from '../providers/server-error';
import { CalendarCard } from './CalendarCard';


const t = (key: string) => `app.screens.settings.${key}`;

type Values = Record<string, number | string | null>;

interface PolicyCardProps {
  title: string;
  hint?: string;
  command: 'supervisionPolicy' | 'trainingPolicy' | 'creditPolicy';
  values: Values;
  /** Number inputs, then severity inputs (empty = never). */
  numbers: string[];
  severities?: string[];
  /** Sends the changed values with the version read; resolves when saved. */
  save: (changed: Values) => Promise<unknown>;
}

/** One rule set as a form: read by every bureau role, changed by the roles the server allows. */
const PolicyCard = ({ title, hint, command, values, numbers, severities = [], save }: PolicyCardProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'settings', action: command });
  const submit = async (form: Values) => {
    const changed = Object.fromEntries(
      [...numbers, ...severities].filter((k) => form[k] !== values[k]).map((k) => [k, form[k] === '' ? null : form[k]]),
    );
    try {
      await save(changed);
      notify(t('saved'), { type: 'success' });
      return undefined;
    } catch (error) {
      const mapped = toHttpError(error);
      const errors = mapped instanceof HttpError ? (mapped.body as { errors?: Record<string, string> } | undefined)?.errors : undefined;
      if (errors && Object.keys(errors).length) return errors;
      const message = mapped instanceof Error ? mapped.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
      return undefined;
    }
  };
  return (
    <Card>
      <CardHeader title={translate(title)} />
      <CardContent>
        {hint ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate(hint)}
          </Alert>
        ) : null}
        <Form record={values} onSubmit={submit} disabled={!canAccess}>
          <Stack>
            {numbers.map((name) => (
              <NumberInput key={name} source={name} label={t(name)} validate={[required(), minValue(0)]} readOnly={!canAccess} />
            ))}
            {severities.map((name) => (
              <SelectInput key={name} source={name} label={t(name)} choices={severityChoices} emptyText={t('none')} readOnly={!canAccess} />
            ))}
          </Stack>
          {canAccess ? <SaveButton /> : null}
        </Form>
      </CardContent>
    </Card>
  );
};

/** 时限与规则: supervision time limits, the training minimum, the credit rules and the working-day calendar in one place. */
export const SettingsPage = () => {
  const translate = useTranslate();
  const { data, refetch } = useSettingsPoliciesQuery({ fetchPolicy: 'network-only' });
  const [saveSupervision] = useSettingsSupervisionPolicyMutation();
  const [saveTraining] = useSettingsTrainingPolicyMutation();
  const [saveCredit] = useSettingsCreditPolicyMutation();
  if (!data) return <Title title={translate(t('title'))} />;
  const { supervisionPolicy: supervision, trainingPolicy: training, creditPolicy: credit } = data;
  const then = async (work: Promise<unknown>) => {
    await work;
    await refetch();
  };
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate(t('title'))} />
      <PolicyCard
        title={t('supervision')}
        hint={t('applies_later')}
        command="supervisionPolicy"
        values={supervision}
        numbers={['proposalReplyMonths', 'rehandleReplyMonths', 'suggestionReplyMonths', 'misrouteReturnWorkingDays', 'judgmentGraceWorkingDays']}
        save={(input) => then(saveSupervision({ variables: { input, version: supervision.version } }))}
      />
      <PolicyCard
        title={t('training')}
        command="trainingPolicy"
        values={training}
        numbers={['minimumHoursPerYear']}
        save={(input) =>
          then(saveTraining({ variables: { input: { minimumHoursPerYear: Number(input.minimumHoursPerYear ?? training.minimumHoursPerYear) }, version: training.version } }))
        }
      />
      <PolicyCard
        title={t('credit')}
        command="creditPolicy"
        values={credit}
        numbers={[
          'disclosureDaysGeneral',
          'disclosureDaysSerious',
          'disclosureDaysGrave',
          'repairMinDaysGeneral',
          'repairMinDaysSerious',
          'repairMinDaysGrave',
          'objectionWindowWorkingDays',
          'objectionDecisionWorkingDays',
        ]}
        severities={['selfCorrectionMitigateUpTo', 'selfCorrectionWaiveUpTo']}
        save={(input) =>
          then(
            saveCredit({
              variables: {
                input: {
                  ...input,
                  selfCorrectionMitigateUpTo: input.selfCorrectionMitigateUpTo as Severity | null | undefined,
                  selfCorrectionWaiveUpTo: input.selfCorrectionWaiveUpTo as Severity | null | undefined,
                },
                version: credit.version,
              },
            }),
          )
        }
      />
      <CalendarCard />
    </Stack>
  );
};
