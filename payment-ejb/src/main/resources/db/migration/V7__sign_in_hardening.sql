-- Sessions follow the account: the stamp moves with every change to password, roles or enabled.
ALTER TABLE user_account ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
-- Five wrong passwords no longer lock an account (anyone could lock anyone out); failed sign-ins
-- slow down the next attempt instead, counted per account, per client address and per both.
ALTER TABLE user_account DROP COLUMN failed_sign_ins;
ALTER TABLE user_account DROP COLUMN locked_until;
CREATE TABLE sign_in_failure (
    subject         VARCHAR(200) PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_sign_in_failure_last ON sign_in_failure (last_failure_at);

-- An Idempotency-Key belongs to the user who sent it: another user's same key is a new collection.
ALTER TABLE collection_request ADD COLUMN owner VARCHAR(100) NOT NULL DEFAULT '';
UPDATE collection_request SET owner = (SELECT p.created_by FROM customer_payment p WHERE p.id = collection_request.payment_id);
ALTER TABLE collection_request DROP PRIMARY KEY;
ALTER TABLE collection_request ADD PRIMARY KEY (owner, idempotency_key);
