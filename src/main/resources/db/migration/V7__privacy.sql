-- privacy: requests to destroy a family file and the anonymous record that it happened.
-- No foreign key to family: the request outlives the file it was about.
create table destruction_request (
    id             uuid primary key,
    family_id      uuid        not null,
    requested_by   uuid        not null,
    requested_at   timestamptz not null default now(),
    decide_by      date        not null,
    status         text        not null check (status in ('PENDING', 'EXECUTED', 'REFUSED')),
    decided_by     uuid,
    decided_at     timestamptz,
    refusal_ground text check (refusal_ground in ('SUBSTANTIAL_INTEREST_OF_ANOTHER', 'LEGAL_OBLIGATION')),
    refusal_reason text,
    check (status <> 'REFUSED' or (refusal_ground is not null and refusal_reason is not null))
);
create index destruction_request_family on destruction_request (family_id);
