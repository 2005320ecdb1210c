-- ADR 0047: Postgres itself refuses two live service names, or two live staff names, of one business
-- that the chat could not tell apart ("Haircut" and "haircut", "José" and "Jose"). name_key is the
-- name as the chat compares it (owner.CatalogWords.key: its words, lower case, without accents,
-- "ß" as "ss"), written by the owner services with every insert and rename. Two requests that both
-- passed the Java check at the same instant can no longer both commit.
--
-- No SQL expression equals that Java normalisation (lower() and regular expressions follow the
-- server's collation, unaccent is an extension and folds differently), so this migration only adds
-- the columns: rows written before it are keyed at start-up (owner.NameKeys), in id order. Of two
-- old names that already clash, the later keeps a NULL key (NULLs never clash) and a warning is
-- logged; start-up does not fail. A name with no letters or digits ("!!!") has no key either.
ALTER TABLE services
    ADD COLUMN name_key TEXT;
CREATE UNIQUE INDEX services_live_name_key_idx ON services (business_id, name_key)
    WHERE deleted_at IS NULL;

ALTER TABLE resources
    ADD COLUMN name_key TEXT;
CREATE UNIQUE INDEX resources_live_name_key_idx ON resources (business_id, name_key)
    WHERE deleted_at IS NULL;
