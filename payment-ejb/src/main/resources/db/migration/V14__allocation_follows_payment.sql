-- Each allocation carries what the A/R aging needs of its payment, so the aging sums allocations
-- and invoices without reading every payment row (issue 18: 7.6 s over a million payments).
ALTER TABLE payment_allocation ADD COLUMN payment_date DATE;
ALTER TABLE payment_allocation ADD COLUMN cleared_date DATE;
ALTER TABLE payment_allocation ADD COLUMN payment_cancelled BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE payment_allocation SET
    payment_date = (SELECT p.payment_date FROM customer_payment p WHERE p.id = payment_allocation.payment_id),
    cleared_date = (SELECT CASE WHEN p.status = 'COMPLETED' THEN p.resolved_date END FROM customer_payment p
                    WHERE p.id = payment_allocation.payment_id),
    payment_cancelled = (SELECT p.status = 'CANCELLED' FROM customer_payment p
                         WHERE p.id = payment_allocation.payment_id);
ALTER TABLE payment_allocation MODIFY COLUMN payment_date DATE NOT NULL;
