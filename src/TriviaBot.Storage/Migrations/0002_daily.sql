-- Daily questions: a schedule per channel (a local wall-clock time in an IANA zone, never an offset) and one claim
-- per (channel, local date). The claim row is taken before anything is sent; its post's id makes the Discord nonce,
-- so a retry after a crash cannot post twice, and two processes sharing this database cannot both post.
ALTER TABLE posts ADD COLUMN daily INTEGER NOT NULL DEFAULT 0;

CREATE TABLE daily_schedules (
    channel_id      INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    local_time      TEXT    NOT NULL,          -- HH:mm
    time_zone       TEXT    NOT NULL,          -- IANA name
    role_id         INTEGER,
    enabled         INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,
    updated_at      INTEGER NOT NULL,
    updated_by      INTEGER NOT NULL
);

CREATE TABLE daily_posts (
    channel_id     INTEGER NOT NULL,
    local_date     TEXT    NOT NULL,           -- yyyy-MM-dd in the channel's zone
    claimed_at     INTEGER NOT NULL,
    claimed_by     TEXT    NOT NULL,
    post_id        INTEGER REFERENCES posts (id),
    message_id     INTEGER,
    posted_at      INTEGER,
    skipped_reason TEXT,
    PRIMARY KEY (channel_id, local_date)
);
CREATE INDEX daily_posts_unfinished ON daily_posts (claimed_at) WHERE message_id IS NULL AND skipped_reason IS NULL;
