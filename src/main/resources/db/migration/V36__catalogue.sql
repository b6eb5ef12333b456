-- The catalogue of normalising initiatives (seed 003, "De kracht van het gewone"): public, versioned.
-- The starting content is not in this migration: CatalogueSeed imports src/main/resources/catalogue/initiatives.json
-- at start-up, adding only initiatives that are not there yet, so that editors' later versions are never overwritten.

create table catalogue_initiative (
    id             text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
    origin         text        not null check (origin in ('DOCUMENT', 'ADDED')),
    current_number int         not null,
    created_at     timestamptz not null default now()
);

-- Every published version is kept; the initiative's current_number says which one the catalogue shows.
-- content is the whole entry; the other columns are copies of its parts that the search filters on.
create table catalogue_version (
    initiative_id text        not null references catalogue_initiative (id),
    number        int         not null check (number >= 1),
    content       jsonb       not null,
    name          text        not null,
    elements      text[]      not null,
    formality     text        not null check (formality in ('INFORMAL', 'MIXED', 'FORMAL')),
    reach         text        not null check (reach in ('INDIVIDUAL', 'MIXED', 'COLLECTIVE')),
    age_from      int,
    age_to        int,
    target_groups text[]      not null,
    supporters    text[]      not null,
    places        text[]      not null,
    national      boolean     not null,
    -- all free text of the entry but the name and the nutshell, joined by the application
    body          text        not null,
    last_checked  date        not null,
    published_at  timestamptz not null default now(),
    published_by  uuid,
    search        tsvector generated always as (
                      setweight(to_tsvector('dutch', name), 'A')
                      || setweight(to_tsvector('dutch', coalesce(content ->> 'nutshell', '')), 'B')
                      || setweight(to_tsvector('dutch', body), 'C')) stored,
    primary key (initiative_id, number),
    check ((age_from is null) = (age_to is null))
);
create index catalogue_version_search on catalogue_version using gin (search);
create index catalogue_version_elements on catalogue_version using gin (elements);

alter table catalogue_initiative
    add constraint catalogue_initiative_current foreign key (id, current_number)
        references catalogue_version (initiative_id, number) deferrable initially deferred;

-- A living document: anyone may propose a new initiative or a correction (public form, throttled with the
-- other public forms); a catalogue editor asks questions, publishes (a new version) or declines with a reason.
create table catalogue_submission (
    id                uuid primary key,
    kind              text        not null check (kind in ('NEW', 'CORRECTION')),
    -- the initiative a correction is for; for a new one, the initiative it became when published
    initiative_id     text references catalogue_initiative (id),
    content           jsonb       not null,
    email             text        not null,
    submitter_name    text        not null default '',
    note              text        not null default '',
    language          text        not null check (language in ('nl', 'en')),
    state             text        not null check (state in ('OPEN', 'QUESTION_ASKED', 'PUBLISHED', 'DECLINED')),
    submitted_at      timestamptz not null,
    decided_by        uuid,
    decided_at        timestamptz,
    published_number  int,
    check (kind = 'NEW' or initiative_id is not null),
    check ((state = 'PUBLISHED') = (published_number is not null))
);
create index catalogue_submission_open on catalogue_submission (state, submitted_at);

create table catalogue_review_note (
    id            uuid primary key,
    submission_id uuid        not null references catalogue_submission (id),
    kind          text        not null check (kind in ('QUESTION', 'DECLINE')),
    text          text        not null,
    written_by    uuid        not null,
    written_at    timestamptz not null
);
create index catalogue_review_note_submission on catalogue_review_note (submission_id, written_at);

-- The catalogue editor role (identity.Role.CATALOGUE_EDITOR) reviews submissions.
alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check
    check (role in ('YOUTH', 'PARENT', 'NETWORK_MEMBER', 'VOLUNTEER', 'COORDINATOR', 'PROFESSIONAL', 'PRIVACY_OFFICER',
                    'ANALYST', 'CATALOGUE_EDITOR', 'ADMINISTRATOR'));
