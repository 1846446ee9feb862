-- Schema version 5: counterparts of a part found through an index
-- (PostgreSQL twin of sqlite/0005_mating_index.sql; see
-- PartRepository::mateCandidateItems).

CREATE INDEX part_mating_idx ON part (coding, poles, kind);
