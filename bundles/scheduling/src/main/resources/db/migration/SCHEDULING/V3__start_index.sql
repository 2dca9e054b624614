-- The reminder check asks every minute for booked sessions starting soon, across all
-- therapists: without an index on the start alone it read the whole appointment table.
CREATE INDEX APPOINTMENT_START ON SCHEDULING.APPOINTMENT (START_AT);
