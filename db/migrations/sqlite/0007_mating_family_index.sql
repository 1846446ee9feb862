-- Schema version 7: counterparts found through their family as well.
--
-- Version 5 found the candidates of a part of known coding and pole number
-- through (coding, poles, kind); a catalog where many families share a coding
-- still read thousands of other families' connectors only to reject them.
-- This index adds the family as PartRepository::mateCandidateItems compares
-- it (lower case, without the registered sign, trimmed); the query uses the
-- same expression.

CREATE INDEX part_mating_family_idx ON part (coding, poles, trim(replace(lower(family), '®', '')), kind);
