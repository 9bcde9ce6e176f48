-- Full-text search: one row per searchable text of a record (a statement's text, an event's title, a citation's
-- excerpt …), filed under the record a hit answers: subject_type is a SearchType, field the GraphQL field it came
-- from. body_key is the body folded as names are (case, diacritics), for the text filters of the lists. Filled and
-- kept in step by org.bamboograph.search.SearchIndex; each database adds its own index of the words (db/h2,
-- db/postgresql).
create table search_doc (
    id            bigint         primary key,
    subject_type  varchar(16)    not null,
    subject_id    varchar(80)    not null,
    field         varchar(40)    not null,
    body          varchar(4000)  not null,
    body_key      varchar(4000)  not null
);
create index search_doc_subject on search_doc (subject_type, subject_id);
