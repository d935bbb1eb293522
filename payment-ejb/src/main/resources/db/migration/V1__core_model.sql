-- Lunas core model. One script for H2 (MODE=MySQL) and MySQL/MariaDB: keep to the syntax both accept.

CREATE TABLE customer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    address     VARCHAR(500),
    phone       VARCHAR(50),
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    CONSTRAINT uk_customer_code UNIQUE (code)
);
CREATE INDEX ix_customer_name ON customer (name);

CREATE TABLE bank_account (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(32)  NOT NULL,
    bank_name      VARCHAR(100) NOT NULL,
    account_number VARCHAR(50)  NOT NULL,
    account_name   VARCHAR(200) NOT NULL,
    active         BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    CONSTRAINT uk_bank_account_code UNIQUE (code)
);

CREATE TABLE invoice (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    number       VARCHAR(40)    NOT NULL,
    customer_id  BIGINT         NOT NULL,
    invoice_date DATE           NOT NULL,
    due_date     DATE           NOT NULL,
    amount       DECIMAL(15, 2) NOT NULL,
    cancelled    BOOLEAN        NOT NULL,
    version      BIGINT         NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    created_by   VARCHAR(100)   NOT NULL,
    updated_at   DATETIME(6)    NOT NULL,
    updated_by   VARCHAR(100)   NOT NULL,
    CONSTRAINT uk_invoice_number UNIQUE (number),
    CONSTRAINT fk_invoice_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_invoice_customer_date ON invoice (customer_id, invoice_date);

CREATE TABLE customer_payment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    number              VARCHAR(12)    NOT NULL,
    customer_id         BIGINT         NOT NULL,
    payment_date        DATE           NOT NULL,
    method              VARCHAR(16)    NOT NULL,
    bank_account_id     BIGINT,
    collector           VARCHAR(100),
    amount              DECIMAL(15, 2) NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    await_clearing      BOOLEAN        NOT NULL,
    giro_number         VARCHAR(50),
    giro_drawer_bank    VARCHAR(100),
    giro_drawer_name    VARCHAR(200),
    giro_issue_date     DATE,
    giro_effective_date DATE,
    giro_key            VARCHAR(160),
    resolved_date       DATE,
    cancelled_date      DATE,
    cancel_reason       VARCHAR(1000),
    rejected_date       DATE,
    rejection_reason    VARCHAR(30),
    rejection_note      VARCHAR(1000),
    note                VARCHAR(1000),
    overdue             BOOLEAN        NOT NULL,
    overdue_since       DATE,
    version             BIGINT         NOT NULL,
    created_at          DATETIME(6)    NOT NULL,
    created_by          VARCHAR(100)   NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    updated_by          VARCHAR(100)   NOT NULL,
    CONSTRAINT uk_customer_payment_number UNIQUE (number),
    -- NULL once cancelled, so a rejected giro's sheet may come back on a new payment
    CONSTRAINT uk_customer_payment_giro UNIQUE (giro_key),
    CONSTRAINT fk_customer_payment_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_customer_payment_bank_account FOREIGN KEY (bank_account_id) REFERENCES bank_account (id)
);
-- The list screen: status and method filters, newest first
CREATE INDEX ix_payment_status_method_date ON customer_payment (status, method, payment_date, id);
CREATE INDEX ix_payment_date ON customer_payment (payment_date, id);
CREATE INDEX ix_payment_customer_date ON customer_payment (customer_id, payment_date);
-- The overdue-giro scan: Active giros by effective date
CREATE INDEX ix_payment_giro_scan ON customer_payment (status, method, giro_effective_date);
CREATE INDEX ix_payment_overdue ON customer_payment (overdue, status);

CREATE TABLE payment_allocation (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    payment_id BIGINT         NOT NULL,
    invoice_id BIGINT         NOT NULL,
    amount     DECIMAL(15, 2) NOT NULL,
    CONSTRAINT fk_allocation_payment FOREIGN KEY (payment_id) REFERENCES customer_payment (id),
    CONSTRAINT fk_allocation_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
CREATE INDEX ix_allocation_invoice ON payment_allocation (invoice_id, payment_id);
CREATE INDEX ix_allocation_payment ON payment_allocation (payment_id);

CREATE TABLE payment_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    payment_id  BIGINT        NOT NULL,
    at          DATETIME(6)   NOT NULL,
    username    VARCHAR(100)  NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16),
    detail      VARCHAR(1000),
    CONSTRAINT fk_event_payment FOREIGN KEY (payment_id) REFERENCES customer_payment (id)
);
CREATE INDEX ix_event_payment ON payment_event (payment_id, id);

-- Monthly payment number sequences (period = YYMM)
CREATE TABLE payment_number_sequence (
    period     CHAR(4) PRIMARY KEY,
    last_value INT     NOT NULL
);

-- SFA collections already received, so a retried submission never creates a second payment
CREATE TABLE collection_request (
    idempotency_key VARCHAR(100) PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    payment_id      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_collection_payment FOREIGN KEY (payment_id) REFERENCES customer_payment (id)
);
