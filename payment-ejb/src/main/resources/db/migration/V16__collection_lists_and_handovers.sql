-- Collection lists (SC-): the invoices a collector is sent to collect on a day.
CREATE TABLE collection_list (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    number         VARCHAR(12)  NOT NULL,
    collector      VARCHAR(100) NOT NULL,
    list_date      DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    completed_date DATE,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    CONSTRAINT uk_collection_list_number UNIQUE (number)
);
-- the collector's app asks for its lists of a day; the back office pages them newest first
CREATE INDEX ix_collection_list_collector_date ON collection_list (collector, list_date, id);
CREATE INDEX ix_collection_list_date ON collection_list (list_date, id);

CREATE TABLE collection_list_line (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    collection_list_id BIGINT         NOT NULL,
    line_number        INT            NOT NULL,
    invoice_id         BIGINT         NOT NULL,
    outstanding        DECIMAL(15, 2) NOT NULL,
    CONSTRAINT uk_collection_list_invoice UNIQUE (collection_list_id, invoice_id),
    CONSTRAINT fk_collection_line_list FOREIGN KEY (collection_list_id) REFERENCES collection_list (id),
    CONSTRAINT fk_collection_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);

-- Handovers (ST-, serah terima setoran): a collector's money counted in by a cashier.
CREATE TABLE collection_handover (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    number                VARCHAR(12)    NOT NULL,
    collector             VARCHAR(100)   NOT NULL,
    handover_date         DATE           NOT NULL,
    cash_expected         DECIMAL(15, 2) NOT NULL,
    cash_counted          DECIMAL(15, 2) NOT NULL,
    cash_difference       DECIMAL(15, 2) NOT NULL,
    difference_reason     VARCHAR(500),
    received_count        INT            NOT NULL,
    received_amount       DECIMAL(15, 2) NOT NULL,
    missing_count         INT            NOT NULL,
    missing_amount        DECIMAL(15, 2) NOT NULL,
    shortage_settled_date DATE,
    shortage_settled_by   VARCHAR(100),
    shortage_settle_note  VARCHAR(500),
    version               BIGINT         NOT NULL,
    created_at            DATETIME(6)    NOT NULL,
    created_by            VARCHAR(100)   NOT NULL,
    updated_at            DATETIME(6)    NOT NULL,
    updated_by            VARCHAR(100)   NOT NULL,
    CONSTRAINT uk_collection_handover_number UNIQUE (number)
);
CREATE INDEX ix_handover_collector_date ON collection_handover (collector, handover_date, id);
CREATE INDEX ix_handover_date ON collection_handover (handover_date, id);

CREATE TABLE collection_handover_line (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    handover_id BIGINT  NOT NULL,
    payment_id  BIGINT  NOT NULL,
    received    BOOLEAN NOT NULL,
    CONSTRAINT uk_handover_payment UNIQUE (handover_id, payment_id),
    CONSTRAINT fk_handover_line_handover FOREIGN KEY (handover_id) REFERENCES collection_handover (id),
    CONSTRAINT fk_handover_line_payment FOREIGN KEY (payment_id) REFERENCES customer_payment (id)
);
CREATE INDEX ix_handover_line_payment ON collection_handover_line (payment_id);

ALTER TABLE customer_payment ADD COLUMN collection_list_id BIGINT;
ALTER TABLE customer_payment ADD COLUMN handover_id BIGINT;
ALTER TABLE customer_payment ADD COLUMN handover_missed_on DATE;
ALTER TABLE customer_payment ADD CONSTRAINT fk_payment_collection_list
    FOREIGN KEY (collection_list_id) REFERENCES collection_list (id);
ALTER TABLE customer_payment ADD CONSTRAINT fk_payment_handover
    FOREIGN KEY (handover_id) REFERENCES collection_handover (id);
-- what a collection list's lines collected; a handover's received collections
CREATE INDEX ix_payment_collection_list ON customer_payment (collection_list_id);
CREATE INDEX ix_payment_handover ON customer_payment (handover_id);
-- a collector's collections not yet handed over, oldest first (the handover and the collector balance)
CREATE INDEX ix_payment_collector_pending ON customer_payment (status, collector, payment_date, id);

INSERT INTO lunas_setting (name, setting_value, version, created_at, created_by, updated_at, updated_by)
VALUES ('HANDOVER_DAYS', NULL, 1, CURRENT_TIMESTAMP, 'lunas', CURRENT_TIMESTAMP, 'lunas');
