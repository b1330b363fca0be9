import CancelIcon from '@mui/icons-material/Cancel';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  ListButton,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import { CanRun } from '../common/CanRun';
import { todayLocal } from '../common/DeadlineField';
import { acceptanceResultChoices, purchaserConductChoices } from '../common/enums';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useProcurementAcceptanceMutation,
  useProcurementAwardMutation,
  useProcurementCancelMutation,
  useProcurementOpenBiddingMutation,
  useProcurementRegisterBidMutation,
  type AcceptanceResult,
  type PurchaserConduct,
} from '../generated/graphql';
import type { ProcurementProjectRecord } from './procurement-projects.source';

const field = (name: string) => `app.workflow.fields.${name}`;

const amount = (value: unknown) => (value === null || value === undefined || value === '' ? undefined : Number(value));

/**
 * The project's workflow: 开始招标 → 投标报名 (each bid after a credit check)
 * → 授予合同 (checked again) → 履约验收; 终止 before the award. The server
 * refuses an enterprise whose check says REFUSE and names the reasons.
 */
export const ProcurementProjectActions = () => {
  const record = useRecordContext<ProcurementProjectRecord>();
  const [open] = useProcurementOpenBiddingMutation();
  const [registerBid] = useProcurementRegisterBidMutation();
  const [award] = useProcurementAwardMutation();
  const [accept] = useProcurementAcceptanceMutation();
  const [cancel] = useProcurementCancelMutation();
  if (!record) return <TopToolbar />;
  const target = { id: record.id, version: record.version };
  const { status } = record;
  const openBids = (record.bids ?? []).filter((b) => b.status === 'REGISTERED');
  return (
    <TopToolbar>
      {status === 'PLANNED' ? (
        <CanRun resource="procurement-projects" command="openBidding">
          <WorkflowButton action="open_bidding" icon={<LockOpenIcon />} run={() => open({ variables: target })} />
        </CanRun>
      ) : null}
      {status === 'BIDDING' ? (
        <>
          <CanRun resource="procurement-projects" command="registerBid">
            <WorkflowButton
              action="register_bid"
              icon={<HowToRegIcon />}
              defaultValues={{ enterpriseId: null, amount: null }}
              run={(v) =>
                registerBid({ variables: { input: { projectId: record.id, enterpriseId: String(v.enterpriseId), amount: amount(v.amount) } } })
              }
            >
              <ReferenceInput source="enterpriseId" reference="enterprises">
                <AutocompleteInput label={field('enterprise')} optionText="name" validate={required()} />
              </ReferenceInput>
              <NumberInput source="amount" label={field('bid_amount')} validate={minValue(0)} />
            </WorkflowButton>
          </CanRun>
          {openBids.length ? (
            <CanRun resource="procurement-projects" command="award">
              <WorkflowButton
                action="award"
                icon={<EmojiEventsIcon />}
                defaultValues={{
                  bidId: openBids.length === 1 ? openBids[0].id : null,
                  contractNumber: '',
                  amount: openBids.length === 1 ? openBids[0].amount : null,
                  signedOn: todayLocal(),
                  acceptanceDueOn: null,
                }}
                run={(v) =>
                  award({
                    variables: {
                      ...target,
                      input: {
                        bidId: String(v.bidId),
                        contractNumber: text(v.contractNumber),
                        amount: Number(v.amount),
                        signedOn: String(v.signedOn),
                        acceptanceDueOn: String(v.acceptanceDueOn),
                      },
                    },
                  })
                }
              >
                <SelectInput
                  source="bidId"
                  label={field('bid')}
                  choices={openBids.map((b) => ({ id: b.id, name: b.enterprise.name }))}
                  validate={required()}
                />
                <TextInput source="contractNumber" label={field('contract_number')} validate={required()} />
                <NumberInput source="amount" label={field('contract_amount')} validate={[required(), minValue(0)]} />
                <DateInput source="signedOn" label={field('signed_on')} validate={required()} />
                <DateInput source="acceptanceDueOn" label={field('acceptance_due_on')} validate={required()} />
              </WorkflowButton>
            </CanRun>
          ) : null}
        </>
      ) : null}
      {status === 'AWARDED' ? (
        <CanRun resource="procurement-projects" command="recordAcceptance">
          <WorkflowButton
            action="record_acceptance"
            icon={<FactCheckIcon />}
            maxWidth="md"
            defaultValues={{
              acceptedOn: todayLocal(),
              result: 'PASSED',
              findings: '',
              purchaserConduct: 'COMPLIANT',
              violationDescription: '',
              responsiblePersonId: null,
            }}
            run={(v) => {
              const violation = v.purchaserConduct === 'VIOLATION';
              return accept({
                variables: {
                  ...target,
                  input: {
                    acceptedOn: String(v.acceptedOn),
                    result: v.result as AcceptanceResult,
                    findings: text(v.findings),
                    purchaserConduct: v.purchaserConduct as PurchaserConduct,
                    violationDescription: violation ? text(v.violationDescription) : undefined,
                    responsiblePersonId: violation ? text(v.responsiblePersonId) || undefined : undefined,
                  },
                },
              });
            }}
          >
            <DateInput source="acceptedOn" label={field('accepted_on')} validate={required()} />
            <SelectInput source="result" label={field('acceptance_result')} choices={acceptanceResultChoices} validate={required()} />
            <TextInput source="findings" label={field('acceptance_findings')} validate={required()} multiline minRows={3} />
            <RadioButtonGroupInput
              source="purchaserConduct"
              label={field('purchaser_conduct')}
              choices={purchaserConductChoices}
              validate={required()}
            />
            <FormDataConsumer<{ purchaserConduct?: string }>>
              {({ formData }) =>
                formData.purchaserConduct === 'VIOLATION' ? (
                  <>
                    <TextInput
                      source="violationDescription"
                      label={field('violation_description')}
                      validate={required()}
                      multiline
                      minRows={3}
                      helperText={field('violation_help')}
                    />
                    <ReferenceInput source="responsiblePersonId" reference="people">
                      <AutocompleteInput label={field('responsible_person')} helperText={field('responsible_person_help')} />
                    </ReferenceInput>
                  </>
                ) : null
              }
            </FormDataConsumer>
          </WorkflowButton>
        </CanRun>
      ) : null}
      {status === 'PLANNED' || status === 'BIDDING' ? (
        <CanRun resource="procurement-projects" command="cancel">
          <WorkflowButton action="cancel_project" icon={<CancelIcon />} run={() => cancel({ variables: target })} />
        </CanRun>
      ) : null}
      <ListButton />
    </TopToolbar>
  );
};
