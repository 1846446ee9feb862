-- Schema version 4: search as a panel builder types (PostgreSQL twin of
-- sqlite/0004_search_words.sql).
--
-- The same words as SQLite's FTS5 index: item number, GTIN, description and
-- the attributes a user may type (family, kind, colour, mounting, variant),
-- cut at every character that is not a letter or digit and with diacritics
-- folded. A typed "770-13" is searched as the phrase '770' <-> '13':*
-- (see PostgresDialect::fullTextQuery). A trigger keeps the words in step
-- with `part`, in the writer's own transaction.

CREATE TABLE part_words (
    part_id bigint PRIMARY KEY REFERENCES part (id) ON DELETE CASCADE,
    words   tsvector NOT NULL
);
CREATE INDEX part_words_idx ON part_words USING gin (words);

CREATE FUNCTION part_words_of(p part) RETURNS tsvector
LANGUAGE sql STABLE AS $$
    SELECT to_tsvector('simple', lower(unaccent(regexp_replace(
        concat_ws(' ', p.item_number, p.gtin, p.description, p.family, p.kind, p.colour,
                  p.mounting, p.variant),
        '[^[:alnum:]]+', ' ', 'g'))))
$$;

CREATE FUNCTION part_words_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO part_words (part_id, words) VALUES (NEW.id, part_words_of(NEW))
    ON CONFLICT (part_id) DO UPDATE SET words = excluded.words;
    RETURN NULL;
END
$$;

CREATE TRIGGER part_words_after_write AFTER INSERT OR UPDATE ON part
FOR EACH ROW EXECUTE FUNCTION part_words_refresh();

INSERT INTO part_words (part_id, words) SELECT p.id, part_words_of(p) FROM part p;

-- Facet counts group by these.
CREATE INDEX part_coding_idx ON part (coding);
CREATE INDEX part_poles_idx ON part (poles);
CREATE INDEX approval_issuer_idx ON approval (issuer, part_id);
