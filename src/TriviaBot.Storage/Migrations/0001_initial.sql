-- Questions posted to a channel (by /trivia, /whosaid or a game round). The question is stored as a snapshot so
-- a post can be revealed and scored after a restart or a content reload, whatever the articles say by then.
CREATE TABLE posts (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    interaction_id    INTEGER UNIQUE,              -- the command that made it; a redelivery finds it taken
    guild_id          INTEGER NOT NULL,
    channel_id        INTEGER NOT NULL,
    game_id           INTEGER REFERENCES games (id),
    round             INTEGER,
    question_id       TEXT    NOT NULL,
    question_json     TEXT    NOT NULL,
    application_id    INTEGER,
    interaction_token TEXT,                        -- edits the interaction's message while it is valid (15 min)
    message_id        INTEGER,
    posted_at         INTEGER NOT NULL,            -- unix ms
    hint_at           INTEGER NOT NULL,
    closes_at         INTEGER NOT NULL,
    hint_shown        INTEGER NOT NULL DEFAULT 0,
    revealed_at       INTEGER
);
CREATE INDEX posts_open ON posts (closes_at) WHERE revealed_at IS NULL;
CREATE UNIQUE INDEX posts_game_round ON posts (game_id, round);

-- One answer per (post, user): the first one counts. Points are set when the post is revealed.
CREATE TABLE answers (
    post_id        INTEGER NOT NULL REFERENCES posts (id),
    user_id        INTEGER NOT NULL,
    user_name      TEXT    NOT NULL,
    choice         TEXT    NOT NULL,
    correct        INTEGER NOT NULL,
    elapsed_ms     INTEGER NOT NULL,
    hint_stage     INTEGER NOT NULL,
    answered_at    INTEGER NOT NULL,
    interaction_id INTEGER NOT NULL UNIQUE,
    points         INTEGER,
    PRIMARY KEY (post_id, user_id)
);
CREATE INDEX answers_time ON answers (answered_at);

-- Running totals per guild member, changed only in the transaction that scores a post's answers.
CREATE TABLE scores (
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    user_name   TEXT    NOT NULL,
    points      INTEGER NOT NULL DEFAULT 0,
    answered    INTEGER NOT NULL DEFAULT 0,
    correct     INTEGER NOT NULL DEFAULT 0,
    streak      INTEGER NOT NULL DEFAULT 0,
    best_streak INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (guild_id, user_id)
);

-- Questions a channel has had in the current cycle (cleared when it has had them all).
CREATE TABLE channel_seen (
    channel_id  INTEGER NOT NULL,
    question_id TEXT    NOT NULL,
    seen_at     INTEGER NOT NULL,
    PRIMARY KEY (channel_id, question_id)
);

CREATE TABLE games (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    interaction_id INTEGER UNIQUE,
    guild_id       INTEGER NOT NULL,
    channel_id     INTEGER NOT NULL,
    started_by     INTEGER NOT NULL,
    rounds         INTEGER NOT NULL,
    topic          TEXT,
    kind           TEXT,
    started_at     INTEGER NOT NULL,
    ended_at       INTEGER,
    end_reason     TEXT
);
CREATE UNIQUE INDEX games_one_active_per_channel ON games (channel_id) WHERE ended_at IS NULL;

CREATE TABLE reports (
    question_id TEXT    NOT NULL,
    user_id     INTEGER NOT NULL,
    post_id     INTEGER NOT NULL,
    prompt      TEXT    NOT NULL,
    reported_at INTEGER NOT NULL,
    PRIMARY KEY (question_id, user_id)
);

CREATE TABLE retired (
    question_id TEXT PRIMARY KEY,
    retired_by  INTEGER NOT NULL,
    retired_at  INTEGER NOT NULL
);
