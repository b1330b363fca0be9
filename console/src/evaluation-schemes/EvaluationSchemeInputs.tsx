import { Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Labeled,
  NumberInput,
  SelectField,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import {
  creditKindChoices,
  gradeChoices,
  periodKindChoices,
  recordCategoryChoices,
  recordDateRuleChoices,
  severityChoices,
  subjectTypeChoices,
} from '../common/enums';

const f = (key: string) => `resources.evaluation-schemes.fields.${key}`;

const Section = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2 }}>
      {translate(label)}
    </Typography>
  );
};

/**
 * A scheme's fields, shared by the create and edit forms: the rule document in place, so the
 * server's message about any part of it appears under that input. Subjects and period kind
 * are fixed once the draft exists.
 */
export const EvaluationSchemeInputs = () => {
  const record = useRecordContext();
  const saved = !!record?.id;
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      {saved ? (
        <>
          <Labeled source="subjectType">
            <SelectField source="subjectType" choices={subjectTypeChoices} />
          </Labeled>
          <Labeled source="periodKind">
            <SelectField source="periodKind" choices={periodKindChoices} />
          </Labeled>
        </>
      ) : (
        <>
          <SelectInput source="subjectType" choices={subjectTypeChoices} validate={required()} />
          <SelectInput source="periodKind" choices={periodKindChoices} validate={required()} />
        </>
      )}
      <TextInput source="note" multiline fullWidth />
      <NumberInput source="rules.baseScore" validate={required()} />
      <NumberInput source="rules.maxCredits" validate={required()} />

      <Section label={f('rules.indicators')} />
      <ArrayInput source="rules.indicators" label={false}>
        <SimpleFormIterator inline disableReordering>
          <TextInput source="code" label={f('code')} validate={required()} sx={{ minWidth: 110 }} />
          <TextInput source="name" label={f('indicatorName')} validate={required()} />
          <NumberInput source="weight" label={f('weight')} validate={required()} sx={{ minWidth: 120 }} />
          <ArrayInput source="children" label={f('children')}>
            <SimpleFormIterator inline disableReordering>
              <TextInput source="code" label={f('code')} validate={required()} sx={{ minWidth: 110 }} />
              <TextInput source="name" label={f('indicatorName')} validate={required()} />
              <NumberInput source="weight" label={f('weight')} validate={required()} sx={{ minWidth: 120 }} />
              <NumberInput source="cap" label={f('cap')} sx={{ minWidth: 120 }} />
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleFormIterator>
      </ArrayInput>

      <Section label={f('rules.deductions')} />
      <ArrayInput source="rules.deductions" label={false}>
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="category" label={f('category')} choices={recordCategoryChoices} validate={required()} />
          <SelectInput source="severity" label={f('severity')} choices={severityChoices} validate={required()} />
          <TextInput source="indicator" label={f('indicator')} validate={required()} sx={{ minWidth: 140 }} />
          <NumberInput source="points" label={f('points')} validate={required()} sx={{ minWidth: 110 }} />
        </SimpleFormIterator>
      </ArrayInput>

      <Section label={f('rules.credits')} />
      <ArrayInput source="rules.credits" label={false}>
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="kind" label={f('kind')} choices={creditKindChoices} validate={required()} />
          <NumberInput source="points" label={f('points')} validate={required()} sx={{ minWidth: 110 }} />
          <NumberInput source="cap" label={f('cap')} validate={required()} sx={{ minWidth: 110 }} />
          <NumberInput source="minimumRate" label={f('minimumRate')} sx={{ minWidth: 150 }} />
        </SimpleFormIterator>
      </ArrayInput>

      <Section label={f('rules.grades')} />
      <ArrayInput source="rules.grades" label={false}>
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="grade" label={f('grade')} choices={gradeChoices} validate={required()} />
          <TextInput source="label" label={f('label')} validate={required()} />
          <NumberInput source="minScore" label={f('minScore')} validate={required()} sx={{ minWidth: 120 }} />
        </SimpleFormIterator>
      </ArrayInput>

      <Section label="app.scoring.schemes.time_rules" />
      <SelectInput source="rules.timeRules.recordDate" choices={recordDateRuleChoices} validate={required()} />
      <BooleanInput source="rules.timeRules.countRepaired" />
      <BooleanInput source="rules.timeRules.countDisputed" />
      <NumberInput source="rules.timeRules.mitigatedFactor" validate={required()} />
    </>
  );
};
