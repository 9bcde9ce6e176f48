create sequence Greeting_SEQ start with 1 increment by 50;
create table Greeting (id bigint primary key, text varchar(255));
insert into Greeting (id, text) values (1, 'hello');
