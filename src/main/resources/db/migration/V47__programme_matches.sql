-- Following a match of a volunteer programme (issue 14): from the moment both sides agreed until it is closed.
-- request_id names the request the match answers; it has no foreign key, because requests are kept by another
-- part of the matching module. requested_at is copied from it, for the waiting times of the quarterly report.
create table programme_match (
    id                      uuid primary key,
    programme_id            uuid        not null references programme (id),
    request_id              uuid        not null,
    requested_at            timestamptz not null,
    family_id               uuid        not null references family (id) on delete cascade,
    volunteer_id            uuid        not null references volunteer (id),
    started_on              date        not null,
    started_by              uuid        not null references account (id),
    -- closing: a reason from the closed list, its text for OTHER, and the closing conversation
    closed_on               date,
    close_reason            text        check (close_reason in ('GOAL_REACHED', 'PLANNED_END', 'FAMILY_STOPS', 'VOLUNTEER_STOPS', 'MOVED', 'OTHER')),
    close_reason_text       text        not null default '' check (length(close_reason_text) <= 200),
    closing_conversation_on date,
    closing_note            text        not null default '' check (length(closing_note) <= 1000),
    closed_by               uuid        references account (id),
    created_at              timestamptz not null default now(),
    check ((closed_on is null) = (close_reason is null))
);
-- a request has at most one running match
create unique index programme_match_request_running on programme_match (request_id) where closed_on is null;
create index programme_match_programme on programme_match (programme_id);
create index programme_match_family on programme_match (family_id);
create index programme_match_volunteer on programme_match (volunteer_id);

-- the programme's stages as they were when the match started (a programme changed later does not change a
-- running match); entered_on: the day the match entered it (null: not yet); planned_until: the coordinator's
-- planned end of the stage, if any
create table programme_match_stage (
    match_id       uuid    not null references programme_match (id) on delete cascade,
    position       integer not null check (position >= 0),
    name           text    not null,
    required_steps text[]  not null default '{}',
    entered_on     date,
    planned_until  date,
    primary key (match_id, position)
);

-- a required step of a stage ticked off
create table programme_match_step (
    match_id uuid        not null references programme_match (id) on delete cascade,
    position integer     not null,
    step     text        not null,
    done_on  date        not null,
    done_by  uuid        not null references account (id),
    primary key (match_id, position, step),
    foreign key (match_id, position) references programme_match_stage (match_id, position) on delete cascade
);

-- the volunteer's contact log: the day, what they did together, how it went (short)
create table programme_match_contact (
    id         uuid primary key,
    match_id   uuid        not null references programme_match (id) on delete cascade,
    contact_on date        not null,
    what       text        not null check (length(btrim(what)) between 1 and 200),
    how        text        not null default '' check (length(how) <= 500),
    logged_by  uuid        not null references account (id),
    logged_at  timestamptz not null default now()
);
create index programme_match_contact_of on programme_match_contact (match_id, contact_on);

-- evaluations: moment 0 is the end of the trial period, then the periodic ones; how it goes for each side and
-- the family's own rating of the support (1 to 5)
create table programme_match_evaluation (
    id             uuid primary key,
    match_id       uuid        not null references programme_match (id) on delete cascade,
    moment         integer     not null check (moment >= 0),
    held_on        date        not null,
    family_side    text        not null default '' check (length(family_side) <= 1000),
    volunteer_side text        not null default '' check (length(volunteer_side) <= 1000),
    family_rating  integer     check (family_rating between 1 and 5),
    recorded_by    uuid        not null references account (id),
    recorded_at    timestamptz not null default now(),
    unique (match_id, moment)
);

-- the evaluation reminders mailed, once per moment and due day however often the job runs
create table programme_match_reminder_sent (
    match_id uuid        not null references programme_match (id) on delete cascade,
    moment   integer     not null,
    due_on   date        not null,
    sent_at  timestamptz not null,
    primary key (match_id, moment, due_on)
);

-- the baseline and end measurement: youth care in use (from the file's care situation where the family
-- shares it, source FILE; else entered by the coordinator, source COORDINATOR) and the family's own rating
-- of its support (1 to 5)
create table programme_match_measurement (
    match_id          uuid        not null references programme_match (id) on delete cascade,
    kind              text        not null check (kind in ('BASELINE', 'END')),
    measured_on       date        not null,
    youth_care_in_use boolean,
    care_source       text        check (care_source in ('FILE', 'COORDINATOR')),
    support_rating    integer     check (support_rating between 1 and 5),
    recorded_by       uuid        not null references account (id),
    recorded_at       timestamptz not null default now(),
    primary key (match_id, kind),
    check ((youth_care_in_use is null) = (care_source is null))
);
