-- Calendar files (issue 16, ADR 0036): a booking's .ics keeps its UID and raises SEQUENCE with each
-- move; it is fetched by an unguessable token. A staff member's private feed is a token the owner
-- issues and revokes; only its SHA-256 is stored. Earlier migrations are never edited.
ALTER TABLE bookings
    ADD COLUMN ics_sequence INT  NOT NULL DEFAULT 0 CHECK (ics_sequence >= 0),
    ADD COLUMN ics_token    UUID NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX bookings_ics_token_idx ON bookings (ics_token);

ALTER TABLE resources
    ADD COLUMN calendar_feed_hash TEXT;
CREATE UNIQUE INDEX resources_calendar_feed_idx ON resources (calendar_feed_hash)
    WHERE calendar_feed_hash IS NOT NULL;
