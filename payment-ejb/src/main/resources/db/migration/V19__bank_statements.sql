-- Bank statements imported per company bank account, their lines and what each line settled.
CREATE TABLE bank_statement (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    bank_account_id  BIGINT         NOT NULL,
    format           VARCHAR(16)    NOT NULL,
    statement_key    VARCHAR(100)   NOT NULL,
    reference        VARCHAR(60),
    file_name        VARCHAR(200),
    first_date       DATE           NOT NULL,
    last_date        DATE           NOT NULL,
    opening_balance  DECIMAL(17, 2),
    closing_balance  DECIMAL(17, 2),
    credit_total     DECIMAL(17, 2) NOT NULL,
    debit_total      DECIMAL(17, 2) NOT NULL,
    line_count       INT            NOT NULL,
    known_line_count INT            NOT NULL,
    version          BIGINT         NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    created_by       VARCHAR(100)   NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    updated_by       VARCHAR(100)   NOT NULL,
    -- the same statement imported twice, also at the same moment, is found, never kept twice
    CONSTRAINT uk_bank_statement_key UNIQUE (bank_account_id, statement_key),
    CONSTRAINT fk_bank_statement_account FOREIGN KEY (bank_account_id) REFERENCES bank_account (id)
);
-- the list pages statements newest first, per account; the reconciliation asks for the last one
CREATE INDEX ix_bank_statement_account_date ON bank_statement (bank_account_id, last_date, id);
CREATE INDEX ix_bank_statement_date ON bank_statement (last_date, id);

CREATE TABLE bank_statement_line (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    statement_id        BIGINT         NOT NULL,
    bank_account_id     BIGINT         NOT NULL,
    line_number         INT            NOT NULL,
    booking_date        DATE           NOT NULL,
    value_date          DATE           NOT NULL,
    direction           VARCHAR(8)     NOT NULL,
    amount              DECIMAL(15, 2) NOT NULL,
    description         VARCHAR(500),
    reference           VARCHAR(200),
    line_key            VARCHAR(64)    NOT NULL,
    state               VARCHAR(12)    NOT NULL,
    action              VARCHAR(20),
    proposed_payment_id BIGINT,
    proposed_deposit_id BIGINT,
    candidates          VARCHAR(300),
    reason_code         VARCHAR(60),
    reason_args         VARCHAR(1000),
    matched_payment_id  BIGINT,
    matched_deposit_id  BIGINT,
    ignore_reason       VARCHAR(500),
    settled_at          DATETIME(6),
    settled_by          VARCHAR(100),
    version             BIGINT         NOT NULL,
    -- overlapping statements of one account never bring a line twice
    CONSTRAINT uk_statement_line_key UNIQUE (bank_account_id, line_key),
    -- one line settles a payment or a deposit, and each is settled by one line at most
    CONSTRAINT uk_statement_line_payment UNIQUE (matched_payment_id),
    CONSTRAINT uk_statement_line_deposit UNIQUE (matched_deposit_id),
    CONSTRAINT fk_statement_line_statement FOREIGN KEY (statement_id) REFERENCES bank_statement (id),
    CONSTRAINT fk_statement_line_account FOREIGN KEY (bank_account_id) REFERENCES bank_account (id),
    CONSTRAINT fk_statement_line_payment FOREIGN KEY (matched_payment_id) REFERENCES customer_payment (id),
    CONSTRAINT fk_statement_line_deposit FOREIGN KEY (matched_deposit_id) REFERENCES giro_deposit (id)
);
-- a statement's lines in file order, filtered by state; the reconciliation's unmatched credits per account
CREATE INDEX ix_statement_line_statement ON bank_statement_line (statement_id, state, line_number);
CREATE INDEX ix_statement_line_account_state ON bank_statement_line (bank_account_id, state, direction, value_date);
CREATE INDEX ix_statement_line_proposed ON bank_statement_line (proposed_payment_id);

-- The columns of a bank's own CSV download, saved once per account.
CREATE TABLE bank_statement_mapping (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    bank_account_id   BIGINT       NOT NULL,
    date_column       VARCHAR(60)  NOT NULL,
    value_date_column VARCHAR(60),
    description_column VARCHAR(60) NOT NULL,
    reference_column  VARCHAR(60),
    debit_column      VARCHAR(60),
    credit_column     VARCHAR(60),
    amount_column     VARCHAR(60),
    balance_column    VARCHAR(60),
    date_format       VARCHAR(20)  NOT NULL,
    decimals          VARCHAR(8)   NOT NULL,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    CONSTRAINT uk_statement_mapping_account UNIQUE (bank_account_id),
    CONSTRAINT fk_statement_mapping_account FOREIGN KEY (bank_account_id) REFERENCES bank_account (id)
);

-- A statement line names a giro as banks write it ("BG-001234", "1234"): each giro's number in the
-- comparable form (GiroNumbers.normalise: letters and digits, no bank prefix, no leading zeros),
-- so a statement's numbers are looked up by index, not by reading every Active giro.
ALTER TABLE customer_payment ADD COLUMN giro_match_key VARCHAR(50);
UPDATE customer_payment SET giro_match_key = NULLIF(REGEXP_REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(UPPER(giro_number),
    '[^A-Z0-9]', ''), '^[A-Z]+', ''), '^0+', ''), '') WHERE giro_number IS NOT NULL;
CREATE INDEX ix_payment_giro_match ON customer_payment (giro_match_key, status);
-- transfers awaiting clearing and the giros of a line's amount, counted per amount from the index alone
CREATE INDEX ix_payment_status_amount ON customer_payment (status, amount, method, bank_account_id);
