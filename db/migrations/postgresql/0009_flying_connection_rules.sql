-- Schema version 9: a rule may apply to a connection with a flying side
-- (PostgreSQL twin of sqlite/0009_flying_connection_rules.sql).
--
--   applies_to  flying_connection  a mated connection with at least one
--                                  flying side

ALTER TABLE assembly_rule DROP CONSTRAINT assembly_rule_applies_to_check;
ALTER TABLE assembly_rule ADD CONSTRAINT assembly_rule_applies_to_check CHECK (applies_to IN (
    'flying_side', 'both_sides_flying', 'flying_connection', 'snap_in_side', 'unmated_socket',
    'assembly'));

-- The bundled catalog brings new rules (the trade rules, R1): forget which
-- bundle is installed so that the next start writes it again.
DELETE FROM meta WHERE key = 'bundled_catalog';
