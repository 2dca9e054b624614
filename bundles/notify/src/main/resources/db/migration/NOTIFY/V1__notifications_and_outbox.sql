-- In-app notifications and the email outbox. Core creates the schema NOTIFY and applies this
-- script once. Never edit it after a release: add V2__... instead (core refuses a changed script).
--
-- USER_ID is a CORE practitioner id, without a foreign key: a module refers to the records of
-- another by id only. Modules compose what is stored here (the Notifier contract): staff
-- notifications name no client.

CREATE TABLE NOTIFY.NOTIFICATION (
    ID          UUID PRIMARY KEY,
    USER_ID     UUID NOT NULL,
    TOPIC       VARCHAR(100)  NOT NULL,
    SUBJECT     VARCHAR(200)  NOT NULL,
    BODY        VARCHAR(4000) NOT NULL,
    LINK        VARCHAR(500),
    CREATED_AT  TIMESTAMP WITH TIME ZONE NOT NULL,
    READ_AT     TIMESTAMP WITH TIME ZONE
);

-- The inbox of a user, newest first; the second index serves the unread list and count.
CREATE INDEX NOTIFICATION_INBOX ON NOTIFY.NOTIFICATION (USER_ID, CREATED_AT);
CREATE INDEX NOTIFICATION_UNREAD ON NOTIFY.NOTIFICATION (USER_ID, READ_AT, CREATED_AT);

-- One row per email. A row waits while NEXT_ATTEMPT_AT is set; it is done when SENT_AT or
-- GAVE_UP_AT is set (NEXT_ATTEMPT_AT is then empty). LAST_ERROR keeps the latest failure.
-- Done rows are deleted after the retention configured in the web console.
CREATE TABLE NOTIFY.EMAIL_OUTBOX (
    ID               UUID PRIMARY KEY,
    RECIPIENT        VARCHAR(320)  NOT NULL,
    SUBJECT          VARCHAR(200)  NOT NULL,
    BODY             VARCHAR(4000) NOT NULL,
    LINK             VARCHAR(500),
    CREATED_AT       TIMESTAMP WITH TIME ZONE NOT NULL,
    ATTEMPTS         INTEGER DEFAULT 0 NOT NULL,
    NEXT_ATTEMPT_AT  TIMESTAMP WITH TIME ZONE,
    SENT_AT          TIMESTAMP WITH TIME ZONE,
    GAVE_UP_AT       TIMESTAMP WITH TIME ZONE,
    LAST_ERROR       VARCHAR(1000)
);

-- The sender asks for the rows that are due, and for the earliest next attempt.
CREATE INDEX EMAIL_OUTBOX_DUE ON NOTIFY.EMAIL_OUTBOX (NEXT_ATTEMPT_AT);
