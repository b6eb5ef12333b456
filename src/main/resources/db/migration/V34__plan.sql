-- plan: the family's own plans, their versions (accepted ones kept as they are), who accepted which
-- version, the persons a youth does not want involved, and network members' answers to agreements
create table plan (
    id         uuid primary key,
    family_id  uuid        not null references family (id) on delete cascade,
    title      text        not null,
    created_at timestamptz not null,
    created_by uuid        not null
);
create index plan_family on plan (family_id);

create table plan_version (
    id          uuid primary key,
    plan_id     uuid        not null references plan (id) on delete cascade,
    number      integer     not null check (number >= 1),
    -- optimistic concurrency: every change raises the revision; a change based on an older one is refused
    revision    integer     not null default 0,
    status      text        not null check (status in ('DRAFT', 'ACCEPTED')),
    -- the version's text (the family's part and the professionals' part) as one document: it is
    -- always read and written whole, and an accepted version never changes
    content     jsonb       not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    updated_by  uuid        not null,
    accepted_at timestamptz,
    unique (plan_id, number)
);

-- each acceptor accepts for themselves; an acceptance counts for the revision it was given for
create table plan_acceptance (
    version_id  uuid        not null references plan_version (id) on delete cascade,
    member_id   uuid        not null,
    account_id  uuid        not null,
    revision    integer     not null,
    accepted_at timestamptz not null,
    primary key (version_id, member_id)
);

create table plan_refused_person (
    family_id       uuid        not null references family (id) on delete cascade,
    map_id          uuid        not null,
    person_id       text        not null,
    person_name     text        not null,
    youth_member_id uuid        not null,
    marked_at       timestamptz not null,
    primary key (family_id, map_id, person_id, youth_member_id)
);

-- a network member's answer to an agreement of an accepted version, and what they ticked off
create table plan_agreement_answer (
    version_id   uuid        not null references plan_version (id) on delete cascade,
    agreement_id uuid        not null,
    account_id   uuid        not null,
    answer       text        not null check (answer in ('CONFIRMED', 'DECLINED')),
    answered_at  timestamptz not null,
    primary key (version_id, agreement_id, account_id)
);

create table plan_agreement_done (
    id           uuid primary key,
    version_id   uuid        not null references plan_version (id) on delete cascade,
    agreement_id uuid        not null,
    account_id   uuid        not null,
    done_on      date        not null,
    note         text        not null default '',
    recorded_at  timestamptz not null
);
create index plan_agreement_done_version on plan_agreement_done (version_id);

-- the network meeting that makes the plan, in visible stages; while the family has its private time,
-- professionals get no access to the plan at all
create table plan_meeting (
    plan_id        uuid primary key references plan (id) on delete cascade,
    stage          text        not null,
    meeting_on     date,
    place          text        not null default '',
    changed_at     timestamptz not null,
    changed_by     uuid        not null
);

-- an evaluation of an accepted version: each agreement marked, and what the family wants to change
create table plan_evaluation (
    id           uuid primary key,
    version_id   uuid        not null references plan_version (id) on delete cascade,
    held_on      date        not null,
    what_changes text        not null default '',
    recorded_by  uuid        not null,
    recorded_at  timestamptz not null
);
create index plan_evaluation_version on plan_evaluation (version_id);

create table plan_evaluation_mark (
    evaluation_id uuid not null references plan_evaluation (id) on delete cascade,
    agreement_id  uuid not null,
    mark          text not null check (mark in ('DONE', 'PARTLY', 'NOT', 'NO_LONGER_NEEDED')),
    note          text not null default '',
    primary key (evaluation_id, agreement_id)
);

-- reminders mailed to the family (a follow-up four weeks after acceptance, each evaluation moment): once each
create table plan_reminder_sent (
    version_id uuid        not null references plan_version (id) on delete cascade,
    kind       text        not null,
    due_on     date        not null,
    sent_at    timestamptz not null,
    primary key (version_id, kind, due_on)
);
