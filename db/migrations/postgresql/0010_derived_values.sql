-- Schema version 10 (PostgreSQL twin of sqlite/0010_derived_values.sql):
-- values derived from a source, with their provenance.
--
-- The derived value stays in its column of `part` (e.g. part.family), which
-- the mating rules, the mating key columns and search read; this table says
-- which of a part's values are derived and from where. A value without a
-- row here is stated by the part's own source.
--
--   field         the column of `part` that holds the derived value
--   basis         'listing': the part is listed on the datasheet of listing_item
--   listing_item  the item number of the listing part (text, so that the
--                 provenance stays readable when that part leaves the catalog)
--   source_id     the source of the listing

CREATE TABLE part_derived_value (
    part_id      bigint NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    field        text NOT NULL,
    basis        text NOT NULL CHECK (basis IN ('listing')),
    listing_item text,
    source_id    bigint NOT NULL REFERENCES source (id),
    PRIMARY KEY (part_id, field),
    CHECK (basis <> 'listing' OR listing_item IS NOT NULL)
);
