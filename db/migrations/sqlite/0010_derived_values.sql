-- Schema version 10: values derived from a source, with their provenance.
--
-- A catalog fact comes from a source and is never invented. A value derived
-- from a source is allowed when it is kept with its provenance (issue 15):
-- a part listed on the datasheet of a part of family F as its counterpart
-- or accessory belongs to family F (models/part/ListingDerivation).
--
-- The derived value itself stays in its column of `part` (e.g. part.family),
-- so that everything that reads the part table reads it: the mating rules,
-- the mating key columns (family_key) of the counterpart pre-filter, search
-- and facets. This table says which of a part's values are derived and from
-- where; a value without a row here is stated by the part's own source.
-- Any column of `part` may be derived; the program checks the names.
--
--   field         the column of `part` that holds the derived value
--   basis         how it was derived: 'listing' (the part is listed on the
--                 datasheet of listing_item)
--   listing_item  the item number of the listing part (kept as text: the
--                 provenance stays readable when that part leaves the catalog)
--   source_id     the source of the listing (D1, a datasheet file)
--
-- A stated value replaces a derived one and its row here (PartRepository::save
-- writes both). The bundled catalog's derived values are written when the
-- program next installs its catalog: its fingerprint names the derivation's
-- version (db/BundledCatalog), so existing databases install it again.

CREATE TABLE part_derived_value (
    part_id      INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    basis        TEXT NOT NULL CHECK (basis IN ('listing')),
    listing_item TEXT,
    source_id    INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (part_id, field),
    CHECK (basis <> 'listing' OR listing_item IS NOT NULL)
);
