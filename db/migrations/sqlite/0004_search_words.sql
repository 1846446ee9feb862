-- Schema version 4: search as a panel builder types.
--
-- Version 2 indexed item numbers as whole tokens, so "pole" did not find
-- "4-pole" and "1324" did not find "770-1324". This index splits at every
-- punctuation mark instead: a typed "770-13" becomes the phrase "770" "13*",
-- which finds exactly the item numbers starting with 770-13. It also covers
-- the attributes a user may type (family, kind, colour, mounting), and keeps
-- its own copy of the text so that attributes can be derived here.

DROP TRIGGER part_search_after_insert;
DROP TRIGGER part_search_after_delete;
DROP TRIGGER part_search_after_update;
DROP TABLE part_search;

CREATE VIRTUAL TABLE part_words USING fts5 (
    item_number,
    gtin,
    description,
    attributes,
    tokenize = "unicode61 remove_diacritics 2",
    -- Prefix indexes: the first letters typed match many terms, and these
    -- let FTS5 find them without merging every term that starts so.
    prefix = '1 2 3'
);

INSERT INTO part_words (rowid, item_number, gtin, description, attributes)
SELECT id, item_number, coalesce(gtin, ''), description,
       trim(coalesce(family, '') || ' ' || coalesce(kind, '') || ' ' || coalesce(colour, '') || ' '
            || coalesce(mounting, '') || ' ' || coalesce(variant, ''))
FROM part;

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

-- Facet counts group by these.
CREATE INDEX part_coding_idx ON part (coding);
CREATE INDEX part_poles_idx ON part (poles);
CREATE INDEX approval_issuer_idx ON approval (issuer, part_id);
