-- Schema version 7 (PostgreSQL twin of sqlite/0007_mating_family_index.sql):
-- counterparts found through their family as well, by the same expression
-- as PartRepository::mateCandidateItems compares it.

CREATE INDEX part_mating_family_idx ON part (coding, poles, (trim(replace(lower(family), '®', ''))), kind);
