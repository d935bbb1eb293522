-- Credit control: the limit the ERP sets on a customer, the account a giro is drawn on, and the
-- thresholds of "kosong" rejections in six months (empty: the standard 1 warn, 2 verify, 3 block).
ALTER TABLE customer ADD COLUMN credit_limit DECIMAL(15, 2);
ALTER TABLE customer_payment ADD COLUMN giro_drawer_account VARCHAR(30);
-- rejections counted per customer and per drawer account, by reason and rejected date
CREATE INDEX ix_payment_customer_rejections ON customer_payment (customer_id, rejection_reason, rejected_date);
CREATE INDEX ix_payment_drawer_rejections ON customer_payment (giro_drawer_account, rejection_reason, rejected_date);
INSERT INTO lunas_setting (name, setting_value, version, created_at, created_by, updated_at, updated_by)
VALUES ('GIRO_RISK_WARN', NULL, 1, CURRENT_TIMESTAMP, 'lunas', CURRENT_TIMESTAMP, 'lunas');
INSERT INTO lunas_setting (name, setting_value, version, created_at, created_by, updated_at, updated_by)
VALUES ('GIRO_RISK_VERIFY', NULL, 1, CURRENT_TIMESTAMP, 'lunas', CURRENT_TIMESTAMP, 'lunas');
INSERT INTO lunas_setting (name, setting_value, version, created_at, created_by, updated_at, updated_by)
VALUES ('GIRO_RISK_BLOCK', NULL, 1, CURRENT_TIMESTAMP, 'lunas', CURRENT_TIMESTAMP, 'lunas');
