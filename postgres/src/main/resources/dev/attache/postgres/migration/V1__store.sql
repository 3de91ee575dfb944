-- The attache store, schema version 1. Each entity is its format-1 JSON (entity.doc); the other
-- tables hold what the questions of Dataset need, computed in Java from the model's own
-- definitions when the entity is written, and are rebuilt with it. Texts compared or ordered as
-- Java compares them are in the "C" collation (code point order).

-- GiST indexes over a text and a day range at once (a host and the days a posting stands):
-- btree_gist, a trusted extension of PostgreSQL's own distribution.
create extension if not exists btree_gist;

-- The current version of every entity. seq is the order in which ids first came: the order of the
-- entities in a Dataset made from the store, and so of the positions integrity problems name.
create table entity (
  seq          bigint generated always as identity unique,
  id           text collate "C" primary key,
  kind         text collate "C" not null,  -- the kind of the entity's type (EntityKind prefix)
  kind_order   smallint not null,          -- the ordinal of the id's kind: ids sort as Ref does
  slug         text collate "C" not null,
  version      integer not null check (version > 0),
  changed_at   timestamptz not null,
  timeline_key text collate "C",           -- Entity.timelineDate() as text; sorts as PartialDate
  doc          jsonb not null
);
create index entity_kind on entity (kind, kind_order, slug);

-- Every earlier version, and deletions (doc is null): written, never updated.
create table entity_version (
  id         text collate "C" not null,
  version    integer not null,
  changed_at timestamptz not null,
  doc        jsonb,
  primary key (id, version)
);

-- Entity.references(): what each entity refers to, at which pointer, expecting which kind.
create table reference (
  seq           bigint not null references entity (seq) on delete cascade,
  ordinal       integer not null,
  pointer       text collate "C" not null,
  target        text collate "C" not null,
  expected_kind text collate "C",
  primary key (seq, ordinal)
);
create index reference_target on reference (target);

-- Entity.countries(): the countries an entity names itself.
create table entity_country (
  seq     bigint not null references entity (seq) on delete cascade,
  country text collate "C" not null,
  primary key (country, seq)
);
create index entity_country_seq on entity_country (seq);

-- The countries each entity involves on the timeline of two countries: its own, and those of the
-- organizations, persons, services and commissions it refers to (EntityKind.carriesCountries).
-- Kept up to date when either side is written or deleted.
create table involvement (
  seq     bigint not null references entity (seq) on delete cascade,
  country text collate "C" not null,
  primary key (country, seq)
);
create index involvement_seq on involvement (seq);

-- AttachePosting.daysOn() and daysCertainlyThere(), as day ranges.
create table posting (
  seq        bigint primary key references entity (seq) on delete cascade,
  host       text collate "C" not null,
  status     text collate "C" not null,
  service    text collate "C" not null,
  arrival    text not null,                -- as written, for the overlap problem's value
  days_on    daterange not null,
  days_there daterange not null
);
create index posting_host_days_on on posting using gist (host, days_on);

-- The parties of agreements (each as its text form: a country code or an id), each with the days
-- of Agreement.daysInForce(), so that one index finds a party's agreements in force on a day.
create table agreement_party (
  seq           bigint not null references entity (seq) on delete cascade,
  party         text collate "C" not null,
  days_in_force daterange not null,
  primary key (party, seq)
);
create index agreement_party_days_in_force on agreement_party
  using gist (party, days_in_force);

-- Memberships: the organization, the post's key (NameKey of its primary name) for single-holder
-- posts, the possible days of the period (null without one) and its certain days (empty without
-- one).
create table membership (
  seq           bigint primary key references entity (seq) on delete cascade,
  organization  text collate "C" not null,
  single_holder boolean not null,
  post_key      text collate "C" not null,
  period        text not null,             -- as written, '' without one
  days_possible daterange,
  days_certain  daterange
);
create index membership_organization_days on membership
  using gist (organization, days_possible);
create table membership_role (
  seq      bigint not null references entity (seq) on delete cascade,
  role_key text collate "C" not null,
  primary key (role_key, seq)
);

-- Commissions with a period, and sessions: what dataset.session.outside compares.
create table commission (
  seq         bigint primary key references entity (seq) on delete cascade,
  starts_from date,               -- the earliest day the start may be; null if open
  ends_by     date,               -- the latest day the end may be; null if open
  period      text not null
);
create table commission_session (
  seq        bigint primary key references entity (seq) on delete cascade,
  commission text collate "C" not null,
  earliest   date not null,
  latest     date not null,
  date       text not null
);

-- Organizations' parents, for dataset.organization.parent.cycle.
create table organization_parent (
  seq    bigint primary key references entity (seq) on delete cascade,
  parent text collate "C" not null
);

-- Names: each spelling, its letters (NameKey.letters) and key (NameKey.of), and its word keys.
create table name (
  seq      bigint not null references entity (seq) on delete cascade,
  spelling text collate "C" not null,
  letters  text collate "C" not null,
  key      text collate "C" not null
);
create index name_seq on name (seq);
create index name_spelling on name (spelling);
create index name_letters on name (letters);
create index name_key on name (key);
create table name_word (
  seq  bigint not null references entity (seq) on delete cascade,
  word text collate "C" not null,
  primary key (word, seq)
);
create index name_word_seq on name_word (seq);

-- The history is kept by the database itself, whoever writes: an update first copies the
-- version it replaces, a deletion copies the last version and adds a tombstone (doc null).
create function keep_superseded() returns trigger language plpgsql
set search_path from current as $$
begin
  insert into entity_version (id, version, changed_at, doc)
  values (old.id, old.version, old.changed_at, old.doc);
  return new;
end $$;
create trigger entity_superseded before update on entity
  for each row execute function keep_superseded();

create function keep_deleted() returns trigger language plpgsql
set search_path from current as $$
begin
  insert into entity_version (id, version, changed_at, doc)
  values (old.id, old.version, old.changed_at, old.doc),
         (old.id, old.version + 1, now(), null);
  return old;
end $$;
create trigger entity_deleted before delete on entity
  for each row execute function keep_deleted();

create function refuse_rewriting_history() returns trigger language plpgsql as $$
begin
  raise exception 'attache: entity_version is append-only';
end $$;
create trigger entity_version_append_only before update or delete on entity_version
  for each row execute function refuse_rewriting_history();
