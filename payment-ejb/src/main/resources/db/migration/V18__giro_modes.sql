-- Giro modes at entry: a finance manager's override per customer (with its reason), and on a
-- payment whether it waits for a second person or is held by a block.
ALTER TABLE customer ADD COLUMN giro_mode VARCHAR(10);
ALTER TABLE customer ADD COLUMN giro_mode_reason VARCHAR(150);
ALTER TABLE customer_payment ADD COLUMN verification_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE customer_payment ADD COLUMN credit_hold BOOLEAN DEFAULT FALSE NOT NULL;
-- 1: a new giro must give its drawer's account; empty: it may be left out, as older sheets were
INSERT INTO lunas_setting (name, setting_value, version, created_at, created_by, updated_at, updated_by)
VALUES ('GIRO_DRAWER_ACCOUNT_REQUIRED', NULL, 1, CURRENT_TIMESTAMP, 'lunas', CURRENT_TIMESTAMP, 'lunas');
