-- The audit view lists every payment's events newest first, filtered by user or by action.
CREATE INDEX ix_event_user ON payment_event (username, id);
CREATE INDEX ix_event_action ON payment_event (action, id);
