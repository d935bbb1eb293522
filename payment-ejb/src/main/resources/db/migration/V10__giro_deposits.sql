-- Payments (PR-) and giro deposits (SG-) are numbered per month, each series on its own counter.
ALTER TABLE payment_number_sequence RENAME TO document_number_sequence;
ALTER TABLE document_number_sequence ADD COLUMN series CHAR(2) NOT NULL DEFAULT 'PR';
ALTER TABLE document_number_sequence DROP PRIMARY KEY;
ALTER TABLE document_number_sequence ADD PRIMARY KEY (series, period);

-- A setoran giro: the giros of one day taken to one company bank account.
CREATE TABLE giro_deposit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(12)    NOT NULL,
    bank_account_id BIGINT         NOT NULL,
    deposit_date    DATE           NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    giro_count      INT            NOT NULL,
    total_amount    DECIMAL(15, 2) NOT NULL,
    closed_date     DATE,
    cancelled_date  DATE,
    version         BIGINT         NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(100)   NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by      VARCHAR(100)   NOT NULL,
    CONSTRAINT uk_giro_deposit_number UNIQUE (number),
    CONSTRAINT fk_giro_deposit_bank_account FOREIGN KEY (bank_account_id) REFERENCES bank_account (id)
);
CREATE INDEX ix_giro_deposit_status_date ON giro_deposit (status, deposit_date, id);

-- The deposit a giro is on (or was last on); none while it is in hand.
ALTER TABLE customer_payment ADD COLUMN giro_deposit_id BIGINT;
ALTER TABLE customer_payment ADD CONSTRAINT fk_payment_giro_deposit
    FOREIGN KEY (giro_deposit_id) REFERENCES giro_deposit (id);
-- What is to deposit: Active giros in hand by bank account, soonest window end (issue date) first,
-- with the effective date and amount the filter and totals need, read from the index alone at a
-- quarter of a million Active giros. The deposit's own giros are found by giro_deposit_id too.
CREATE INDEX ix_payment_deposit_candidates ON customer_payment
    (status, method, giro_deposit_id, bank_account_id, giro_issue_date, giro_effective_date, amount);
CREATE INDEX ix_payment_giro_deposit ON customer_payment (giro_deposit_id);
