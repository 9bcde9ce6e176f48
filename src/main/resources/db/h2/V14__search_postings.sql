-- H2's index of the words, one row per term instead of one per term and text: the ids of the term's search_doc rows,
-- ascending, as decimal numbers separated by spaces (search/Postings.java). An import wrote tens of thousands of
-- search_term rows, most of its time; it now writes a few thousand. Migration V14_1 fills the lists.
drop table search_term;
create table search_posting (
    term  varchar(64)        not null primary key,
    docs  character varying  not null
);
