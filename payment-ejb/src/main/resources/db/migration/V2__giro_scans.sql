-- The overdue-giro scan: one row per run, and a single lock row that serialises runs across servers.

CREATE TABLE giro_scan (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_date  DATE         NOT NULL,
    scan_trigger   VARCHAR(16)  NOT NULL,
    triggered_by   VARCHAR(100) NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6),
    newly_flagged  INT,
    expiring       INT,
    expired        INT,
    statements     INT,
    outcome        VARCHAR(16)  NOT NULL,
    error          VARCHAR(1000)
);
CREATE INDEX ix_giro_scan_date ON giro_scan (business_date, scan_trigger);

CREATE TABLE giro_scan_lock (
    id INT PRIMARY KEY
);
INSERT INTO giro_scan_lock (id) VALUES (1);
