-- ADR 0028: short outbox leases that the sending instance renews, and a retry window per reply.
-- lease_owner names the instance whose claim holds a pending row until next_attempt_at;
-- window_from is when the reply's retry window began (queued, or re-queued by an owner).
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
ALTER TABLE outbox ADD COLUMN window_from TIMESTAMPTZ NOT NULL DEFAULT now();
