-- mail: every outgoing message is written here first, in the transaction that decided to send it, and
-- only sent (by SMTP) after that transaction committed, so that no message is lost silently.
-- QUEUED: waiting to be sent; SENT: the SMTP server accepted it; FAILED: the last attempt failed, it is
-- retried while attempts < kring.mail.max-attempts; OUTBOX: no SMTP server is configured, so it was never
-- sent ("niet verzonden") and stays here for the administrator to see in demo mode.
create table mail_message (
    id uuid primary key,
    recipient text not null,
    language text not null,
    subject text not null,
    plain_text text not null,
    html text not null,
    state text not null check (state in ('QUEUED', 'SENT', 'FAILED', 'OUTBOX')),
    attempts integer not null default 0 check (attempts >= 0),
    last_error text,
    created_at timestamptz not null default now(),
    last_attempt_at timestamptz,
    sent_at timestamptz,
    -- a node that is sending the message holds it until then, so that two nodes never send it twice
    claimed_until timestamptz,
    check ((state = 'SENT') = (sent_at is not null))
);

-- the retry every minute looks only at what is still to be sent
create index mail_message_pending on mail_message (created_at) where state in ('QUEUED', 'FAILED');
create index mail_message_created on mail_message (created_at desc);
