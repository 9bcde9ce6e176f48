-- The graph's tables. Plain SQL that H2 and PostgreSQL both run unchanged.
-- Dated tables keep the ISO text they serve (date_text) and its span (date_start, date_precision, span_end),
-- which the date filters and the date order use.

create table source (
    id          varchar(64)   primary key,
    title       varchar(500)  not null,
    author      varchar(255),
    publisher   varchar(255),
    published   varchar(10),
    url         varchar(1000),
    origin      varchar(16)   not null
);

create table state (
    code        varchar(16)   primary key,
    name        varchar(255)  not null,
    kind        varchar(16)   not null,
    origin      varchar(16)   not null
);

create table leader (
    id          varchar(64)   primary key,
    name        varchar(255)  not null,
    name_key    varchar(255)  not null,
    state_code  varchar(16)   not null references state (code),
    origin      varchar(16)   not null
);
create index leader_name_key on leader (name_key);
create index leader_state on leader (state_code);

create table leader_alias (
    leader_id   varchar(64)   not null references leader (id),
    position    integer       not null,
    name        varchar(255)  not null,
    name_key    varchar(255)  not null,
    source_id   varchar(64)   references source (id),
    excerpt     varchar(2000),
    primary key (leader_id, position)
);
create index leader_alias_name_key on leader_alias (name_key);

create table office (
    id          varchar(80)   primary key,
    leader_id   varchar(64)   not null references leader (id),
    position    integer       not null,
    title       varchar(255)  not null,
    state_code  varchar(16)   not null references state (code),
    date_from   varchar(10),
    date_to     varchar(10)
);
create index office_leader on office (leader_id);

create table visit (
    id              varchar(64)   primary key,
    guest_id        varchar(64)   not null references leader (id),
    host_state_code varchar(16)   not null references state (code),
    host_id         varchar(64)   references leader (id),
    city            varchar(255),
    date_text       varchar(10),
    end_date_text   varchar(10),
    date_start      date,
    date_precision  integer,
    span_end        date,
    purpose         varchar(2000),
    origin          varchar(16)   not null
);
create index visit_guest on visit (guest_id);
create index visit_host on visit (host_id);
create index visit_host_state on visit (host_state_code, date_start);
create index visit_date on visit (date_start, date_precision, id);

create table agreement (
    id              varchar(64)   primary key,
    title           varchar(500)  not null,
    kind            varchar(40)   not null,
    date_text       varchar(10),
    date_start      date,
    date_precision  integer,
    span_end        date,
    visit_id        varchar(64)   references visit (id),
    supersedes_id   varchar(64)   references agreement (id),
    origin          varchar(16)   not null
);
create index agreement_visit on agreement (visit_id);
create index agreement_date on agreement (date_start, date_precision, id);

create table agreement_party (
    agreement_id varchar(64)  not null references agreement (id),
    state_code   varchar(16)  not null references state (code),
    primary key (agreement_id, state_code)
);
create index agreement_party_state on agreement_party (state_code);

create table statement (
    id               varchar(64)   primary key,
    text             varchar(4000) not null,
    text_key         varchar(4000) not null,
    speaker_name     varchar(500)  not null,
    speaker_name_key varchar(500)  not null,
    date_text        varchar(10),
    date_start       date,
    date_precision   integer,
    span_end         date,
    visit_id         varchar(64)   references visit (id),
    agreement_id     varchar(64)   references agreement (id),
    origin           varchar(16)   not null
);
create index statement_visit on statement (visit_id);
create index statement_date on statement (date_start, date_precision, id);

create table statement_speaker (
    statement_id varchar(64)  not null references statement (id),
    position     integer      not null,
    leader_id    varchar(64)  not null references leader (id),
    primary key (statement_id, position)
);
create index statement_speaker_leader on statement_speaker (leader_id);

create table statement_about (
    statement_id varchar(64)  not null references statement (id),
    state_code   varchar(16)  not null references state (code),
    primary key (statement_id, state_code)
);
create index statement_about_state on statement_about (state_code);

create table event (
    id              varchar(64)   primary key,
    title           varchar(500)  not null,
    kind            varchar(32)   not null,
    description     varchar(4000),
    date_text       varchar(10),
    end_date_text   varchar(10),
    date_start      date,
    date_precision  integer,
    span_end        date,
    origin          varchar(16)   not null
);
create index event_date on event (date_start, date_precision, id);

create table event_state (
    event_id    varchar(64)   not null references event (id),
    state_code  varchar(16)   not null references state (code),
    primary key (event_id, state_code)
);
create index event_state_state on event_state (state_code);

create table citation (
    id           varchar(160)  primary key,
    subject_type varchar(16)   not null,
    subject_id   varchar(80)   not null,
    position     integer       not null,
    source_id    varchar(64)   not null references source (id),
    excerpt      varchar(2000) not null,
    origin       varchar(16)   not null
);
create index citation_subject on citation (subject_type, subject_id, position);
