-- The state a guest travelled for, kept on each visit: once people are merged across a state succession (Havel of
-- Czechoslovakia, then of the Czech Republic), a leader's current state is not the state of every one of their visits.
-- Visits written before this column existed take their guest's state; the importer's rules version moves with this
-- change, so the next import of the historian files writes each record's own country over that guess.
alter table visit add column guest_state_code varchar(16);
update visit set guest_state_code = (select l.state_code from leader l where l.id = visit.guest_id);
-- Trips of presidents and secretaries of state are made for the United States, whatever a merge made of the person.
update visit set guest_state_code = 'USA'
    where id in (select r.visit_id from import_record r where r.dataset like 'travels-%')
      and exists (select 1 from state s where s.code = 'USA');
alter table visit alter column guest_state_code set not null;
alter table visit add constraint visit_guest_state_fk foreign key (guest_state_code) references state (code);
create index visit_guest_state on visit (guest_state_code, date_start);
