-- insights: files whose family asked for their destruction count nowhere from the moment they asked (their lines are
-- taken away); a refused request brings them back. The row goes with the file when it is destroyed.
create table insights_withheld (
    family_id uuid primary key references family (id) on delete cascade,
    since     timestamptz not null default now()
);
