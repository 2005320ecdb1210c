-- The owner catalog API (issue 11, ADR 0031): services and staff are deleted softly, so past
-- bookings keep their service and staff member, and a deleted name may be used again; services
-- get display names and synonyms per language (issue 13). V1 and V2 are never edited.

ALTER TABLE services
    ADD COLUMN deleted_at TIMESTAMPTZ;
ALTER TABLE services
    DROP CONSTRAINT services_business_id_name_key;
CREATE UNIQUE INDEX services_live_name_idx ON services (business_id, name) WHERE deleted_at IS NULL;

ALTER TABLE resources
    ADD COLUMN deleted_at TIMESTAMPTZ;
ALTER TABLE resources
    DROP CONSTRAINT resources_business_id_name_key;
CREATE UNIQUE INDEX resources_live_name_idx ON resources (business_id, name) WHERE deleted_at IS NULL;

-- A service's name and the words customers use for it in one language ("de": "Maniküre").
-- No row for a language: the service's own name and synonyms.
CREATE TABLE service_languages (
    service_id BIGINT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    language   TEXT   NOT NULL,
    name       TEXT,
    synonyms   TEXT[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (service_id, language)
);

CREATE INDEX opening_hours_business_idx ON opening_hours (business_id, weekday);
CREATE INDEX resource_hours_resource_idx ON resource_hours (resource_id, weekday);
CREATE INDEX closures_business_idx ON closures (business_id, first_day);
