-- At most one active engagement per client, therapist and modality, also when two requests
-- race: the service's own check cannot see an insert that has not committed yet.
-- ACTIVE_KEY is NULL once an engagement ends, and NULLs never collide in a unique index.
ALTER TABLE CORE.ENGAGEMENT ADD COLUMN ACTIVE_KEY VARCHAR(120) GENERATED ALWAYS AS
    (CASE WHEN STATUS = 'ACTIVE'
          THEN CAST(CLIENT_ID AS VARCHAR(36)) || '/' || CAST(THERAPIST_ID AS VARCHAR(36)) || '/' || MODALITY
     END);
CREATE UNIQUE INDEX ENGAGEMENT_ONE_ACTIVE ON CORE.ENGAGEMENT (ACTIVE_KEY);
