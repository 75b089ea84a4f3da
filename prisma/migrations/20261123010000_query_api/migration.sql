-- Indexes for the query API, written by hand: Prisma's schema language has no expression or
-- trigram-over-function indexes.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Lower-cased, accent-free name and aliases: what fuzzy entity search matches against
-- ("Hasakah" finds "Al Ḩasakah" through its alias "al-Hasakah"). unaccent() is only STABLE
-- (its dictionary could change), so the dictionary is named explicitly and the wrapper is
-- declared IMMUTABLE, the usual way to index it.
CREATE OR REPLACE FUNCTION entity_search_text(name text, aliases text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, name || ' ' || array_to_string(aliases, ' ')));

DROP INDEX IF EXISTS "entities_name_trgm_idx";
CREATE INDEX "entities_search_trgm_idx" ON "entities" USING GIN (entity_search_text("name", "aliases") gin_trgm_ops);

-- Articles list newest first by publication time (ingestion time when unknown).
CREATE INDEX "articles_sort_idx" ON "articles" ((coalesce("published_at", "ingested_at")) DESC, "id" DESC);

-- Events by place and by participant role are filtered often.
CREATE INDEX "events_location_date_idx" ON "events" ("location_id", "date");
