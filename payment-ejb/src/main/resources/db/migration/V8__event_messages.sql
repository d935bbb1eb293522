-- What Lunas says about a history event is a message code with its arguments, so it reads in the
-- reader's language; "detail" keeps only what the user typed (a note, a reason). Events recorded
-- before this keep their English text in "detail".
ALTER TABLE payment_event ADD COLUMN detail_code VARCHAR(60);
ALTER TABLE payment_event ADD COLUMN detail_args VARCHAR(1000);
