-- The bell counts Active giros whose 70-day window is closing: by issue date, on every back-office page.
CREATE INDEX ix_payment_giro_issue ON customer_payment (status, method, giro_issue_date);
