-- ADR 0112: a warm turn's session update is HOT. expires_at (exact, rewritten by every turn) is no
-- longer indexed; the clean-up finds expired rows by sweep_after, an upper bound of expires_at that a
-- turn moves only when expires_at has passed it (then to expires_at plus a quarter of the TTL), so
-- most turns leave every indexed column as it was. The clean-up deletes a row only when expires_at
-- has passed too, so a row a release before this one kept alive (it writes expires_at alone) is
-- never deleted early; rows it inserts get -infinity and are candidates at every run.
ALTER TABLE sessions ADD COLUMN sweep_after TIMESTAMPTZ NOT NULL DEFAULT '-infinity';
UPDATE sessions SET sweep_after = expires_at;
CREATE INDEX sessions_sweep_idx ON sessions (sweep_after);
DROP INDEX sessions_expires_idx;
