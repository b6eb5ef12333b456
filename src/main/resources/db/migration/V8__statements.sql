-- privacy: the family's own statements in its file, and its requests to correct what is recorded
create table family_statement (
    id         uuid primary key,
    family_id  uuid        not null references family (id) on delete cascade,
    member_id  uuid        not null,
    kind       text        not null check (kind in ('CORRECTION_REQUEST', 'STATEMENT')),
    text       text        not null check (length(text) between 1 and 4000),
    created_at timestamptz not null default now()
);
create index family_statement_family on family_statement (family_id, created_at);
