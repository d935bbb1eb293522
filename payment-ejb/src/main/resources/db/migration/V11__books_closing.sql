-- Month-end: the company's books, closed through a date (none at first), and every move of it.
CREATE TABLE books_closing (
    id             BIGINT       PRIMARY KEY,
    closed_through DATE,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL
);
INSERT INTO books_closing (id, closed_through, version, created_at, created_by, updated_at, updated_by)
VALUES (1, NULL, 1, CURRENT_TIMESTAMP, 'lunas', CURRENT_TIMESTAMP, 'lunas');

CREATE TABLE books_closing_event (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    at        DATETIME(6)  NOT NULL,
    username  VARCHAR(100) NOT NULL,
    action    VARCHAR(16)  NOT NULL,
    from_date DATE,
    to_date   DATE,
    reason    VARCHAR(1000)
);
CREATE INDEX ix_books_closing_event_at ON books_closing_event (at, id);
