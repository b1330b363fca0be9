// Prints how many SQL statements each list query issues for a page of 10 and a
// page of 100 (a query per row would make the second figure ~10× the first).
// Run: pnpm bench:statements   (embedded database; DATABASE_URL for PostgreSQL)
import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CommitmentsDocument,
  ComplaintsDocument,
  DishonestyRecordsDocument,
  PeopleDocument,
  ProcurementProjectsDocument,
  UnitsDocument,
} from '../tests/generated/graphql';
import { startTestApp } from '../tests/helpers/test-app';

process.env.LOG_LEVEL ??= 'silent';

async function main() {
  const t = await startTestApp();
  try {
    const admin = await t.login('admin');
    const cases: [string, TypedDocumentNode<unknown, { limit: number }>][] = [
      ['units (parent, head)', UnitsDocument as never],
      ['people (unit)', PeopleDocument as never],
      ['commitments (subject, unit)', CommitmentsDocument as never],
      ['dishonestyRecords (subject, unit)', DishonestyRecordsDocument as never],
      ['complaints (lead and co-handling units)', ComplaintsDocument as never],
      ['procurementProjects (purchaser, supplier, bids, checks)', ProcurementProjectsDocument as never],
    ];
    console.log(`database: ${t.database}`);
    console.log('query'.padEnd(58), 'page 10', 'page 100');
    for (const [name, doc] of cases) {
      const ten = await t.countQueries(() => t.gql(doc, { limit: 10 }, admin));
      const hundred = await t.countQueries(() => t.gql(doc, { limit: 100 }, admin));
      console.log(name.padEnd(58), String(ten).padStart(7), String(hundred).padStart(8));
    }
  } finally {
    await t.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
