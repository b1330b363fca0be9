import type { DocumentNode, OperationVariables } from '@apollo/client';
import type { Identifier, RaRecord } from 'react-admin';

/** Runs one of the generated documents; the caller names its result and variable types. */
export interface Gql {
  query<TData, TVariables extends OperationVariables>(document: DocumentNode, variables: TVariables): Promise<TData>;
  mutate<TData, TVariables extends OperationVariables>(document: DocumentNode, variables: TVariables): Promise<TData>;
}

export interface ListQuery {
  offset: number;
  /** At most the server's page size (100). */
  limit: number;
  sort?: { field: string; order: 'ASC' | 'DESC' };
  /** react-admin's filter values, as the list's filter inputs hold them. */
  filter: Record<string, unknown>;
}

/**
 * How one react-admin resource maps onto the GraphQL API. Each resource folder
 * provides one; the data provider turns react-admin's calls into these.
 */
export interface ResourceSource<R extends RaRecord = RaRecord> {
  list(gql: Gql, query: ListQuery): Promise<{ items: R[]; total: number }>;
  one(gql: Gql, id: Identifier): Promise<R>;
  /** Several records in one call; without it the data provider fetches them one by one. */
  many?(gql: Gql, ids: Identifier[]): Promise<R[]>;
  create?(gql: Gql, data: Record<string, unknown>): Promise<R>;
  /** `previous` is the record as the form loaded it: its version goes back for optimistic locking. */
  update?(gql: Gql, id: Identifier, data: Record<string, unknown>, previous: R): Promise<R>;
  remove?(gql: Gql, id: Identifier): Promise<void>;
}

/** A resource's source, downloaded with its documents the first time the resource is used. */
export type LoadSource = () => Promise<ResourceSource>;
