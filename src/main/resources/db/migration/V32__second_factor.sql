-- identity: the second factor at sign-in (TOTP, RFC 6238) and its recovery codes.
-- A row exists only once the person confirmed the secret with a code from their app; a secret that is
-- being set up lives in the session only. Wrong codes count as failed sign-ins: they use the account's
-- failed_logins / locked_until and the per-address login_failure table, like a wrong password.
create table second_factor (
    account_id     uuid primary key references account (id) on delete cascade,
    -- base32 (RFC 4648) shared secret; needed in clear to compute codes, never logged or shown again
    totp_secret    text        not null,
    confirmed_at   timestamptz not null default now(),
    -- the last accepted time-step (unix time / 30 s): a code of this step or an earlier one is refused
    last_used_step bigint      not null
);

-- single-use recovery codes, stored as SHA-256 hashes only (they are shown once, at creation)
create table recovery_code (
    account_id uuid        not null references second_factor (account_id) on delete cascade,
    code_hash  text        not null,
    created_at timestamptz not null default now(),
    used_at    timestamptz,
    primary key (account_id, code_hash)
);
