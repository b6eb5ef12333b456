-- contact details of family members and notes in the family file; what the family shares of them is
-- decided by consent (CONTACT_DETAILS, NOTES). Both go with the file when it is destroyed.
create table member_contact (
    member_id   uuid primary key references family_member (id) on delete cascade,
    family_id   uuid        not null references family (id) on delete cascade,
    phone       text check (length(phone) between 1 and 20),
    email       text check (length(email) between 3 and 254),
    street      text check (length(street) between 1 and 120),
    postal_code text check (length(postal_code) between 1 and 10),
    city        text check (length(city) between 1 and 80),
    updated_by  uuid references account (id) on delete set null,
    updated_at  timestamptz not null default now()
);
create index member_contact_family on member_contact (family_id);

create table file_note (
    id         uuid primary key,
    family_id  uuid        not null references family (id) on delete cascade,
    author_id  uuid references account (id) on delete set null,
    text       text        not null check (length(text) between 1 and 4000),
    created_at timestamptz not null default now()
);
create index file_note_family on file_note (family_id, created_at);
