-- Bookline schema, version 1. A shipped migration is never edited: add V2__… instead.

-- btree_gist lets one GiST exclusion constraint combine "same resource" (=) with "overlapping
-- time" (&&), which is what keeps two confirmed bookings of one resource apart.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE businesses (
    id                    BIGSERIAL PRIMARY KEY,
    slug                  TEXT        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name                  TEXT        NOT NULL,
    time_zone             TEXT        NOT NULL,
    locale                TEXT        NOT NULL DEFAULT 'en',
    currency              TEXT        NOT NULL DEFAULT 'EUR',
    address               TEXT,
    min_notice_minutes    INT         NOT NULL DEFAULT 120 CHECK (min_notice_minutes >= 0),
    horizon_days          INT         NOT NULL DEFAULT 60 CHECK (horizon_days > 0),
    slot_interval_minutes INT         NOT NULL DEFAULT 15 CHECK (slot_interval_minutes > 0),
    -- Whether the bot asks which staff member the customer wants (else: anyone free).
    ask_for_resource      BOOLEAN     NOT NULL DEFAULT false,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE channel_accounts (
    id          BIGSERIAL PRIMARY KEY,
    business_id BIGINT      NOT NULL REFERENCES businesses (id),
    platform    TEXT        NOT NULL,
    external_id TEXT        NOT NULL,
    secrets     JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (platform, external_id)
);

CREATE TABLE services (
    id                    BIGSERIAL PRIMARY KEY,
    business_id           BIGINT        NOT NULL REFERENCES businesses (id),
    name                  TEXT          NOT NULL,
    duration_minutes      INT           NOT NULL CHECK (duration_minutes > 0),
    price                 NUMERIC(10, 2) NOT NULL CHECK (price >= 0),
    buffer_before_minutes INT           NOT NULL DEFAULT 0 CHECK (buffer_before_minutes >= 0),
    buffer_after_minutes  INT           NOT NULL DEFAULT 0 CHECK (buffer_after_minutes >= 0),
    -- Other words customers use for it ("gel", "shellac"), for the offline understanding.
    synonyms              TEXT[]        NOT NULL DEFAULT '{}',
    active                BOOLEAN       NOT NULL DEFAULT true,
    UNIQUE (business_id, name)
);

CREATE TABLE resources (
    id          BIGSERIAL PRIMARY KEY,
    business_id BIGINT  NOT NULL REFERENCES businesses (id),
    name        TEXT    NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT true,
    UNIQUE (business_id, name)
);

CREATE TABLE resource_services (
    resource_id BIGINT NOT NULL REFERENCES resources (id),
    service_id  BIGINT NOT NULL REFERENCES services (id),
    PRIMARY KEY (resource_id, service_id)
);

-- A resource's own working hours. None for a resource: it works whenever the business is open.
-- Either way a booking must also fall inside the business's opening hours.
CREATE TABLE resource_hours (
    id          BIGSERIAL PRIMARY KEY,
    resource_id BIGINT   NOT NULL REFERENCES resources (id),
    weekday     SMALLINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens       TIME     NOT NULL,
    closes      TIME     NOT NULL,
    CHECK (opens < closes)
);

-- weekday: ISO 8601, 1 = Monday … 7 = Sunday. Several rows per day make split shifts.
CREATE TABLE opening_hours (
    id          BIGSERIAL PRIMARY KEY,
    business_id BIGINT   NOT NULL REFERENCES businesses (id),
    weekday     SMALLINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens       TIME     NOT NULL,
    closes      TIME     NOT NULL,
    CHECK (opens < closes)
);

CREATE TABLE closures (
    id          BIGSERIAL PRIMARY KEY,
    business_id BIGINT NOT NULL REFERENCES businesses (id),
    first_day   DATE   NOT NULL,
    last_day    DATE   NOT NULL,
    reason      TEXT,
    CHECK (first_day <= last_day)
);

