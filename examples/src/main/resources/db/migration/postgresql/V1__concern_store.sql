-- Safeguarding Kit JDBC store, PostgreSQL. The record is kept whole as a jsonb document (the v1 JSON format);
-- the columns beside it exist only for the SPI's queries. Instants are kept as epoch seconds + nanoseconds so that
-- every java.time.Instant round-trips exactly and orders correctly. Identifiers use the "C" collation so that the
-- database orders them as Java's String.compareTo does.

CREATE TABLE sgk_concern (
    id            VARCHAR COLLATE "C" PRIMARY KEY,
    version       BIGINT  NOT NULL CHECK (version >= 1),
    pupil_id      VARCHAR COLLATE "C" NOT NULL,
    occurred_sec  BIGINT  NOT NULL,
    occurred_nano INTEGER NOT NULL,
    document      JSONB   NOT NULL
);
CREATE INDEX sgk_concern_occurred ON sgk_concern (occurred_sec, occurred_nano, id);
CREATE INDEX sgk_concern_pupil ON sgk_concern (pupil_id, occurred_sec, occurred_nano, id);

CREATE TABLE sgk_concern_category (
    concern_id VARCHAR COLLATE "C" NOT NULL REFERENCES sgk_concern (id) ON DELETE CASCADE,
    code       VARCHAR COLLATE "C" NOT NULL,
    PRIMARY KEY (concern_id, code)
);
CREATE INDEX sgk_concern_category_code ON sgk_concern_category (code, concern_id);

CREATE TABLE sgk_pupil (
    id        VARCHAR COLLATE "C" PRIMARY KEY,
    family_id VARCHAR COLLATE "C",
    entry     JSONB NOT NULL
);
CREATE INDEX sgk_pupil_family ON sgk_pupil (family_id, id);

CREATE TABLE sgk_staff_name (
    name VARCHAR COLLATE "C" PRIMARY KEY
);

CREATE TABLE sgk_audit_event (
    sequence   BIGINT  PRIMARY KEY CHECK (sequence >= 1),
    at_sec     BIGINT  NOT NULL,
    at_nano    INTEGER NOT NULL,
    actor      VARCHAR COLLATE "C" NOT NULL,
    action     VARCHAR NOT NULL,
    concern_id VARCHAR COLLATE "C",
    detail     VARCHAR NOT NULL,
    digest     CHAR(64) NOT NULL  -- AuditSeal: SHA-256 over the previous digest and this event
);
CREATE INDEX sgk_audit_event_concern ON sgk_audit_event (concern_id, sequence);

-- The last audit sequence number handed out: appenders lock this one row in turn, so numbers are gapless.
CREATE TABLE sgk_audit_sequence (
    last BIGINT NOT NULL
);
INSERT INTO sgk_audit_sequence (last) VALUES (0);
