-- H2's index of the words: each document's distinct terms (folded, stop words left out, stemmed: search/Words.java),
-- written by SearchIndex beside the document. A search looks each term of the query up by primary key.
create table search_term (
    term    varchar(64)  not null,
    doc_id  bigint       not null references search_doc (id) on delete cascade,
    primary key (term, doc_id)
);
create index search_term_doc on search_term (doc_id);
