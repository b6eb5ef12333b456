-- invitations: a single-use link that gives one person exactly one role in exactly one file

-- a person of the network map who has (or is invited to) an account: the map, plan and sharing know who it is
alter table network_member add column map_id uuid;
alter table network_member add column map_person_id text;
create unique index network_member_map_person on network_member (family_id, map_id, map_person_id) where map_person_id is not null;

-- the e-mail address an account was invited at, to reach the person later (reminders, plan)
alter table account add column email text;

create table invitation (
    id                uuid primary key,
    family_id         uuid        not null references family (id) on delete cascade,
    -- exactly one of these: the family member or the network member who gets the account
    family_member_id  uuid references family_member (id) on delete cascade,
    network_member_id uuid references network_member (id) on delete cascade,
    -- follows from the invitee, never from the request: YOUTH/PARENT for a family member, NETWORK_MEMBER otherwise
    role              text        not null check (role in ('YOUTH', 'PARENT', 'NETWORK_MEMBER')),
    invitee_name      text        not null,
    email             text        not null,
    language          text        not null check (language in ('nl', 'en')),
    -- SHA-256 of the link's secret; the secret itself is only in the mail
    token_hash        text        not null unique,
    invited_by        uuid references account (id) on delete set null,
    created_at        timestamptz not null,
    sent_at           timestamptz not null,
    sent_count        integer     not null default 1,
    expires_at        timestamptz not null,
    withdrawn_at      timestamptz,
    used_at           timestamptz,
    used_by           uuid references account (id) on delete set null,
    check ((family_member_id is null) <> (network_member_id is null)),
    check ((role = 'NETWORK_MEMBER') = (network_member_id is not null))
);
create index invitation_family on invitation (family_id);
-- at most one open invitation per invitee
create unique index invitation_open_member on invitation (family_member_id) where used_at is null and withdrawn_at is null;
create unique index invitation_open_network on invitation (network_member_id) where used_at is null and withdrawn_at is null;
