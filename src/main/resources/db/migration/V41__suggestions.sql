-- "Who can help?": the needs a family writes itself, and what was suggested for a need and what the family chose,
-- so that the municipality can later learn which kind of support is found (levels and kinds, counted anonymously).
create table suggestion_own_need (
    id           uuid primary key,
    family_id    uuid        not null references family (id) on delete cascade,
    text         text        not null,
    support_type text        not null,
    created_by   uuid        not null,
    created_at   timestamptz not null,
    closed_at    timestamptz
);
create index suggestion_own_need_family on suggestion_own_need (family_id);

create table suggestion_choice (
    id            uuid primary key,
    family_id     uuid        not null references family (id) on delete cascade,
    need_key      text        not null,
    need_kind     text        not null,
    support_types text        not null,
    -- every suggestion shown for the need, in order: level number, source and reference (ids only, never names)
    suggested     jsonb       not null,
    chosen_level  smallint    not null,
    chosen_source text        not null,
    chosen_ref    text        not null,
    chosen_rank   smallint    not null,
    choice_kind   text        not null,
    plan_id       uuid,
    agreement_id  uuid,
    note          text        not null default '',
    chosen_by     uuid        not null,
    chosen_at     timestamptz not null
);
create index suggestion_choice_family on suggestion_choice (family_id, chosen_at);