CREATE TABLE api_keys (
    id          BIGSERIAL PRIMARY KEY,
    business_id BIGINT      NOT NULL REFERENCES businesses (id),
    key_hash    TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE customers (
    id               BIGSERIAL PRIMARY KEY,
    business_id      BIGINT      NOT NULL REFERENCES businesses (id),
    platform         TEXT        NOT NULL,
    platform_user_id TEXT        NOT NULL,
    name             TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (business_id, platform, platform_user_id)
);

CREATE TABLE conversations (
    id              BIGSERIAL PRIMARY KEY,
    business_id     BIGINT      NOT NULL REFERENCES businesses (id),
    customer_id     BIGINT      NOT NULL REFERENCES customers (id),
    platform        TEXT        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'bot' CHECK (status IN ('bot', 'handoff')),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_message_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (business_id, platform, customer_id)
);

CREATE TABLE messages (
    id                  BIGSERIAL PRIMARY KEY,
    conversation_id     BIGINT      NOT NULL REFERENCES conversations (id),
    direction           TEXT        NOT NULL CHECK (direction IN ('in', 'out')),
    content_text        TEXT        NOT NULL,
    raw_message         JSONB,
    provider            TEXT,
    model               TEXT,
    metadata            JSONB       NOT NULL DEFAULT '{}'::jsonb,
    platform_message_id TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX messages_conversation_idx ON messages (conversation_id, id);

-- One row per conversation; state is the dialogue state, version the optimistic lock.
CREATE TABLE sessions (
    session_key     TEXT PRIMARY KEY,
    conversation_id BIGINT      NOT NULL UNIQUE REFERENCES conversations (id),
    customer_id     BIGINT      NOT NULL REFERENCES customers (id),
    state           JSONB       NOT NULL,
    -- The last few messages, for an LLM's context, so a turn never reads the messages table.
    history         JSONB       NOT NULL DEFAULT '[]'::jsonb,
    version         BIGINT      NOT NULL CHECK (version > 0),
    expires_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- Every acknowledged inbound message, recorded before the platform gets its 200.
CREATE TABLE inbox (
    id                  BIGSERIAL PRIMARY KEY,
    platform            TEXT        NOT NULL,
    platform_message_id TEXT        NOT NULL,
    business_id         BIGINT      NOT NULL REFERENCES businesses (id),
    sender_id           TEXT        NOT NULL,
    -- The conversation's session key; with sent_at it orders a conversation's messages.
    conversation_key    TEXT        NOT NULL,
    -- When the platform says the customer sent it (the web chat: when it arrived).
    sent_at             TIMESTAMPTZ NOT NULL,
    payload             JSONB       NOT NULL,
    status              TEXT        NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'done', 'ignored')),
    result              JSONB,
    received_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    processed_at        TIMESTAMPTZ,
    UNIQUE (platform, platform_message_id)
);
CREATE INDEX inbox_pending_idx ON inbox (received_at) WHERE status = 'received';
CREATE INDEX inbox_conversation_pending_idx ON inbox (conversation_key, sent_at, id) WHERE status = 'received';

CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    conversation_id BIGINT      NOT NULL REFERENCES conversations (id),
    platform        TEXT        NOT NULL,
    payload         JSONB       NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending';

CREATE TABLE bookings (
    id              BIGSERIAL PRIMARY KEY,
    business_id     BIGINT        NOT NULL REFERENCES businesses (id),
    customer_id     BIGINT        NOT NULL REFERENCES customers (id),
    service_id      BIGINT        NOT NULL REFERENCES services (id),
    resource_id     BIGINT        NOT NULL REFERENCES resources (id),
    starts_at       TIMESTAMPTZ   NOT NULL,
    ends_at         TIMESTAMPTZ   NOT NULL,
    -- The time the resource is blocked: the appointment plus the service's buffers.
    during          TSTZRANGE     NOT NULL,
    status          TEXT          NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled')),
    price           NUMERIC(10, 2) NOT NULL,
    idempotency_key TEXT          UNIQUE,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    cancelled_at    TIMESTAMPTZ,
    cancelled_by    TEXT,
    cancel_reason   TEXT,
    rescheduled_at  TIMESTAMPTZ,
    CHECK (starts_at < ends_at),
    CONSTRAINT bookings_no_overlap
        EXCLUDE USING gist (resource_id WITH =, during WITH &&) WHERE (status = 'confirmed')
);
CREATE INDEX bookings_customer_idx ON bookings (customer_id, starts_at);
CREATE INDEX bookings_business_idx ON bookings (business_id, starts_at);
