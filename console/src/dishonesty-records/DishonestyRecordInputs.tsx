import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  Labeled,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextArrayInput,
  TextField,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { recordCategoryChoices, recordSourceChoices, severityChoices } from '../common/enums';
import { SubjectInput } from '../common/SubjectInput';

/**
 * The fields of a dishonesty record, shared by the create and edit forms.
 * Subject, source and responsible section are set when the record is drafted.
 */
export const DishonestyRecordInputs = () => {
  const record = useRecordContext();
  const drafted = !!record?.id;
  return (
    <>
      {drafted ? (
        <>
          <Labeled source="subjectName">
            <TextField source="subjectName" />
          </Labeled>
          <Labeled source="sourceType">
            <SelectField source="sourceType" choices={recordSourceChoices} />
          </Labeled>
        </>
      ) : (
        <SubjectInput />
      )}
      <SelectInput source="category" choices={recordCategoryChoices} validate={required()} />
      <SelectInput source="severity" choices={severityChoices} validate={required()} defaultValue="GENERAL" />
      <TextInput source="facts" validate={required()} multiline minRows={3} fullWidth />
      <TextInput source="legalBasis" fullWidth />
      <TextInput source="documentNumber" />
      <TextInput source="decidingAuthority" />
      <DateInput source="decisionDate" />
      {drafted ? null : (
        <>
          <SelectInput source="sourceType" choices={recordSourceChoices} defaultValue="MANUAL" />
          <TextInput source="sourceId" />
          <ReferenceInput
            source="responsibleSectionId"
            reference="units"
            filter={{ kind: 'SECTION' }}
            sort={{ field: 'sortOrder', order: 'ASC' }}
          >
            <AutocompleteInput optionText="name" />
          </ReferenceInput>
        </>
      )}
      <BooleanInput source="selfCorrected" defaultValue={false} />
      <TextInput source="selfCorrectionNote" multiline fullWidth />
      <TextArrayInput source="evidence" />
    </>
  );
};
