-- Geography for matching (issue 14): an organisation's coordinators import the middle points of the
-- postcode areas (PC4, the four digits of a Dutch postcode) from the open national centroid list, so that
-- the distance between a volunteer and a family is computed from their postcodes, never typed.
-- fictional: made-up coordinates of the demo data's fictional area, shown as such.
create table postcode_centroid (
    organisation_id uuid             not null references organisation (id) on delete cascade,
    pc4             integer          not null check (pc4 between 1000 and 9999),
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    fictional       boolean          not null default false,
    imported_at     timestamptz      not null default now(),
    primary key (organisation_id, pc4)
);
