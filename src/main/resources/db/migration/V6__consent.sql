-- consent: what the family shares with whom, about which youth, and who approved or withdrew it
create table consent (
    id                uuid primary key,
    family_id         uuid        not null references family (id) on delete cascade,
    subject_member_id uuid        not null,
    recipient_kind    text        not null check (recipient_kind in ('NETWORK_MEMBER', 'VOLUNTEER', 'EXTERNAL_PROFESSIONAL', 'ORGANISATION')),
    recipient_id      uuid        not null,
    recipient_label   text        not null,
    categories        text[]      not null,
    purpose           text        not null,
    start_date        date        not null,
    end_date          date,
    created_at        timestamptz not null default now(),
    created_by        uuid,
    check (end_date is null or end_date >= start_date)
);
create index consent_family on consent (family_id);

create table consent_approval (
    consent_id  uuid        not null references consent (id) on delete cascade,
    member_id   uuid        not null,
    approved_at timestamptz not null,
    primary key (consent_id, member_id)
);

create table consent_withdrawal (
    consent_id   uuid primary key references consent (id) on delete cascade,
    member_id    uuid        not null,
    withdrawn_at timestamptz not null
);
