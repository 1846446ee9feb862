-- Schema version 8 (PostgreSQL twin of sqlite/0008_mating_keys.sql): the
-- mating keys of a part beside its family and coding, computed by the
-- program (models/part/MatingKey) and filled for the rows already here right
-- after this script, in the same transaction (db/MatingKeyColumns).
--
-- One index replaces part_mating_idx and part_mating_family_idx; the
-- search words are refreshed only when a searched column is written, so
-- filling the keys leaves them alone.

ALTER TABLE part ADD COLUMN family_key text;
ALTER TABLE part ADD COLUMN coding_key text;

DROP INDEX part_mating_idx;
DROP INDEX part_mating_family_idx;
CREATE INDEX part_mating_key_idx ON part (coding_key, poles, family_key, kind);

DROP TRIGGER part_words_after_write ON part;

CREATE TRIGGER part_words_after_insert AFTER INSERT ON part
FOR EACH ROW EXECUTE FUNCTION part_words_refresh();

CREATE TRIGGER part_words_after_update
AFTER UPDATE OF item_number, gtin, description, family, kind, colour, mounting, variant ON part
FOR EACH ROW EXECUTE FUNCTION part_words_refresh();
