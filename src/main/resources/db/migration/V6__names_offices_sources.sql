-- Short forms of names ("John Kerry" for "John Forbes Kerry"), matched only where no name or alias matches exactly.
-- Filled for existing rows by V6_1 (computed in Java, the same code that computes them for new rows).
alter table leader add column short_key varchar(255);
create index leader_short_key on leader (short_key);
alter table leader_alias add column short_key varchar(255);
create index leader_alias_short_key on leader_alias (short_key);

-- Files imported whole: a file whose checksum (content and the importer's rules) is here is skipped on a re-import.
create table import_file (
    checksum       varchar(64)   primary key,
    file_name      varchar(255)  not null,
    records        integer       not null,
    person_visits  integer       not null
);

-- One source per dataset, titled as the publisher titles it; presidents.xml belongs to the travels dataset.
update source set title = 'Foreign Travels of the President and Secretary of State: Travels of the President'
    where id = 'historian-travels-president';
update source set title = 'Foreign Travels of the President and Secretary of State: Travels of the Secretary of State'
    where id = 'historian-travels-secretary';
update source set title = 'Visits by Foreign Leaders' where id = 'historian-visits';
insert into source (id, title, publisher, url, origin)
    select 'historian-travels-president',
           'Foreign Travels of the President and Secretary of State: Travels of the President',
           publisher, 'https://history.state.gov/departmenthistory/travels/president', 'historian'
    from source where id = 'historian-presidents'
    and not exists (select 1 from source s where s.id = 'historian-travels-president');
update citation set source_id = 'historian-travels-president' where source_id = 'historian-presidents';
update leader_alias set source_id = 'historian-travels-president' where source_id = 'historian-presidents';
delete from source where id = 'historian-presidents';

-- Offices once: an undated office a trip gave is the dated office presidents.xml gives for the same title and state.
delete from citation where subject_type = 'OFFICE' and subject_id in (
    select o.id from office o where o.origin = 'historian' and o.date_from is null and o.date_to is null
    and exists (select 1 from office d where d.leader_id = o.leader_id and d.title = o.title
                and d.state_code = o.state_code and d.date_from is not null));
delete from office where origin = 'historian' and date_from is null and date_to is null
    and exists (select 1 from office d where d.leader_id = office.leader_id and d.title = office.title
                and d.state_code = office.state_code and d.date_from is not null);
