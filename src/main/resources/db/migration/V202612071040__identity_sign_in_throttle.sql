-- Failed sign-ins per client address, shared by every node through the database: an address with too many failures
-- in its window is refused before any password is checked (identity/SignInThrottle). One row per address and window.
CREATE TABLE sign_in_throttle (
  address          VARCHAR(64) NOT NULL PRIMARY KEY,
  failures         INT NOT NULL,
  window_start     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The account lock now counts failures within a window (garrison.identity.sign-in.window) instead of in a row for ever,
-- so that one address, held back by the throttle, can never reach the account's limit on its own.
ALTER TABLE app_user ADD COLUMN failed_sign_ins_since TIMESTAMP WITH TIME ZONE;
