-- Imported records (Office of the Historian datasets) live beside the curated graph. Child rows now say where they
-- came from, so that re-applying the curated file replaces only its own aliases and offices.
alter table leader_alias add column origin varchar(16) default 'curated' not null;
alter table office add column origin varchar(16) default 'curated' not null;

-- Where a fact stands in its source when an excerpt alone does not say: a dataset's record id, a page.
alter table citation add column locator varchar(255);

-- One row per imported person-visit: which visit it became (its own, or a curated one it was merged into), the
-- checksum of what it said (to skip unchanged records on a re-import), and the dates and place it gave, which are
-- re-applied to a curated visit after the curated file is applied again.
create table import_record (
    id             varchar(80)   primary key,
    dataset        varchar(40)   not null,
    record_id      varchar(20)   not null,
    file_name      varchar(255)  not null,
    visit_id       varchar(64)   not null references visit (id),
    checksum       varchar(64)   not null,
    date_text      varchar(10)   not null,
    end_date_text  varchar(10),
    city           varchar(255)
);
create index import_record_visit on import_record (visit_id);
