import { useMemo, useState } from 'react';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  TextInput,
  Title,
  required,
  useLocation,
  useNotify,
  useTranslate,
} from 'react-admin';
import { CHECK_SUBJECT_TYPES, checkSubjectTypeChoices } from '../common/enums';
import { useCreditCheckRunMutation, type CheckSubjectType, type CreditCheckResultFragment } from '../generated/graphql';
import { filterEnum } from '../providers/record-utils';
import { submissionErrors } from '../providers/server-error';
import { CheckResult } from './CheckResult';


const t = (key: string) => `app.credit_check.${key}`;

/** The picker holding the subject's id, per subject type. */
const PICKER: Record<CheckSubjectType, 'enterpriseId' | 'unitId' | 'personId'> = {
  ENTERPRISE: 'enterpriseId',
  UNIT: 'unitId',
  PERSON: 'personId',
};

interface CheckForm {
  subjectType: CheckSubjectType;
  enterpriseId?: string | null;
  creditCode?: string | null;
  unitId?: string | null;
  personId?: string | null;
  purpose: string;
}

const SubjectPicker = () => (
  <FormDataConsumer<CheckForm>>
    {({ formData }) => {
      switch (formData.subjectType) {
        case 'UNIT':
          return (
            <ReferenceInput source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
              <AutocompleteInput label={t('unit')} optionText="name" validate={required()} sx={{ minWidth: 360 }} />
            </ReferenceInput>
          );
        case 'PERSON':
          return (
            <ReferenceInput source="personId" reference="people">
              <AutocompleteInput label={t('person')} validate={required()} sx={{ minWidth: 360 }} />
            </ReferenceInput>
          );
        default:
          return (
            <>
              <ReferenceInput source="enterpriseId" reference="enterprises">
                <AutocompleteInput label={t('enterprise')} optionText="name" sx={{ minWidth: 360 }} helperText={t('enterprise_help')} />
              </ReferenceInput>
              <TextInput source="creditCode" label={t('credit_code')} sx={{ minWidth: 360 }} />
            </>
          );
      }
    }}
  </FormDataConsumer>
);

/** 信用核查: an enterprise, unit or person checked for a stated purpose; the check is recorded with a verification code. */
export const CreditCheckPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const location = useLocation();
  const [run] = useCreditCheckRunMutation();
  const [result, setResult] = useState<CreditCheckResultFragment>();

  const defaults = useMemo(() => {
    const params = new URLSearchParams(location.search);
    const subjectType = filterEnum(params.get('subjectType'), CHECK_SUBJECT_TYPES) ?? 'ENTERPRISE';
    const subjectId = params.get('subjectId');
    return { subjectType, purpose: '', ...(subjectId ? { [PICKER[subjectType]]: subjectId } : {}) };
  }, [location.search]);

  const submit = async (values: Record<string, unknown>) => {
    const form = values as unknown as CheckForm;
    const picker = PICKER[form.subjectType];
    const subjectId = form[picker] || undefined;
    const creditCode = form.subjectType === 'ENTERPRISE' && !subjectId ? form.creditCode?.replace(/\s+/g, '').toUpperCase() || undefined : undefined;
    setResult(undefined);
    try {
      const { data } = await run({
        variables: { input: { subjectType: form.subjectType, subjectId, creditCode, purpose: form.purpose.trim() } },
      });
      setResult(data?.creditCheck);
      return undefined;
    } catch (error) {
      // The API names subjectId; the page shows it on the picker the user filled in.
      return submissionErrors(error, notify, { from: 'subjectId', to: picker });
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={t('title')} />
      <Card variant="outlined">
        <CardContent>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {translate(t('intro'))}
          </Typography>
          <Form key={location.search} defaultValues={defaults} onSubmit={submit}>
            <RadioButtonGroupInput source="subjectType" label={t('subject_type')} choices={checkSubjectTypeChoices} validate={required()} />
            <SubjectPicker />
            <TextInput source="purpose" label={t('purpose')} validate={required()} fullWidth helperText={t('purpose_help')} />
            <SaveButton label={t('run')} icon={<VerifiedUserIcon />} alwaysEnable />
          </Form>
        </CardContent>
      </Card>
      {result ? <CheckResult check={result} /> : null}
    </Box>
  );
};
