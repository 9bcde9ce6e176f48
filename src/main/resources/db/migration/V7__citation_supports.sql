-- Field-level provenance: each citation names the fields of its record it supports (comma-separated field names of
-- the GraphQL type), and may say why, where the support needs two passages read together.
alter table citation add column supports varchar(400) default '' not null;
alter table citation add column note varchar(1000);

-- Citations written by earlier imports: the dataset record gives a visit's dates, place, guest, host country and
-- description; a new leader's name and state; an office's title, state and term; a new state's name.
update citation set supports = 'guest,hostState,city,date,endDate,purpose' where origin = 'historian' and subject_type = 'VISIT';
update citation set supports = 'name,state' where origin = 'historian' and subject_type = 'LEADER';
update citation set supports = 'title,state,from,to' where origin = 'historian' and subject_type = 'OFFICE';
update citation set supports = 'name' where origin = 'historian' and subject_type = 'STATE';
