-- audit: who did what to which family file, through which channel. Ids only, no personal data.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz not null default clock_timestamp(),
    account_id   uuid,
    acting_roles text        not null default '',
    family_id    uuid,
    record_ids   text[]      not null default '{}',
    action       text        not null,
    channel      text        not null check (channel in ('PAGE', 'API')),
    outcome      text        not null check (outcome in ('ALLOWED', 'DENIED_NOT_FOUND', 'DENIED_FORBIDDEN', 'UNAUTHENTICATED'))
);
create index audit_event_family on audit_event (family_id, occurred_at desc);
create index audit_event_account on audit_event (account_id, occurred_at desc);
create index audit_event_time on audit_event (occurred_at desc);

-- Append-only in the database itself, whatever the application does.
create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit records are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
