import AddCardIcon from '@mui/icons-material/AddCard';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import PlaylistRemoveIcon from '@mui/icons-material/PlaylistRemove';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Button, DateInput, EditButton, LinkBase, ListButton, TextInput, TopToolbar, required, useBasename, useRecordContext } from 'react-admin';
import { CanRun } from '../common/CanRun';
import { todayLocal } from '../common/DeadlineField';
import { WorkflowButton, text } from '../common/WorkflowButton';
import { creditCheckPath } from '../routes';
import {
  useEnterpriseAddListingMutation,
  useEnterpriseAddReportMutation,
  useEnterpriseRemoveListingMutation,
  type DishonestyListingRecordFragment,
} from '../generated/graphql';
import type { EnterpriseRecord } from './enterprises.source';

const field = (name: string) => `app.workflow.fields.${name}`;

const today = todayLocal;

/** 移出名录 for a listing still in force. */
export const RemoveListingButton = (_props: { label?: string }) => {
  const listing = useRecordContext<DishonestyListingRecordFragment>();
  const [remove] = useEnterpriseRemoveListingMutation();
  if (!listing || listing.removedOn) return null;
  return (
    <CanRun resource="enterprises" command="removeListing">
      <WorkflowButton
        action="remove_listing"
        icon={<PlaylistRemoveIcon />}
        defaultValues={{ removedOn: today() }}
        run={(v) => remove({ variables: { id: listing.id, version: listing.version, removedOn: String(v.removedOn) } })}
      >
        <DateInput source="removedOn" label={field('removed_on')} validate={required()} />
      </WorkflowButton>
    </CanRun>
  );
};

/** 列入名录, 第三方信用报告, 信用核查, 编辑. */
export const EnterpriseActions = () => {
  const record = useRecordContext<EnterpriseRecord>();
  const basename = useBasename();
  const [addListing] = useEnterpriseAddListingMutation();
  const [addReport] = useEnterpriseAddReportMutation();
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar>
      <CanRun resource="enterprises" command="addListing">
        <WorkflowButton
          action="add_listing"
          icon={<PlaylistAddIcon />}
          defaultValues={{ listName: '', source: '', listedFrom: today(), listedTo: null, removalConditions: '' }}
          run={(v) =>
            addListing({
              variables: {
                input: {
                  enterpriseId: record.id,
                  listName: text(v.listName),
                  source: text(v.source),
                  listedFrom: String(v.listedFrom),
                  listedTo: text(v.listedTo) || undefined,
                  removalConditions: text(v.removalConditions) || undefined,
                },
              },
            })
          }
        >
          <TextInput source="listName" label={field('list_name')} validate={required()} helperText={field('list_name_help')} />
          <TextInput source="source" label={field('list_source')} validate={required()} />
          <DateInput source="listedFrom" label={field('listed_from')} validate={required()} />
          <DateInput source="listedTo" label={field('listed_to')} helperText={field('listed_to_help')} />
          <TextInput source="removalConditions" label={field('removal_conditions')} multiline minRows={2} />
        </WorkflowButton>
      </CanRun>
      <CanRun resource="enterprises" command="addReport">
        <WorkflowButton
          action="add_report"
          icon={<AddCardIcon />}
          defaultValues={{ issuer: '', issuedOn: today(), rating: '', fileReference: '' }}
          run={(v) =>
            addReport({
              variables: {
                input: {
                  enterpriseId: record.id,
                  issuer: text(v.issuer),
                  issuedOn: String(v.issuedOn),
                  rating: text(v.rating).toUpperCase(),
                  fileReference: text(v.fileReference) || undefined,
                },
              },
            })
          }
        >
          <TextInput source="issuer" label={field('issuer')} validate={required()} />
          <DateInput source="issuedOn" label={field('issued_on')} validate={required()} />
          <TextInput source="rating" label={field('rating')} validate={required()} helperText={field('rating_help')} />
          <TextInput source="fileReference" label={field('file_reference')} />
        </WorkflowButton>
      </CanRun>
      <Button
        component={LinkBase}
        to={`${basename}${creditCheckPath('ENTERPRISE', record.id)}`}
        label="app.credit_check.button"
      >
        <VerifiedUserIcon />
      </Button>
      <EditButton />
      <ListButton />
    </TopToolbar>
  );
};
