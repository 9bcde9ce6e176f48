-- The search index keeps a folded copy of a text (body_key) only where a list's filter compares it (search/TextMatch):
-- visits' city and purpose, agreements' title, states' name, leaders' office titles. The other texts, citations'
-- excerpts above all, are searched by their words and never filtered: their copy is empty (the column stays NOT NULL,
-- as migrations before this one write it), where it was a third of the index's bytes.
update search_doc set body_key = ''
    where not ((subject_type = 'VISIT' and field in ('city', 'purpose')) or (subject_type = 'AGREEMENT' and field = 'title')
               or (subject_type = 'STATE' and field = 'name') or (subject_type = 'LEADER' and field = 'offices.title'));
