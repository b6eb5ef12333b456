-- Volunteer programmes and matching (issue 14). An organisation (a foundation, a welfare organisation) runs
-- programmes; the administrator creates organisations and names their coordinators (accounts with the
-- COORDINATOR role); an organisation's coordinators manage its programmes. A programme is configured, not
-- coded: what it is for, who supports, rhythm and length, the stages of a match with their required
-- steps, the matching criteria with their weights and hard limits, the maximum distance and the capacity a
-- volunteer may take.

create table organisation (
    id         uuid primary key,
    name       text        not null check (length(btrim(name)) between 1 and 200),
    created_at timestamptz not null default now()
);
create unique index organisation_name on organisation (lower(name));

create table organisation_coordinator (
    organisation_id uuid        not null references organisation (id) on delete cascade,
    account_id      uuid        not null references account (id),
    added_at        timestamptz not null default now(),
    primary key (organisation_id, account_id)
);
create index organisation_coordinator_account on organisation_coordinator (account_id);

-- support_form: INDIVIDUAL (a volunteer), HOUSEHOLD (a volunteer household), PEER (someone in the same
-- situation); template: the template it was made from, if any (BUURTGEZINNEN, HOME_START, ...).
-- Ages are the youth's or child's, in whole years; details belong in target_group.
create table programme (
    id                  uuid primary key,
    organisation_id     uuid        not null references organisation (id),
    name                text        not null check (length(btrim(name)) between 1 and 200),
    target_group        text        not null default '',
    age_from            integer     check (age_from between 0 and 120),
    age_to              integer     check (age_to between 0 and 120),
    support_form        text        not null,
    contact_every_weeks integer     check (contact_every_weeks between 1 and 52),
    length_months       integer     check (length_months between 1 and 120),
    rhythm_note         text        not null default '',
    max_distance_km     integer     check (max_distance_km between 1 and 500),
    volunteer_capacity  integer     not null check (volunteer_capacity between 1 and 20),
    template            text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check (age_from is null or age_to is null or age_from <= age_to)
);
create unique index programme_name on programme (organisation_id, lower(name));

-- the stages of a match in their order, each with the steps it requires (in order)
create table programme_stage (
    programme_id   uuid    not null references programme (id) on delete cascade,
    position       integer not null check (position >= 0),
    name           text    not null check (length(btrim(name)) between 1 and 200),
    required_steps text[]  not null default '{}',
    primary key (programme_id, position)
);

-- how much each criterion weighs in a proposal (0 = not used) and whether it is a hard limit that excludes
create table programme_criterion (
    programme_id uuid    not null references programme (id) on delete cascade,
    criterion    text    not null,
    weight       integer not null check (weight between 0 and 10),
    hard_limit   boolean not null default false,
    primary key (programme_id, criterion)
);

-- what a volunteer must show before being matched in the programme (CERTIFICATE_OF_CONDUCT, ID_CHECKED,
-- TRAINING, INTAKE_INTERVIEW); valid_months: how long the evidence stays valid (null: for good);
-- screening_profile: the screening profile a certificate of conduct must have been issued for (null: any)
create table programme_requirement (
    programme_id      uuid    not null references programme (id) on delete cascade,
    kind              text    not null,
    valid_months      integer check (valid_months between 1 and 240),
    screening_profile text    check (length(screening_profile) between 1 and 100),
    primary key (programme_id, kind)
);
