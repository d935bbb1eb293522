-- Backdating: how many days before its entry each payment is dated, and why when beyond the allowance.
-- Earlier payments get the lag from their UTC creation instant, close enough for history.
ALTER TABLE customer_payment ADD COLUMN entry_lag_days INT DEFAULT 0 NOT NULL;
ALTER TABLE customer_payment ADD COLUMN backdate_reason VARCHAR(500);
UPDATE customer_payment SET entry_lag_days = GREATEST(0, TIMESTAMPDIFF(DAY, payment_date, created_at));
CREATE INDEX ix_payment_entry_lag ON customer_payment (entry_lag_days, id);
CREATE INDEX ix_payment_entered_by_lag ON customer_payment (created_by, entry_lag_days, id);

-- Settings changed at runtime; none limits anything until someone sets it.
CREATE TABLE lunas_setting (
    name          VARCHAR(40)  PRIMARY KEY,
    setting_value VARCHAR(200),
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);
INSERT INTO lunas_setting (name, setting_value, version, created_at, created_by, updated_at, updated_by)
VALUES ('BACKDATING_DAYS', NULL, 1, CURRENT_TIMESTAMP, 'lunas', CURRENT_TIMESTAMP, 'lunas');

-- Who changed a user's access or a setting, for the auditor.
CREATE TABLE administration_event (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(6)  NOT NULL,
    username   VARCHAR(100) NOT NULL,
    action     VARCHAR(20)  NOT NULL,
    subject    VARCHAR(100) NOT NULL,
    from_value VARCHAR(200),
    to_value   VARCHAR(200)
);
CREATE INDEX ix_administration_event_at ON administration_event (at, id);
