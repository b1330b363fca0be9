import {
  AutocompleteInput,
  DateInput,
  Labeled,
  ReferenceInput,
  SelectInput,
  TextArrayInput,
  TextField,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { commitmentKindChoices } from '../common/enums';
import { SubjectInput } from '../common/SubjectInput';

/** The fields of a commitment, shared by the create and edit forms; the subject is fixed once recorded. */
export const CommitmentInputs = () => {
  const record = useRecordContext();
  return (
    <>
      {record?.id ? (
        <Labeled source="subjectName">
          <TextField source="subjectName" />
        </Labeled>
      ) : (
        <SubjectInput />
      )}
      <SelectInput source="kind" choices={commitmentKindChoices} validate={required()} />
      <TextInput source="content" validate={required()} multiline minRows={2} fullWidth />
      <TextInput source="beneficiary" />
      <DateInput source="madeOn" validate={required()} />
      <DateInput source="dueOn" validate={required()} />
      <ReferenceInput source="responsibleSectionId" reference="units" filter={{ kind: 'SECTION' }} sort={{ field: 'sortOrder', order: 'ASC' }}>
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <TextArrayInput source="evidence" />
    </>
  );
};
