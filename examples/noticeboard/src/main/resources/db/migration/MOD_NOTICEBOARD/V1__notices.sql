-- Staff announcements. Core creates the schema MOD_NOTICEBOARD and applies this script once.
-- Never edit it after a release: add V2__... instead (core refuses a changed script).
--
-- Rows are never deleted: archiving stamps ARCHIVED_AT and ARCHIVED_BY, so the history stays.
-- AUTHOR_ID and ARCHIVED_BY are CORE practitioner ids, without a foreign key: a module refers
-- to the records of another by id only. AUTHOR_ID is empty when the system posted the notice.
-- No client data is stored here.

CREATE TABLE MOD_NOTICEBOARD.NOTICE (
    ID           UUID PRIMARY KEY,
    TITLE        VARCHAR(120)  NOT NULL,
    BODY         VARCHAR(4000),
    AUTHOR_ID    UUID,
    AUTHOR_NAME  VARCHAR(200)  NOT NULL,
    CREATED_AT   TIMESTAMP WITH TIME ZONE NOT NULL,
    PINNED       BOOLEAN NOT NULL,
    EXPIRES_ON   DATE,
    ARCHIVED_AT  TIMESTAMP WITH TIME ZONE,
    ARCHIVED_BY  UUID
);

-- The board reads only the rows not yet archived.
CREATE INDEX NOTICE_CURRENT ON MOD_NOTICEBOARD.NOTICE (ARCHIVED_AT, PINNED, CREATED_AT);
