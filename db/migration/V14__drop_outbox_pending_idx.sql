-- ADR 0040: the outbox claim walks outbox_due_idx in due order; nothing reads outbox_pending_idx
-- (pending rows by id, which the claim of ADR 0037 walked) any more. Every reply wrote an entry in
-- it at its insert and again at each lease.
DROP INDEX IF EXISTS outbox_pending_idx;
