-- The youth's own mentor (JIM, Jouw Ingebrachte Mentor): a youth nominates a trusted adult from their own network
-- (a person on one of the family's maps); the parents with authority agree or refuse (until the youth is 16); the
-- mentor accepts. Several mentors are possible.
create table mentorship (
    id               uuid        primary key,
    family_id        uuid        not null references family (id) on delete cascade,
    youth_member_id  uuid        not null references family_member (id) on delete cascade,
    map_id           uuid        not null,
    person_id        text        not null,
    mentor_name      text        not null,
    -- the parents with authority whose agreement the nomination needs (none from 16)
    parents_to_agree uuid[]      not null,
    nominated_by     uuid        not null,
    nominated_at     timestamptz not null,
    accepted_at      timestamptz,
    -- who recorded the mentor's yes: the mentor's own account, or the youth on the mentor's word
    accepted_by      uuid,
    accepted_in_person boolean   not null default false,
    declined_at      timestamptz,
    ended_at         timestamptz
);
create index mentorship_family on mentorship (family_id);
create index mentorship_map_person on mentorship (family_id, map_id, person_id);

create table mentorship_answer (
    mentorship_id uuid        not null references mentorship (id) on delete cascade,
    member_id     uuid        not null references family_member (id) on delete cascade,
    agrees        boolean     not null,
    reason        text        not null default '',
    answered_at   timestamptz not null,
    primary key (mentorship_id, member_id)
);
