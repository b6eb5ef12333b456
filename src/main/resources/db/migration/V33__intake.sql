-- intake: a family asks for support itself ("Vraag steun aan"), without an account or a referral. The
-- request lands with the team whose postcode area covers it; the team accepts it into a new family file
-- or answers with a referral.

-- the postcode areas a team covers, on the four digits of a Dutch postcode (1234 AB -> 1234), both ends
-- included; areas never overlap, so every postcode has at most one team
create table team_postcode_area (
    id            uuid primary key,
    team_id       uuid        not null references team (id) on delete cascade,
    from_postcode integer     not null check (from_postcode between 1000 and 9999),
    to_postcode   integer     not null check (to_postcode between 1000 and 9999),
    created_at    timestamptz not null default now(),
    check (from_postcode <= to_postcode),
    exclude using gist (int4range(from_postcode, to_postcode, '[]') with &&)
);
create index team_postcode_area_team on team_postcode_area (team_id);

-- a request for support as the family wrote it. Only what the team needs to answer: the question in
-- their own words, the postcode (for the team), how to reach them (e-mail and/or phone), the language to
-- answer in and, if they like, how they want to be addressed.
-- RECEIVED: waits for the team; ACCEPTED: a family file was opened for it (family_id); REFERRED: the team
-- answered with a referral (referral_text). A handled request's personal data (question, contact, name,
-- the postcode's letters, the referral text) is erased kring.intake.handled-retention after handling
-- (erased_at); the row stays, with ids, dates and the postcode's digits only.
create table support_request (
    id               uuid primary key,
    team_id          uuid        not null references team (id),
    question         text,
    postcode_digits  integer     not null check (postcode_digits between 1000 and 9999),
    postcode_letters text,
    email            text,
    phone            text,
    addressed_as     text,
    language         text        not null check (language in ('nl', 'en')),
    received_at      timestamptz not null default now(),
    state            text        not null default 'RECEIVED' check (state in ('RECEIVED', 'ACCEPTED', 'REFERRED')),
    family_id        uuid        references family (id) on delete set null,
    referral_text    text,
    handled_by       uuid        references account (id) on delete set null,
    handled_at       timestamptz,
    erased_at        timestamptz,
    check ((state = 'RECEIVED') = (handled_at is null)),
    check (erased_at is not null or question is not null),
    check (erased_at is not null or email is not null or phone is not null),
    check (erased_at is null or state <> 'RECEIVED')
);
create index support_request_team on support_request (team_id, state, received_at);
create index support_request_erasable on support_request (handled_at) where erased_at is null and state <> 'RECEIVED';

-- submissions per client address, for throttling: a SHA-256 of the address, never the address itself;
-- forgotten once older than the window
create table intake_attempt (
    client_hash text        not null,
    occurred_at timestamptz not null default now()
);
create index intake_attempt_client_time on intake_attempt (client_hash, occurred_at);
