import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  Labeled,
  ReferenceArrayInput,
  ReferenceInput,
  TextField,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';

const label = (name: string) => `resources.policy-tasks.fields.${name}`;

/** A task's measure, units, person and deadline: in the task forms and in the policy's 添加任务 dialog. */
export const PolicyTaskFields = () => (
  <>
    <TextInput source="measure" label={label('measure')} validate={required()} multiline minRows={2} fullWidth />
    <ReferenceInput source="leadUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteInput label={label('leadUnitId')} optionText="name" validate={required()} />
    </ReferenceInput>
    <ReferenceArrayInput source="responsibleUnitIds" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteArrayInput label={label('responsibleUnitIds')} optionText="name" />
    </ReferenceArrayInput>
    <FormDataConsumer<{ leadUnitId?: string }>>
      {({ formData }) => (
        <ReferenceInput source="responsiblePersonId" reference="people" filter={{ unitId: formData.leadUnitId }}>
          <AutocompleteInput label={label('responsiblePersonId')} disabled={!formData.leadUnitId} />
        </ReferenceInput>
      )}
    </FormDataConsumer>
    <DateInput source="deadline" label={label('deadline')} validate={required()} />
  </>
);

/** The task forms: the policy is chosen when the task is created and fixed afterwards. */
export const PolicyTaskInputs = () => {
  const record = useRecordContext();
  return (
    <>
      {record?.id ? (
        <Labeled source="policyId">
          <TextField source="policy.title" />
        </Labeled>
      ) : (
        <ReferenceInput source="policyId" reference="policies">
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
      )}
      <PolicyTaskFields />
    </>
  );
};
