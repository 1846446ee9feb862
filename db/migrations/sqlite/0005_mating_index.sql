-- Schema version 5: counterparts of a part found through an index.
--
-- The connectors that may mate with a part of known coding and pole number
-- have that coding and pole number or leave them unknown; this index finds
-- them per connector kind without reading every part (see
-- PartRepository::mateCandidateItems).

CREATE INDEX part_mating_idx ON part (coding, poles, kind);
