-- The owner API (issue 11, ADR 0017): business keys, the booking rules and catalog fields owners
-- edit, no-shows, and what erasure and human replies need. V1 is never edited.

-- Business keys: only a SHA-256 hash is stored, plus a short prefix so an owner can tell keys
-- apart. A revoked key keeps its row (for the list) and is refused from the next request on.
ALTER TABLE api_keys
    ADD COLUMN label        TEXT NOT NULL DEFAULT '',
    ADD COLUMN prefix       TEXT NOT NULL DEFAULT '',
    ADD COLUMN last_used_at TIMESTAMPTZ,
    ADD COLUMN revoked_at   TIMESTAMPTZ;
CREATE INDEX api_keys_business_idx ON api_keys (business_id, id);

-- How late a customer may still cancel or move a booking in the chat; the owner is not bound.
ALTER TABLE businesses
    ADD COLUMN change_notice_minutes INT NOT NULL DEFAULT 0 CHECK (change_notice_minutes >= 0);

-- A closure with a resource is one staff member's leave; without one the whole business closes.
ALTER TABLE closures
    ADD COLUMN resource_id BIGINT REFERENCES resources (id);

-- A customer booked at the desk or on the phone has no chat: platform 'desk' and a phone number.
ALTER TABLE customers
    ADD COLUMN phone TEXT;

-- A no-show is marked by the owner after the start time; the booking keeps its slot.
ALTER TABLE bookings
    ADD COLUMN no_show_at TIMESTAMPTZ;

-- Set when a person gives the conversation back to the bot: the bot's next reply first says
-- that the customer is talking to an automated assistant again, then clears it.
ALTER TABLE conversations
    ADD COLUMN bot_returned BOOLEAN NOT NULL DEFAULT false;

CREATE INDEX bookings_service_idx ON bookings (service_id, starts_at);
CREATE INDEX bookings_resource_idx ON bookings (resource_id, starts_at);
