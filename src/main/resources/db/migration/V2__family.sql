-- family: the family file (dossier), its members and the professionals assigned to it
create table family (
    id         uuid primary key,
    name       text        not null,
    team_id    uuid        not null references team (id),
    status     text        not null check (status in ('INTAKE', 'ACTIVE', 'STEP_DOWN', 'CLOSED')),
    demo       boolean     not null default false,
    created_at timestamptz not null default now(),
    closed_at  timestamptz
);

create table family_member (
    id                 uuid primary key,
    family_id          uuid    not null references family (id) on delete cascade,
    account_id         uuid references account (id) on delete set null,
    given_name         text    not null,
    family_name        text    not null,
    relation           text    not null check (relation in ('YOUTH', 'PARENT')),
    birth_date         date,
    parental_authority boolean not null default false,
    check (relation = 'PARENT' or parental_authority = false)
);
create index family_member_family on family_member (family_id);
create index family_member_account on family_member (account_id);

-- people around the family who have an account; what they may see is decided by consent (later)
create table network_member (
    id         uuid primary key,
    family_id  uuid not null references family (id) on delete cascade,
    account_id uuid references account (id) on delete set null,
    name       text not null,
    role_label text not null
);
create index network_member_family on network_member (family_id);
create index network_member_account on network_member (account_id);

create table family_professional (
    family_id  uuid not null references family (id) on delete cascade,
    account_id uuid not null references account (id) on delete cascade,
    primary key (family_id, account_id)
);
create index family_professional_account on family_professional (account_id);
