-- Schema version 8: the mating keys of a part beside its family and coding.
--
-- The rules (MatingRules) compare families and codings through one C++
-- normalizer, models/part/MatingKey ('WINSTA® MIDI' and 'winsta  midi' are
-- one family, 'a' and ' A ' one coding). SQL cannot call it, and SQLite's
-- lower() knows only ASCII, so the counterpart pre-filter
-- (PartRepository::mateCandidateItems) compares these columns instead,
-- which every writer of the part table fills from MatingKey (NULL: the value
-- states nothing). The rows already here get theirs from the program right
-- after this script, in the same transaction (db/MatingKeyColumns, run by
-- db/Migrator for this version).
--
-- One index replaces part_mating_idx (version 5) and part_mating_family_idx
-- (version 7): the candidates of a part of known coding and pole number have
-- its coding key, pole number and family key, or leave them unknown.
--
-- The search index reads only the searched columns, so its update trigger
-- now fires only when one of them is written: filling the keys leaves the
-- full-text index alone.

ALTER TABLE part ADD COLUMN family_key TEXT;
ALTER TABLE part ADD COLUMN coding_key TEXT;

DROP INDEX part_mating_idx;
DROP INDEX part_mating_family_idx;
CREATE INDEX part_mating_key_idx ON part (coding_key, poles, family_key, kind);

DROP TRIGGER part_words_after_update;

CREATE TRIGGER part_words_after_update
AFTER UPDATE OF item_number, gtin, description, family, kind, colour, mounting, variant ON part
BEGIN
    DELETE FROM part_words WHERE rowid = old.id;
    INSERT INTO part_words (rowid, item_number, gtin, description, attributes)
    VALUES (new.id, new.item_number, coalesce(new.gtin, ''), new.description,
            trim(coalesce(new.family, '') || ' ' || coalesce(new.kind, '') || ' '
                 || coalesce(new.colour, '') || ' ' || coalesce(new.mounting, '') || ' '
                 || coalesce(new.variant, '')));
END;
