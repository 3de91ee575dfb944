-- The attache store, schema version 2: a kind's entities in the order their ids first came.
-- EntityStore.stream and page read one kind by seq; an index on (kind, seq) gives them in that
-- order without sorting the kind's documents. It replaces the index on (kind, kind_order, slug),
-- whose order no question reads (they sort the few entities they find) and which cost more to
-- build.
drop index entity_kind;
create index entity_kind_seq on entity (kind, seq);
