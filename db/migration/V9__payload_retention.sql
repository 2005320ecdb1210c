-- Retention (ADR 0021): the hourly clean-up finds raw payloads and finished inbox rows older than
-- PAYLOAD_RETENTION through these, without reading the whole tables.
CREATE INDEX messages_raw_kept_idx ON messages (created_at) WHERE raw_message IS NOT NULL;
CREATE INDEX inbox_finished_idx ON inbox (received_at) WHERE status <> 'received';
