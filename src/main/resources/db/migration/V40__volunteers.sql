-- Volunteers of the matching programmes (issue 14). A volunteer (one person or a whole household)
-- registers online with an organisation and gets an account with the VOLUNTEER role; the profile is what
-- matching weighs. Of the postcode only its area (PC4) is kept: distances need no more.
-- availability: codes DAY_PART, e.g. WEDNESDAY_AFTERNOON; languages: ISO 639 codes; interests: Interest names;
-- cultures: as the volunteer typed them (optional, used only where a family asks for it); language: of Kring's mails.
create table volunteer (
    id              uuid primary key,
    account_id      uuid        not null unique references account (id),
    organisation_id uuid        not null references organisation (id),
    kind            text        not null check (kind in ('PERSON', 'HOUSEHOLD')),
    name            text        not null check (length(btrim(name)) between 1 and 120),
    household       text        not null default '' check (length(household) <= 500),
    phone           text        not null default '' check (length(phone) <= 30),
    pc4             integer     not null check (pc4 between 1000 and 9999),
    languages       text[]      not null default '{}',
    availability    text[]      not null default '{}',
    interests       text[]      not null default '{}',
    experience      text        not null default '' check (length(experience) <= 2000),
    cultures        text[]      not null default '{}',
    age_from        integer     check (age_from between 0 and 120),
    age_to          integer     check (age_to between 0 and 120),
    max_distance_km integer     check (max_distance_km between 1 and 100),
    language        text        not null default 'nl' check (language in ('nl', 'en')),
    registered_at   timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (age_from is null or age_to is null or age_from <= age_to)
);
create index volunteer_organisation on volunteer (organisation_id);

-- the programmes of the organisation the volunteer signed up for
create table volunteer_programme (
    volunteer_id  uuid        not null references volunteer (id) on delete cascade,
    programme_id  uuid        not null references programme (id) on delete cascade,
    registered_at timestamptz not null default now(),
    primary key (volunteer_id, programme_id)
);
create index volunteer_programme_programme on volunteer_programme (programme_id);

-- what the coordinator saw for a programme's requirement: the date of the certificate, the check, the training
-- or the interview; for a certificate of conduct its screening profile; a short note on the evidence. The
-- newest of a kind counts; older ones stay as the history.
create table volunteer_evidence (
    id                uuid primary key,
    volunteer_id      uuid        not null references volunteer (id) on delete cascade,
    programme_id      uuid        not null references programme (id) on delete cascade,
    kind              text        not null,
    evidence_date     date        not null,
    screening_profile text        check (length(screening_profile) between 1 and 100),
    note              text        not null default '' check (length(note) <= 500),
    recorded_by       uuid        not null references account (id),
    recorded_at       timestamptz not null default now()
);
create index volunteer_evidence_of on volunteer_evidence (volunteer_id, programme_id);

-- the renewal reminders mailed: one per piece of evidence running out (its kind and the day it expires), so
-- that the daily job mails each reminder once however often it runs
create table volunteer_renewal_reminder (
    volunteer_id uuid        not null references volunteer (id) on delete cascade,
    programme_id uuid        not null references programme (id) on delete cascade,
    kind         text        not null,
    expires      date        not null,
    sent_at      timestamptz not null,
    primary key (volunteer_id, programme_id, kind, expires)
);
