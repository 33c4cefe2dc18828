-- What a guard would rather not work (a soft rule of the solver): night shifts, and days of the week he would like
-- off (ISO numbers 1 = Monday … 7 = Sunday, comma-separated). One row per employee, kept by the guard on his phone.
CREATE TABLE ros_preference (
  employee_id   BIGINT PRIMARY KEY,
  avoid_nights  BOOLEAN NOT NULL,
  days_off      VARCHAR(20) NOT NULL,
  updated_by    BIGINT NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
