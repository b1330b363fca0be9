import { Migration } from '@mikro-orm/migrations';

/** Serialises appenders to the chain: one transaction at a time holds it until commit. */
export const AUDIT_CHAIN_LOCK = 0x41554454; // "AUDT"

/**
 * The tamper-evident audit chain (docs/audit.md): `seq` replaces the serial id,
 * every event carries the previous event's hash and its own SHA-256, the
 * database computes both on insert under a lock, and refuses to update,
 * delete or truncate the event and checkpoint tables. Existing events are
 * chained in their original order.
 */
export class Migration20261129040415_AuditChain extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_checkpoint" ("seq" bigint not null, "hash" varchar(64) not null, "signed_at" timestamptz not null, "signature" text not null, "key_id" varchar(64) not null, constraint "audit_checkpoint_pkey" primary key ("seq"));`);

    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check("action" in ('CREATE', 'UPDATE', 'DELETE', 'READ'));`);
    this.addSql(`drop index "audit_event_entity_type_entity_id_index";`);
    this.addSql(`alter table "audit_event" add column "scope_unit_id" uuid null, add column "seq" bigint null;`);

    // The canonical form of an event: a JSON array of its columns in a fixed order, NULL as null,
    // time in UTC with milliseconds, changes in jsonb's normalised text. Versioned so it can evolve.
    this.addSql(`create or replace function audit_event_canonical(e audit_event) returns text
      language sql stable parallel safe as $fn$
        select json_build_array(
          'audit-event/v1', e.seq, e.prev_hash,
          to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          e.request_id, e.actor_id, e.actor_name, e.command, e.action,
          e.entity_type, e.entity_id, e.scope_unit_id, e.changes
        )::text
      $fn$;`);
    this.addSql(`create or replace function audit_event_hash(e audit_event) returns text
      language sql stable parallel safe as $fn$
        select encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')
      $fn$;`);

    // Chain the events recorded so far, in the order they were written.
    this.addSql(`do $do$
      declare
        r audit_event%rowtype;
        prev text := repeat('0', 64);
        n bigint := 0;
      begin
        for r in select * from audit_event order by id loop
          n := n + 1;
          r.seq := n;
          r.prev_hash := prev;
          r.occurred_at := date_trunc('milliseconds', r.occurred_at);
          if r.entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
            r.scope_unit_id := case r.entity_type
              when 'Unit' then r.entity_id::uuid
              when 'Person' then (select p.unit_id from person p where p.id = r.entity_id::uuid)
            end;
          end if;
          r.hash := audit_event_hash(r);
          update audit_event
             set seq = r.seq, prev_hash = r.prev_hash, occurred_at = r.occurred_at, scope_unit_id = r.scope_unit_id, hash = r.hash
           where id = r.id;
          prev := r.hash;
        end loop;
      end
    $do$;`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_pkey";`);
    this.addSql(`alter table "audit_event" drop column "id";`);
    this.addSql(`alter table "audit_event" alter column "seq" set not null, alter column "seq" set default 0;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_pkey" primary key ("seq");`);
    // Lists filter by one column and order by time; trailing columns serve a second filter and the capped count.
    this.addSql(`create index "audit_event_time_index" on "audit_event" ("occurred_at", "seq");`);
    this.addSql(`create index "audit_event_actor_index" on "audit_event" ("actor_id", "occurred_at", "seq", "action", "entity_type");`);
    this.addSql(`create index "audit_event_unit_index" on "audit_event" ("scope_unit_id", "occurred_at", "seq", "action", "entity_type");`);
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action", "occurred_at", "seq");`);
    this.addSql(`create index "audit_event_entity_type_index" on "audit_event" ("entity_type", "occurred_at", "seq", "action");`);
    this.addSql(`create index "audit_event_entity_index" on "audit_event" ("entity_type", "entity_id", "occurred_at", "seq");`);

    // Whatever the application sends, the database numbers and chains the event. The lock is held
    // until commit, so concurrent transactions append one after another and never fork the chain;
    // a rolled-back transaction's events vanish with it and the next one takes the same numbers.
    this.addSql(`create or replace function audit_event_append() returns trigger
      language plpgsql as $fn$
        declare
          last_seq bigint;
          last_hash text;
        begin
          perform pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK});
          select e.seq, e.hash into last_seq, last_hash from audit_event e order by e.seq desc limit 1;
          new.seq := coalesce(last_seq, 0) + 1;
          new.prev_hash := coalesce(last_hash, repeat('0', 64));
          new.occurred_at := date_trunc('milliseconds', coalesce(new.occurred_at, clock_timestamp()));
          new.changes := coalesce(new.changes, '{}'::jsonb);
          new.hash := audit_event_hash(new);
          return new;
        end
      $fn$;`);
    this.addSql(`create trigger "audit_event_append" before insert on "audit_event" for each row execute function audit_event_append();`);

    // Append-only, even for roles with UPDATE, DELETE or TRUNCATE rights on the tables.
    this.addSql(`create or replace function audit_append_only() returns trigger
      language plpgsql as $fn$
        begin
          raise exception 'The audit trail is append-only: % on % is refused', tg_op, tg_table_name
            using errcode = 'integrity_constraint_violation';
        end
      $fn$;`);
    for (const table of ['audit_event', 'audit_checkpoint']) {
      this.addSql(`create trigger "${table}_no_change" before update or delete on "${table}" for each row execute function audit_append_only();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "${table}" for each statement execute function audit_append_only();`);
    }

    // The application's role: everything on the business tables, only SELECT and INSERT on the
    // audit tables. Created where the migrating user may create roles; skipped otherwise (see
    // docs/audit.md for production). Roles are cluster-wide, grants are per database.
    this.addSql(`do $do$
      begin
        if not exists (select 1 from pg_roles where rolname = 'integrity_app') then
          begin
            create role integrity_app nologin;
          exception
            when insufficient_privilege then
              raise notice 'integrity_app not created: the migrating user may not create roles';
              return;
            when duplicate_object or unique_violation then
              null; -- created meanwhile by a migration of another database
          end;
        end if;
        execute format('grant usage on schema %I to integrity_app', current_schema());
        execute format('grant select, insert, update, delete on all tables in schema %I to integrity_app', current_schema());
        execute format('grant usage, select on all sequences in schema %I to integrity_app', current_schema());
        revoke update, delete, truncate, references, trigger on audit_event, audit_checkpoint from integrity_app;
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to integrity_app', current_schema());
        execute format('alter default privileges in schema %I grant usage, select on sequences to integrity_app', current_schema());
      exception
        when insufficient_privilege then
          raise notice 'integrity_app not granted: the migrating user does not own the tables';
      end
    $do$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_event_append" on "audit_event";`);
    this.addSql(`drop trigger if exists "audit_event_no_change" on "audit_event";`);
    this.addSql(`drop trigger if exists "audit_event_no_truncate" on "audit_event";`);
    this.addSql(`drop table if exists "audit_checkpoint" cascade;`);
    this.addSql(`drop function if exists audit_event_append();`);
    this.addSql(`drop function if exists audit_append_only();`);
    this.addSql(`drop function if exists audit_event_hash(audit_event);`);
    this.addSql(`drop function if exists audit_event_canonical(audit_event);`);

    this.addSql(`drop index "audit_event_time_index";`);
    this.addSql(`drop index "audit_event_actor_index";`);
    this.addSql(`drop index "audit_event_unit_index";`);
    this.addSql(`drop index "audit_event_action_index";`);
    this.addSql(`drop index "audit_event_entity_type_index";`);
    this.addSql(`drop index "audit_event_entity_index";`);
    this.addSql(`delete from "audit_event" where "action" = 'READ';`);
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check("action" in ('CREATE', 'UPDATE', 'DELETE'));`);
    this.addSql(`alter table "audit_event" drop column "scope_unit_id";`);
    this.addSql(`alter table "audit_event" rename column "seq" to "id";`);
    this.addSql(`create sequence "audit_event_id_seq" owned by "audit_event"."id";`);
    this.addSql(`select setval('audit_event_id_seq', coalesce((select max("id") from "audit_event"), 0) + 1, false);`);
    this.addSql(`alter table "audit_event" alter column "id" set default nextval('audit_event_id_seq');`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);
  }
}
