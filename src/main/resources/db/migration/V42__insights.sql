-- insights: the anonymous aggregates an analyst of the municipality reads, kept by Kring itself.
--
-- insights_contribution: what one file adds to the counts, one line per measure, category, month, municipality
-- and area (no names; the file's id only to take its lines away again). A file's lines are replaced in the
-- transaction that changed the file, and go with the file when it is destroyed (on delete cascade).
-- insights_count: the sums of those lines, kept by the triggers below in the same transaction, so that a page
-- reads a few sums and never the files. For a measure that counts a state at the end of a month (youths by care
-- situation) the lines are changes (+1 in the month the state began, -1 in the month it ended) and the state at
-- the end of month m is the sum over the months up to m.
create table insights_contribution (
    family_id    uuid   not null references family (id) on delete cascade,
    measure      text   not null,
    category     text   not null,
    month        date   not null check (extract(day from month) = 1),
    municipality text   not null,
    area         text   not null,
    weight       bigint not null
);
create index insights_contribution_family on insights_contribution (family_id);

create table insights_count (
    measure      text   not null,
    month        date   not null,
    municipality text   not null,
    area         text   not null,
    category     text   not null,
    value        bigint not null,
    primary key (measure, month, municipality, area, category)
);

create function insights_count_add() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into insights_count (measure, month, municipality, area, category, value)
        values (new.measure, new.month, new.municipality, new.area, new.category, new.weight)
        on conflict (measure, month, municipality, area, category) do update set value = insights_count.value + excluded.value;
        return new;
    end if;
    update insights_count set value = value - old.weight
     where measure = old.measure and month = old.month and municipality = old.municipality and area = old.area
       and category = old.category;
    return old;
end;
$$;

create trigger insights_contribution_count after insert or delete on insights_contribution
    for each row execute function insights_count_add();
