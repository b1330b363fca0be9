import ArchiveIcon from '@mui/icons-material/Archive';
import EventIcon from '@mui/icons-material/Event';
import GavelIcon from '@mui/icons-material/Gavel';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import {
  BooleanInput,
  DateInput,
  EditButton,
  FormDataConsumer,
  SelectInput,
  TextInput,
  TopToolbar,
  required,
  useDataProvider,
  useRecordContext,
  useShowContext,
} from 'react-admin';
import { useActsForUnit } from '../common/acts-for';
import { CanRun } from '../common/CanRun';
import { todayLocal } from '../common/DeadlineField';
import { appearanceOutcomeChoices } from '../common/enums';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useLawsuitCloseMutation,
  useLawsuitRecordAppearanceMutation,
  useLawsuitScheduleHearingMutation,
  type AppearanceOutcome,
} from '../generated/graphql';
import type { LawsuitRecord } from './lawsuits.source';

const field = (name: string) => `app.screens.fields.${name}`;

/** 登记出庭: for a hearing that has taken place and has no appearance recorded yet (the party unit or the bureau). */
export const AppearanceButton = (_props: { label?: string }) => {
  const hearing = useRecordContext<LawsuitRecord['appearances'][number]>();
  const { record: lawsuit } = useShowContext<LawsuitRecord>();
  const [recordAppearance] = useLawsuitRecordAppearanceMutation();
  const ownUnit = useActsForUnit(lawsuit?.unitId);
  if (!hearing || !lawsuit || !ownUnit || hearing.outcome || hearing.hearingOn > todayLocal()) return null;
  return (
    <CanRun resource="lawsuits" command="recordAppearance">
      <WorkflowButton
        action="lawsuit_record_appearance"
        icon={<HowToRegIcon />}
        defaultValues={{ outcome: hearing.headRequired ? 'HEAD_APPEARED' : null, appearedName: '', appearedPosition: '', absenceReason: '' }}
        run={(v) =>
          recordAppearance({
            variables: {
              id: hearing.id,
              version: hearing.version,
              input: {
                outcome: v.outcome as AppearanceOutcome,
                appearedName: text(v.appearedName) || undefined,
                appearedPosition: text(v.appearedPosition) || undefined,
                absenceReason: text(v.absenceReason) || undefined,
              },
            },
          })
        }
      >
        <SelectInput source="outcome" label={field('outcome')} choices={appearanceOutcomeChoices} validate={required()} />
        <TextInput source="appearedName" label={field('appeared_name')} />
        <TextInput source="appearedPosition" label={field('appeared_position')} />
        <FormDataConsumer<{ outcome?: string }>>
          {({ formData }) =>
            formData.outcome && formData.outcome !== 'HEAD_APPEARED' ? (
              <TextInput source="absenceReason" label={field('absence_reason')} multiline minRows={2} />
            ) : null
          }
        </FormDataConsumer>
      </WorkflowButton>
    </CanRun>
  );
};

/** 行政诉讼: hearings and who appeared, effective judgments, and closing the case once they are fulfilled. */
export const LawsuitActions = () => {
  const record = useRecordContext<LawsuitRecord>();
  const dataProvider = useDataProvider();
  const [schedule] = useLawsuitScheduleHearingMutation();
  const [close] = useLawsuitCloseMutation();
  const ownUnit = useActsForUnit(record?.unitId);
  if (!record) return <TopToolbar />;
  const open = record.status !== 'CLOSED';
  return (
    <TopToolbar>
      {open && ownUnit ? (
        <CanRun resource="lawsuits" command="scheduleHearing">
          <WorkflowButton
            action="lawsuit_schedule_hearing"
            icon={<EventIcon />}
            defaultValues={{ hearingOn: '', headRequired: true }}
            run={(v) =>
              schedule({ variables: { input: { lawsuitId: record.id, hearingOn: text(v.hearingOn), headRequired: v.headRequired === true } } })
            }
          >
            <DateInput source="hearingOn" label={field('hearing_on')} validate={required()} />
            <BooleanInput source="headRequired" label={field('head_required')} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {open ? (
        <CanRun resource="lawsuits" command="addJudgment">
          <WorkflowButton
            action="lawsuit_add_judgment"
            icon={<GavelIcon />}
            maxWidth="md"
            defaultValues={{ documentNumber: '', obligation: '', effectiveOn: '', fulfilBy: '' }}
            run={(v) => dataProvider.create('judgments', { data: { ...v, lawsuitId: record.id } })}
          >
            <TextInput source="documentNumber" label={field('document_number')} />
            <TextInput source="obligation" label={field('obligation')} validate={required()} multiline minRows={2} />
            <DateInput source="effectiveOn" label={field('effective_on')} validate={required()} />
            <DateInput source="fulfilBy" label={field('fulfil_by')} validate={required()} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {open ? (
        <CanRun resource="lawsuits" command="close">
          <WorkflowButton
            action="lawsuit_close"
            icon={<ArchiveIcon />}
            defaultValues={{ outcome: record.outcome ?? '' }}
            run={(v) => close({ variables: { id: record.id, version: record.version, outcome: text(v.outcome) } })}
          >
            <TextInput source="outcome" label={field('case_outcome')} validate={required()} multiline minRows={2} />
          </WorkflowButton>
        </CanRun>
      ) : null}
      {open ? <EditButton /> : null}
    </TopToolbar>
  );
};
