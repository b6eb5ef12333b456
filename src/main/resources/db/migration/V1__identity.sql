-- identity: teams, accounts, roles and personal access tokens
create table team (
    id   uuid primary key,
    name text not null unique
);

create table account (
    id               uuid primary key,
    username         text        not null unique,
    display_name     text        not null,
    password_hash    text,
    oidc_issuer      text,
    oidc_subject     text,
    team_id          uuid references team (id),
    enabled          boolean     not null default true,
    failed_logins    integer     not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    unique (oidc_issuer, oidc_subject)
);

create table account_role (
    account_id uuid not null references account (id) on delete cascade,
    role       text not null check (role in ('YOUTH', 'PARENT', 'NETWORK_MEMBER', 'VOLUNTEER', 'COORDINATOR',
                                             'PROFESSIONAL', 'ANALYST', 'ADMINISTRATOR')),
    primary key (account_id, role)
);

create table personal_access_token (
    id           uuid primary key,
    account_id   uuid        not null references account (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index personal_access_token_account on personal_access_token (account_id);

-- failed sign-ins per client address, for throttling; holds no user names
create table login_failure (
    client_address text        not null,
    occurred_at    timestamptz not null default now()
);
create index login_failure_address_time on login_failure (client_address, occurred_at);
