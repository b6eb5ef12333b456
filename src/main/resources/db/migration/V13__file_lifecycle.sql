-- the family file's life: opened by a team, members kept up to date, care situations over time,
-- handed over between teams, closed with an outcome and reopened within the retention period

-- parents and carers: how they relate to the youths, and since when they hold parental authority
alter table family_member add column carer_kind text check (carer_kind in ('MOTHER', 'FATHER', 'STEP_PARENT', 'FOSTER_PARENT', 'GUARDIAN', 'OTHER_CARER'));
alter table family_member add column authority_since date;

-- a change of parental authority applies from its day: the member's authority on a day is the latest
-- change on or before that day, or the member's own value when there is none
create table authority_change (
    id          uuid primary key,
    family_id   uuid        not null references family (id) on delete cascade,
    member_id   uuid        not null references family_member (id) on delete cascade,
    authority   boolean     not null,
    effective   date        not null,
    recorded_by uuid        references account (id) on delete set null,
    recorded_at timestamptz not null default now()
);
create index authority_change_member on authority_change (member_id, effective);

-- the care situation of each youth over time: what the municipality's learning counts later
create table care_situation (
    id             uuid primary key,
    family_id      uuid        not null references family (id) on delete cascade,
    youth_id       uuid        not null references family_member (id) on delete cascade,
    situation      text        not null check (situation in ('NO_CARE', 'OWN_NETWORK_ONLY', 'OUTPATIENT', 'DAY_TREATMENT',
                                                             'PLACEMENT_KINSHIP_FOSTER', 'PLACEMENT_FOSTER', 'PLACEMENT_RESIDENTIAL', 'PLACEMENT_SECURE')),
    since          date        not null,
    recorded_by    uuid        references account (id) on delete set null,
    recorded_at    timestamptz not null default now()
);
create index care_situation_youth on care_situation (youth_id, since);
create index care_situation_family on care_situation (family_id);

-- hand-over of a file to another team, with the note the new team reads
create table file_transfer (
    id             uuid primary key,
    family_id      uuid        not null references family (id) on delete cascade,
    from_team_id   uuid        not null references team (id),
    to_team_id     uuid        not null references team (id),
    note           text        not null,
    transferred_by uuid        references account (id) on delete set null,
    transferred_at timestamptz not null default now(),
    taken_up_by    uuid        references account (id) on delete set null,
    taken_up_at    timestamptz
);
create index file_transfer_family on file_transfer (family_id, transferred_at);

-- each closing of a file with its outcome; a reopening fills in the second half of the row
create table file_closure (
    id            uuid primary key,
    family_id     uuid        not null references family (id) on delete cascade,
    closed_on     date        not null,
    reason        text        not null check (reason in ('GOALS_REACHED', 'MOVED_AWAY', 'TRANSFERRED', 'FAMILY_STOPPED', 'PLACEMENT', 'OTHER')),
    reason_text   text,
    closed_by     uuid        references account (id) on delete set null,
    recorded_at   timestamptz not null default now(),
    reopened_at   timestamptz,
    reopen_reason text,
    reopened_by   uuid        references account (id) on delete set null,
    check (reason <> 'OTHER' or reason_text is not null)
);
create index file_closure_family on file_closure (family_id, recorded_at);
