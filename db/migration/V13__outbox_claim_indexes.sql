-- ADR 0037: the outbox claim walks pending rows in id order and skips a row whose conversation has
-- an earlier pending one. Without these it sorted every pending row and hashed them all again for
-- the "earlier" check: 3.8 ms of Postgres per claim with 5,000 replies waiting, and the sender
-- claims after every committed turn. With them it reads the rows it claims and one index probe
-- each (0.2 ms for the same backlog). Both are partial: only pending rows, a small set.
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE status = 'pending';
CREATE INDEX outbox_pending_conversation_idx ON outbox (conversation_id, id) WHERE status = 'pending';
