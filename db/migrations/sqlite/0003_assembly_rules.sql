-- Schema version 3: the catalog's rules for accessories per assembly.
--
-- How many of an accessory an assembly takes is catalog data, not program
-- code. A row holds what one source states: to which situation the rule
-- applies, whether the source calls the accessory required or optional and,
-- where it says so, the quantity. NULL means the source does not state it;
-- the assembly then says "quantity not stated by the catalog".
--
--   applies_to  flying_side        each side that is a flying lead
--               both_sides_flying  a connection whose sides are both flying leads
--               snap_in_side       each side in snap-in mounting
--               unmated_socket     a socket left unmated (spare outlet)
--               assembly           the connection as a whole
--   per         side               quantity items per side the rule applies to
--               assembly           quantity items per connection
--               pole               quantity accessory poles per connector pole;
--                                  the accessory's own `poles` says how many
--                                  poles one item covers
--   requirement required, optional (as the source lists the accessory),
--               required_for_ip2xc (needed for the protection when secured);
--               NULL: the source does not say

CREATE TABLE assembly_rule (
    id             INTEGER PRIMARY KEY,
    accessory_kind TEXT NOT NULL REFERENCES part_kind (code),
    applies_to     TEXT NOT NULL CHECK (applies_to IN (
                       'flying_side', 'both_sides_flying', 'snap_in_side', 'unmated_socket',
                       'assembly')),
    quantity       REAL CHECK (quantity > 0),
    per            TEXT CHECK (per IN ('side', 'assembly', 'pole')),
    requirement    TEXT CHECK (requirement IN ('required', 'optional', 'required_for_ip2xc')),
    source_id      INTEGER NOT NULL REFERENCES source (id),
    note           TEXT,
    position       INTEGER NOT NULL DEFAULT 0,
    CHECK (quantity IS NULL OR per IS NOT NULL)
);
CREATE INDEX assembly_rule_kind_idx ON assembly_rule (accessory_kind);

-- The bundled catalog brings these rules: forget which bundle is installed
-- so that the next start writes it again, rules included.
DELETE FROM meta WHERE key = 'bundled_catalog';
