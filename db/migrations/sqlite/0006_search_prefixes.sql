-- Schema version 6: whole typed words are found in an index.
--
-- Version 4 kept prefix indexes for the first 1 to 3 letters of a word.
-- A longer prefix ("synth", "socket") was found by merging the lists of
-- every word starting so, on each lookup, which made search as you type
-- slow for common words and ruled out testing a page of parts one by one
-- (see PartSearch and SqliteDialect::rowMatchCost). Prefix indexes up to
-- 10 letters cover the words a panel builder types; the index grows by a
-- few percent. The words and their triggers are as in version 4.

DROP TRIGGER part_words_after_insert;
DROP TRIGGER part_words_after_delete;
DROP TRIGGER part_words_after_update;
DROP TABLE part_words;

CREATE VIRTUAL TABLE part_words USING fts5 (
    item_number,
    gtin,
    description,
    attributes,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3 4 5 6 7 8 9 10'
);

INSERT INTO part_words (rowid, item_number, gtin, description, attributes)
SELECT id, item_number, coalesce(gtin, ''), description,
       trim(coalesce(family, '') || ' ' || coalesce(kind, '') || ' ' || coalesce(colour, '') || ' '
            || coalesce(mounting, '') || ' ' || coalesce(variant, ''))
FROM part;

INSERT INTO part_words (part_words) VALUES ('optimize');

CREATE TRIGGER part_words_after_insert AFTER INSERT ON part BEGIN
    INSERT INTO part_words (rowid, item_number, gtin, description, attributes)
    VALUES (new.id, new.item_number, coalesce(new.gtin, ''), new.description,
            trim(coalesce(new.family, '') || ' ' || coalesce(new.kind, '') || ' '
                 || coalesce(new.colour, '') || ' ' || coalesce(new.mounting, '') || ' '
                 || coalesce(new.variant, '')));
END;

CREATE TRIGGER part_words_after_delete AFTER DELETE ON part BEGIN
    DELETE FROM part_words WHERE rowid = old.id;
END;

CREATE TRIGGER part_words_after_update AFTER UPDATE ON part BEGIN
    DELETE FROM part_words WHERE rowid = old.id;
    INSERT INTO part_words (rowid, item_number, gtin, description, attributes)
    VALUES (new.id, new.item_number, coalesce(new.gtin, ''), new.description,
            trim(coalesce(new.family, '') || ' ' || coalesce(new.kind, '') || ' '
                 || coalesce(new.colour, '') || ' ' || coalesce(new.mounting, '') || ' '
                 || coalesce(new.variant, '')));
END;
