import { Labeled, SelectInput, TextField, TextInput, required, useRecordContext } from 'react-admin';
import { enterpriseStatusChoices } from '../common/enums';

/** The fields of an enterprise, shared by the create and edit forms. */
export const EnterpriseInputs = () => {
  const record = useRecordContext();
  const onFile = !!record?.id;
  return (
    <>
      {onFile ? (
        <Labeled source="creditCode">
          <TextField source="creditCode" sx={{ fontFamily: 'monospace' }} />
        </Labeled>
      ) : (
        <TextInput source="creditCode" validate={required()} helperText="resources.enterprises.credit_code_help" sx={{ minWidth: 320 }} />
      )}
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="legalRepresentative" />
      <TextInput source="address" fullWidth />
      {onFile ? <SelectInput source="status" choices={enterpriseStatusChoices} validate={required()} /> : null}
    </>
  );
};
