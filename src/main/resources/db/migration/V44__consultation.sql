-- The case consultation (expertisetent): the family and their coach bring a question about a youth to a panel of
-- professionals from several disciplines. The record is the family's and goes with the file.
create table consultation (
    id                 uuid        primary key,
    family_id          uuid        not null references family (id) on delete cascade,
    youth_member_id    uuid        not null references family_member (id) on delete cascade,
    question           text        not null,
    while_waiting      text        not null default '',
    -- PROGRAMME (a kind of programme of organised informal support) or PROVIDER (a named provider)
    match_kind         text        check (match_kind in ('PROGRAMME', 'PROVIDER')),
    match_programme    text,
    match_provider     text,
    match_note         text,
    matched_at         timestamptz,
    matched_by         uuid,
    created_by         uuid        not null,
    created_at         timestamptz not null
);
create index consultation_family on consultation (family_id);

create table consultation_panel (
    consultation_id uuid        not null references consultation (id) on delete cascade,
    account_id      uuid        not null,
    name            text        not null,
    discipline      text        not null,
    invited_at      timestamptz not null,
    primary key (consultation_id, account_id)
);
create index consultation_panel_account on consultation_panel (account_id);

create table consultation_advice (
    consultation_id uuid        not null references consultation (id) on delete cascade,
    author_id       uuid        not null,
    text            text        not null,
    written_at      timestamptz not null,
    primary key (consultation_id, author_id),
    foreign key (consultation_id, author_id) references consultation_panel (consultation_id, account_id) on delete cascade
);

-- what a member of the family thinks of one panel member's advice
create table consultation_reaction (
    consultation_id uuid        not null references consultation (id) on delete cascade,
    author_id       uuid        not null,
    member_id       uuid        not null references family_member (id) on delete cascade,
    text            text        not null,
    written_at      timestamptz not null,
    primary key (consultation_id, author_id, member_id),
    foreign key (consultation_id, author_id) references consultation_advice (consultation_id, author_id) on delete cascade
);
