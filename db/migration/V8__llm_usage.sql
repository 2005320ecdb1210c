-- Tokens a business's conversations spent with the model, per day in the business's time zone
-- (issue 18), and an optional daily budget after which that business is understood by the rules.
ALTER TABLE businesses
    ADD COLUMN daily_token_budget BIGINT CHECK (daily_token_budget > 0);

CREATE TABLE llm_usage (
    business_id       BIGINT NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    day               DATE   NOT NULL,
    prompt_tokens     BIGINT NOT NULL DEFAULT 0,
    completion_tokens BIGINT NOT NULL DEFAULT 0,
    calls             BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (business_id, day)
);
