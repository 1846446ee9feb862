-- Schema version 2: full-text search over item number, GTIN and description.
--
-- An external-content FTS5 index kept in step with `part` by triggers.
-- '-', '/' and '.' belong to tokens so that an item number such as
-- 770-2334/007-000 stays one token and can be found by its prefix.

CREATE VIRTUAL TABLE part_search USING fts5 (
    item_number,
    gtin,
    description,
    content = 'part',
    content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-/.'"
);

INSERT INTO part_search (part_search) VALUES ('rebuild');

CREATE TRIGGER part_search_after_insert AFTER INSERT ON part BEGIN
    INSERT INTO part_search (rowid, item_number, gtin, description)
    VALUES (new.id, new.item_number, new.gtin, new.description);
END;

CREATE TRIGGER part_search_after_delete AFTER DELETE ON part BEGIN
    INSERT INTO part_search (part_search, rowid, item_number, gtin, description)
    VALUES ('delete', old.id, old.item_number, old.gtin, old.description);
END;

CREATE TRIGGER part_search_after_update AFTER UPDATE OF item_number, gtin, description ON part BEGIN
    INSERT INTO part_search (part_search, rowid, item_number, gtin, description)
    VALUES ('delete', old.id, old.item_number, old.gtin, old.description);
    INSERT INTO part_search (rowid, item_number, gtin, description)
    VALUES (new.id, new.item_number, new.gtin, new.description);
END;
