-- exceptions: sharing without consent, recorded by an assigned professional (a child's safety, or a
-- statutory measure), and the child-protection measures that mark a family file.

-- the privacy officer of a team sees what is hidden from a family for a child's safety
alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check
    check (role in ('YOUTH', 'PARENT', 'NETWORK_MEMBER', 'VOLUNTEER', 'COORDINATOR', 'PROFESSIONAL', 'PRIVACY_OFFICER',
                    'ANALYST', 'ADMINISTRATOR'));

create table sharing_exception (
    id                 uuid primary key,
    family_id          uuid        not null references family (id) on delete cascade,
    subject_member_id  uuid        not null,
    reason             text        not null check (reason in ('CHILD_SAFETY', 'STATUTORY_MEASURE')),
    justification      text        not null check (length(btrim(justification)) > 0),
    recorded_by        uuid        not null,
    recorded_at        timestamptz not null,
    recipient_kind     text        not null check (recipient_kind in ('NETWORK_MEMBER', 'VOLUNTEER', 'EXTERNAL_PROFESSIONAL', 'ORGANISATION')),
    recipient_id       uuid        not null,
    recipient_label    text        not null,
    categories         text[]      not null check (cardinality(categories) > 0),
    start_date         date        not null,
    end_date           date,
    hidden_from_family boolean     not null default false,
    -- ended early by a professional: from this moment on it no longer counts
    ended_at           timestamptz,
    ended_by           uuid,
    check (end_date is null or end_date >= start_date),
    check (not hidden_from_family or reason = 'CHILD_SAFETY'),
    check ((ended_at is null) = (ended_by is null))
);
create index sharing_exception_family on sharing_exception (family_id);
create index sharing_exception_recipient on sharing_exception (recipient_id);

create table protection_measure (
    id              uuid primary key,
    family_id       uuid        not null references family (id) on delete cascade,
    youth_member_id uuid        not null references family_member (id) on delete cascade,
    kind            text        not null check (kind in ('SUPERVISION_ORDER', 'GUARDIANSHIP', 'CLOSED_YOUTH_CARE', 'YOUTH_PROBATION')),
    start_date      date        not null,
    end_date        date,
    recorded_by     uuid        not null,
    recorded_at     timestamptz not null default now(),
    ended_by        uuid,
    ended_at        timestamptz,
    check (end_date is null or end_date >= start_date)
);
create index protection_measure_family on protection_measure (family_id);

-- audit lines the family is not shown ("who looked at our file") because showing them would endanger
-- a child; the team's privacy officer sees them. The append-only trigger fires on row updates and
-- deletes only, so adding a column with a default is allowed and leaves existing lines as they were.
alter table audit_event add column hidden_from_family boolean not null default false;
create index audit_event_family_hidden on audit_event (family_id, occurred_at desc) where hidden_from_family;
