-- The language a customer writes in ("en", "de", "es"), detected from their messages or asked for
-- ("auf Deutsch bitte"); null until known, when the business's locale decides (issue 13).
ALTER TABLE customers
    ADD COLUMN language TEXT CHECK (language IN ('en', 'de', 'es'));
