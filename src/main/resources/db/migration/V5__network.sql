-- network: network maps of a family, their versions over time, persons and ties per version
create table network_map (
    id               uuid primary key,
    family_id        uuid        not null references family (id) on delete cascade,
    title            text        not null,
    perspective      text        not null check (perspective in ('YOUTH', 'PARENT', 'PROFESSIONAL')),
    centre_kind      text        not null check (centre_kind in ('YOUTH', 'PARENT', 'HOUSEHOLD')),
    centre_member_id uuid,
    created_at       timestamptz not null default now(),
    created_by       uuid
);
create index network_map_family on network_map (family_id);

create table network_map_version (
    id                uuid primary key,
    map_id            uuid        not null references network_map (id) on delete cascade,
    number            integer     not null check (number >= 1),
    centre_name       text        not null,
    centre_birth_date date,
    centre_gender     text        not null default 'UNKNOWN',
    -- optimistic concurrency: every change raises the revision; a change based on an older one is refused
    revision          integer     not null default 0,
    created_at        timestamptz not null default now(),
    created_by        uuid,
    updated_at        timestamptz not null default now(),
    unique (map_id, number)
);

create table network_map_person (
    version_id uuid             not null references network_map_version (id) on delete cascade,
    person_id  text             not null,
    name       text             not null,
    role_code  text,
    role_text  text,
    gender     text             not null,
    kind       text             not null,
    age_years  integer,
    age_band   text,
    level      integer check (level between 1 and 4),
    angle      double precision not null check (angle between -180 and 180),
    distance   double precision not null check (distance >= 0),
    supports   text[]           not null default '{}',
    centre_tie text             not null,
    factor     text             not null,
    available  boolean          not null,
    reachable  boolean          not null,
    conflict   boolean          not null,
    deceased   boolean          not null,
    note       text             not null default '',
    position   integer          not null default 0,
    primary key (version_id, person_id)
);

create table network_map_tie (
    version_id uuid    not null references network_map_version (id) on delete cascade,
    person_a   text    not null,
    person_b   text    not null,
    conflict   boolean not null default false,
    primary key (version_id, person_a, person_b),
    check (person_a < person_b)
);
