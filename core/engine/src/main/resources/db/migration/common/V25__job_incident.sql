-- A job given up on after every attempt gets the id of the incident it was logged under, shown to
-- the operator next to it (the failed-jobs tab, GET /api/v1/operator/jobs/dead).
ALTER TABLE job ADD COLUMN incident VARCHAR(16);
