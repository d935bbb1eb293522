-- The A/R aging reads both of its grouped queries from an index alone: invoices by customer with
-- the columns the buckets need, and each invoice's allocations with what they carry of their
-- payment. Over a million allocations the aging took 3.6 s without them, 1.5 s with them.
CREATE INDEX ix_invoice_aging ON invoice (customer_id, cancelled, invoice_date, due_date, amount);
CREATE INDEX ix_allocation_aging ON payment_allocation (invoice_id, payment_cancelled, payment_date, cleared_date,
    amount);
