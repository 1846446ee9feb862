-- Schema version 2 (PostgreSQL twin of sqlite/0002_search_index.sql).
--
-- SQLite built its first full-text index here; version 4 replaced it. On
-- PostgreSQL the search index starts at version 4, which folds diacritics
-- with the unaccent extension (shipped with the server; trusted, so the
-- database's owner may create it).

CREATE EXTENSION IF NOT EXISTS unaccent;
