-- On H2 the foreign key of import_record.visit_id has an index of its own, made with the table, so the index V2 made
-- on the same column was a second copy: every imported record paid for an entry in both, and for both again at the
-- commit. Lookups by visit keep the foreign key's index. (PostgreSQL makes no index for a foreign key: it keeps V2's.)
drop index if exists import_record_visit;

-- The search index keeps a folded copy of a text (body_key) only where a list's filter compares it (search/TextMatch):
-- visits' city and purpose, agreements' title, states' name, leaders' office titles. The other texts, citations'
-- excerpts above all, are searched by their words and never filtered: their copy is empty (the column stays NOT NULL,
-- as migrations before this one write it), where it was a third of the index's bytes.
update search_doc set body_key = ''
    where not ((subject_type = 'VISIT' and field in ('city', 'purpose')) or (subject_type = 'AGREEMENT' and field = 'title')
               or (subject_type = 'STATE' and field = 'name') or (subject_type = 'LEADER' and field = 'offices.title'));
