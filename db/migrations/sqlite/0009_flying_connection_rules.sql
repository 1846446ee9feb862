-- Schema version 9: a rule may apply to a connection with a flying side.
--
-- The trade reads the datasheet's "extra locking levers are needed only for
-- flying leads" as one locking lever per mated connection where a side is a
-- flying lead and neither side comes with levers fitted. Such a rule applies
-- to the connection, whether one or both of its sides are flying:
--
--   applies_to  flying_connection  a mated connection with at least one
--                                  flying side
--
-- SQLite cannot change a CHECK in place: the table is written anew (no
-- other table refers to it).

CREATE TABLE assembly_rule_new (
    id             INTEGER PRIMARY KEY,
    accessory_kind TEXT NOT NULL REFERENCES part_kind (code),
    applies_to     TEXT NOT NULL CHECK (applies_to IN (
                       'flying_side', 'both_sides_flying', 'flying_connection', 'snap_in_side',
                       'unmated_socket', 'assembly')),
    quantity       REAL CHECK (quantity > 0),
    per            TEXT CHECK (per IN ('side', 'assembly', 'pole')),
    requirement    TEXT CHECK (requirement IN ('required', 'optional', 'required_for_ip2xc')),
    source_id      INTEGER NOT NULL REFERENCES source (id),
    note           TEXT,
    position       INTEGER NOT NULL DEFAULT 0,
    CHECK (quantity IS NULL OR per IS NOT NULL)
);
INSERT INTO assembly_rule_new SELECT id, accessory_kind, applies_to, quantity, per, requirement,
                                     source_id, note, position
                              FROM assembly_rule;
DROP TABLE assembly_rule;
ALTER TABLE assembly_rule_new RENAME TO assembly_rule;
CREATE INDEX assembly_rule_kind_idx ON assembly_rule (accessory_kind);

-- The bundled catalog brings new rules (the trade rules, R1): forget which
-- bundle is installed so that the next start writes it again.
DELETE FROM meta WHERE key = 'bundled_catalog';
