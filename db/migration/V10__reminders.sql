-- Reminders and messages the business starts (issue 16, ADR 0035). V1–V6 are never edited.

-- How long before a booking's start each reminder goes out, in minutes (default: one day before).
ALTER TABLE businesses
    ADD COLUMN reminder_lead_minutes INT[] NOT NULL DEFAULT '{1440}';

-- One row per booking, lead and start time: Postgres decides who sends. The unique key makes
-- planning idempotent across instances; a moved booking has a new start, so new rows, and its old
-- rows are settled as obsolete when they come due. Senders claim due rows FOR UPDATE SKIP LOCKED
-- and settle each in the transaction that queues its outbox row, so a reminder goes out once.
CREATE TABLE reminders (
    id           BIGSERIAL PRIMARY KEY,
    booking_id   BIGINT      NOT NULL REFERENCES bookings (id),
    lead_minutes INT         NOT NULL CHECK (lead_minutes > 0),
    starts_at    TIMESTAMPTZ NOT NULL,
    due_at       TIMESTAMPTZ NOT NULL,
    status       TEXT        NOT NULL DEFAULT 'planned'
                 CHECK (status IN ('planned', 'sent', 'skipped', 'obsolete')),
    -- Why a reminder was skipped or is obsolete: too_late, opted_out, blocked, no_template,
    -- cancelled, moved, lead_removed, no_chat.
    reason       TEXT,
    planned_at   TIMESTAMPTZ NOT NULL,
    settled_at   TIMESTAMPTZ,
    UNIQUE (booking_id, lead_minutes, starts_at)
);
CREATE INDEX reminders_due_idx ON reminders (due_at) WHERE status = 'planned';

-- A customer who wrote STOP (or blocked the bot) gets no message the business starts; replies to
-- their own messages still go out. START clears it.
ALTER TABLE customers
    ADD COLUMN suppressed_at     TIMESTAMPTZ,
    ADD COLUMN suppressed_reason TEXT;

-- A one-tap answer (Keep / Cancel / Move) is acted on once: a second tap of the same button finds
-- its row and does nothing.
CREATE TABLE reminder_taps (
    reminder_id BIGINT      NOT NULL REFERENCES reminders (id),
    action      TEXT        NOT NULL CHECK (action IN ('keep', 'cancel', 'move')),
    tapped_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (reminder_id, action)
);

-- The approved WhatsApp utility template for messages the business starts outside the 24-hour
-- window: {"name": …, "language": …, "parameters": ["customer", "service", "date", "time"]}.
ALTER TABLE channel_accounts
    ADD COLUMN reminder_template JSONB;
