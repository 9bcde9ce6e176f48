-- The version of the whole graph: every write, import and curated migration raises it in the transaction of its
-- change, and the ETags of GET answers are built on it (http/DataVersion.java).
create table data_version (
    id integer primary key,
    version bigint not null
);
insert into data_version (id, version) values (1, 0);
