create table team (
    id   uuid primary key,
    name text not null unique
);
