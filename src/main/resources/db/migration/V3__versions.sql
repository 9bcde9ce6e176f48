-- Optimistic locking: every writable record counts its changes, and an update must name the version it read.
alter table source add column version integer default 0 not null;
alter table state add column version integer default 0 not null;
alter table leader add column version integer default 0 not null;
alter table visit add column version integer default 0 not null;
alter table agreement add column version integer default 0 not null;
alter table statement add column version integer default 0 not null;
alter table event add column version integer default 0 not null;
