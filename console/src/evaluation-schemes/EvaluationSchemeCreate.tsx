import { Create, SimpleForm } from 'react-admin';
import type { ScoringRulesInput } from '../generated/graphql';
import { EvaluationSchemeInputs } from './EvaluationSchemeInputs';

// A blank scheme starts from the usual 100-point base and the four grades; "new version from this" copies a scheme instead.
const BLANK_RULES: ScoringRulesInput = {
  baseScore: 100,
  maxCredits: 5,
  indicators: [{ code: 'G1', name: '', weight: 100, children: [{ code: 'G1.1', name: '', weight: 100 }] }],
  deductions: [],
  credits: [],
  timeRules: { recordDate: 'DECISION_DATE', countRepaired: false, countDisputed: false, mitigatedFactor: 0.5 },
  grades: [
    { grade: 'A', label: '诚信', minScore: 90 },
    { grade: 'B', label: '基本诚信', minScore: 80 },
    { grade: 'C', label: '警示', minScore: 60 },
    { grade: 'D', label: '失信', minScore: 0 },
  ],
};

// One object for every render: a new defaultValues object makes the form start over.
const DEFAULTS = { subjectType: 'UNIT', periodKind: 'YEAR', rules: BLANK_RULES };

export const EvaluationSchemeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={DEFAULTS}>
      <EvaluationSchemeInputs />
    </SimpleForm>
  </Create>
);
