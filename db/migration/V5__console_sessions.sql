-- Owner console sign-ins (issue 12, ADR 0026). The cookie carries a random session id; only its
-- SHA-256 is kept. A session acts with the business key it was opened with, so revoking that key
-- ends the session too. Signing out deletes the row.
CREATE TABLE console_sessions (
    id_hash     TEXT PRIMARY KEY,
    business_id BIGINT      NOT NULL REFERENCES businesses (id),
    key_id      BIGINT      NOT NULL REFERENCES api_keys (id),
    csrf_token  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX console_sessions_expires_idx ON console_sessions (expires_at);
