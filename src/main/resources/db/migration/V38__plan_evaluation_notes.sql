-- At an evaluation each person an agreement names says in a few words how it went for them: one note per participant.
create table plan_evaluation_note (
    evaluation_id uuid not null,
    agreement_id  uuid not null,
    map_id        uuid not null,
    person_id     text not null,
    person_name   text not null,
    note          text not null,
    primary key (evaluation_id, agreement_id, map_id, person_id),
    foreign key (evaluation_id, agreement_id) references plan_evaluation_mark (evaluation_id, agreement_id) on delete cascade
);
