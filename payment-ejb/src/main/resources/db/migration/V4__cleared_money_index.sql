-- The dashboard sums the money that cleared this month: Completed payments by resolved date.
CREATE INDEX ix_payment_status_resolved ON customer_payment (status, resolved_date, method);
