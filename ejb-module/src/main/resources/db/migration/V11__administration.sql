-- Administration (issue 9): forced password change, partner contact, token last use, and the
-- one-time first-start setup.

-- An admin-chosen password (new user, reset) works once: the user picks their own at next login.
ALTER TABLE desk_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE partner_organisation ADD COLUMN contact VARCHAR(200);

-- R24: the token list shows when each token was last used (written at most once a minute per token).
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;

-- The first admin is created once: the row with id 1 is inserted by the setup in the same transaction
-- as the admin. Its primary key makes a second setup fail on any instance of a cluster, and its
-- presence keeps the setup page closed across restarts, even if every user is later deleted.
CREATE TABLE desk_setup (
    id            INTEGER PRIMARY KEY,
    completed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    admin_name    VARCHAR(100) NOT NULL,
    CONSTRAINT ck_desk_setup_once CHECK (id = 1)
);

-- A database that already has desk users was set up before this migration: its setup is over.
INSERT INTO desk_setup (id, completed_at, admin_name)
SELECT 1, CURRENT_TIMESTAMP, 'before-setup' FROM desk_user HAVING COUNT(*) > 0;
