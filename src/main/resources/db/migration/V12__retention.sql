-- retention: a closed file whose retention period has passed is destroyed on the administrator's
-- confirmation, and leaves the same anonymous record as a destruction on request (ids and dates only),
-- with reason RETENTION. Nobody in the family asked, so such a record has no requester; it keeps the
-- day care ended, which shows that the file was due.
alter table destruction_request add column reason text not null default 'REQUEST' check (reason in ('REQUEST', 'RETENTION'));
alter table destruction_request add column closed_on date;
alter table destruction_request alter column requested_by drop not null;
alter table destruction_request add constraint destruction_request_origin check (
    (reason = 'REQUEST' and requested_by is not null)
    or (reason = 'RETENTION' and status = 'EXECUTED' and closed_on is not null and decided_by is not null and decided_at is not null));

-- the administrator's list of closed files due for destruction
create index family_closed on family (closed_at) where status = 'CLOSED';
