-- The list's one search box finds a payment by number, giro number, drawer bank, customer or exact
-- amount; each way has an index, so the OR of them stays an index lookup at a million payments.
CREATE INDEX ix_payment_giro_number ON customer_payment (giro_number);
CREATE INDEX ix_payment_drawer_bank ON customer_payment (giro_drawer_bank);
CREATE INDEX ix_payment_amount ON customer_payment (amount);
-- The list's totals read each matching payment's amount from the index its status and method
-- filters use, without a visit to the row.
DROP INDEX ix_payment_status_method_date ON customer_payment;
CREATE INDEX ix_payment_status_method_date ON customer_payment (status, method, payment_date, id, amount);
