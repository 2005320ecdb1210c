-- Poison messages and crash recovery (ADR 0019). A message whose turn keeps failing is retried with
-- a per-row backoff and, after the last attempt, set aside as 'failed': it no longer holds up the
-- messages after it in its conversation, and the admin API lists it.
ALTER TABLE inbox DROP CONSTRAINT inbox_status_check;
ALTER TABLE inbox ADD CONSTRAINT inbox_status_check
    CHECK (status IN ('received', 'done', 'ignored', 'failed'));
ALTER TABLE inbox ADD COLUMN attempts        INT NOT NULL DEFAULT 0;
-- Not before this time does a sweep try the row again (null: at once).
ALTER TABLE inbox ADD COLUMN next_attempt_at TIMESTAMPTZ;
-- What the last attempt failed with: the error's kind, never the payload.
ALTER TABLE inbox ADD COLUMN last_error      TEXT;
-- The request body exactly as received. jsonb cannot hold every JSON text (NUL, lone surrogates,
-- numbers past numeric's range), and it reorders what it keeps.
ALTER TABLE inbox ADD COLUMN raw_body        BYTEA;
CREATE INDEX inbox_failed_idx ON inbox (business_id, id) WHERE status = 'failed';
