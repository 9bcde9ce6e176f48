-- The year each dated record's span starts in, the key of every YEAR and DECADE group of the counts. The database
-- computes it from date_start on every insert and update, whoever writes the row (the importer, the curated loader,
-- a GraphQL write), and for the rows already stored; the indexes lead with it so that a grouped count reads one index
-- in group order instead of sorting an expression over the whole table.
alter table visit add column start_year integer generated always as (extract(year from date_start));
alter table agreement add column start_year integer generated always as (extract(year from date_start));
alter table statement add column start_year integer generated always as (extract(year from date_start));
alter table event add column start_year integer generated always as (extract(year from date_start));
create index visit_start_year_host on visit (start_year, host_state_code);
create index visit_start_year_guest on visit (start_year, guest_state_code);
create index agreement_start_year on agreement (start_year, kind);
create index statement_start_year on statement (start_year);
create index event_start_year on event (start_year, kind);
