-- PostgreSQL's own text search over search_doc: the English configuration (stems and stop words) on the body with
-- its diacritics removed. unaccent() is only STABLE (it reads its dictionary by name, which a search_path could
-- change), and a generated column or index needs an IMMUTABLE expression: bamboo_unaccent names the dictionary
-- with its schema and is declared IMMUTABLE, which holds as long as nobody edits the unaccent rules file.
-- unaccent is a trusted extension: the database's owner may create it.
create extension if not exists unaccent;

create or replace function bamboo_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

alter table search_doc add column tsv tsvector
    generated always as (to_tsvector('english'::regconfig, bamboo_unaccent(body))) stored;
create index search_doc_tsv on search_doc using gin (tsv);
