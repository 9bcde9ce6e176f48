-- H2's index of the words: each document's distinct terms (folded, stop words left out, stemmed: search/Words.java),
-- written by SearchIndex beside the document. A search looks each term of the query up by the primary key. No foreign
-- key and no index by document: an import writes tens of thousands of these rows, and each index or check would cost
-- every one of them; SearchIndex deletes a document's terms itself (a write's refresh scans this table once).
create table search_term (
    term    varchar(64)  not null,
    doc_id  bigint       not null,
    primary key (term, doc_id)
);
