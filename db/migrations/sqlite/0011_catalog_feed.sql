-- Schema version 11: catalog feeds (BMEcat with ETIM features).
--
-- A feed file is a source of its own kind ('bmecat'). It states, beside
-- the fields the program maps, the manufacturer and the item numbers of
-- manufacturer and supplier, and much that is kept as the file says it so
-- that nothing is lost even where the program does not map it yet:
--   part_feature      every classification feature (ETIM EF.../EV...), its
--                     values as a JSON array of text (a range is two values,
--                     lower first), unit and details;
--   part_document     links to data sheets and drawings (never fetched);
--   part_description  the descriptions in every language of the file;
--   part_reference    every reference to another item number, resolved
--                     (then also a part_relation or a supersession) or not
--                     (the other item is not in the catalog).
-- Relations gain the kinds a feed states (kit content with a quantity,
-- spare part, similar part).
--
-- SQLite cannot change a CHECK constraint, so `source` and `part_relation`
-- are built anew and filled from the old tables. `source` is referred to by
-- other tables: the program runs this step with foreign keys off and checks
-- them before the step commits (db/Migrator).

CREATE TABLE source_new (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL UNIQUE,          -- 'D1', 'W1', or a datasheet or feed file name
    kind        TEXT NOT NULL CHECK (kind IN ('datasheet', 'bmecat', 'web', 'reference', 'user',
                                              'synthetic')),
    title       TEXT NOT NULL,
    location    TEXT,                          -- file path or address the data came from
    imported_at TEXT                           -- ISO 8601 date and time of the import
);
INSERT INTO source_new (id, reference, kind, title, location, imported_at)
SELECT id, reference, kind, title, location, imported_at FROM source;
DROP TABLE source;
ALTER TABLE source_new RENAME TO source;

ALTER TABLE part ADD COLUMN manufacturer TEXT;
ALTER TABLE part ADD COLUMN manufacturer_item_number TEXT;
ALTER TABLE part ADD COLUMN supplier_item_number TEXT;

CREATE TABLE part_relation_new (
    part_id         INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    related_id      INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    relation        TEXT NOT NULL CHECK (relation IN ('counterpart', 'accessory', 'kit_content',
                                                      'spare_part', 'similar')),
    accessory_group TEXT,                      -- 'Cover', 'Locking levers', ...
    required        INTEGER CHECK (required IN (0, 1)), -- NULL: the source does not say
    source_id       INTEGER NOT NULL REFERENCES source (id),
    position        INTEGER NOT NULL DEFAULT 0,
    quantity        REAL CHECK (quantity > 0), -- kit content: how many; NULL: not stated
    PRIMARY KEY (part_id, related_id, relation)
);
INSERT INTO part_relation_new (part_id, related_id, relation, accessory_group, required,
                               source_id, position)
SELECT part_id, related_id, relation, accessory_group, required, source_id, position
FROM part_relation;
DROP TABLE part_relation;
ALTER TABLE part_relation_new RENAME TO part_relation;
CREATE INDEX part_relation_related_idx ON part_relation (related_id);

CREATE TABLE part_feature (
    id             INTEGER PRIMARY KEY,
    part_id        INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    system         TEXT,                       -- 'ETIM-8.0', 'ECLASS-10.0', ...
    group_code     TEXT,                       -- 'EC002560'
    name           TEXT NOT NULL,              -- 'EF001391'
    feature_values TEXT NOT NULL,              -- JSON array of text: '["0.5","2.5"]'
    unit           TEXT,
    details        TEXT
);
CREATE INDEX part_feature_part_idx ON part_feature (part_id);

CREATE TABLE part_document (
    id        INTEGER PRIMARY KEY,
    part_id   INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    purpose   TEXT NOT NULL,                   -- 'data_sheet', 'drawing', ...
    location  TEXT NOT NULL,                   -- absolute URL or path as the source gives it
    title     TEXT,
    mime_type TEXT
);
CREATE INDEX part_document_part_idx ON part_document (part_id);

CREATE TABLE part_description (
    id         INTEGER PRIMARY KEY,
    part_id    INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    language   TEXT NOT NULL,                  -- ISO 639-2: 'deu', 'eng', ...
    short_text TEXT,
    long_text  TEXT,
    UNIQUE (part_id, language)
);

CREATE TABLE part_reference (
    id             INTEGER PRIMARY KEY,
    part_id        INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    reference_type TEXT NOT NULL,              -- accessories, mandatory, select, consists_of, ...
    item_number    TEXT NOT NULL,              -- the item referred to, in the catalog or not
    quantity       REAL
);
CREATE INDEX part_reference_part_idx ON part_reference (part_id);
CREATE INDEX part_reference_item_idx ON part_reference (item_number);
