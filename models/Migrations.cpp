#include "Migrations.h"

// Every synced table carries uuid (made by the client), rev (server revision, NULL until
// synced), updated_at (UTC ms) and deleted (tombstone); every write appends to change_log
// in the same transaction (see the repositories).
const std::vector<Migration>& storeMigrations()
{
    static const std::vector<Migration> migrations = {
        {1,
         {
             R"(CREATE TABLE contacts (
                    id            INTEGER PRIMARY KEY,
                    uuid          TEXT    NOT NULL UNIQUE,
                    rev           INTEGER,
                    updated_at    INTEGER NOT NULL,
                    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    created_at    INTEGER NOT NULL,
                    email         TEXT    NOT NULL CHECK (email <> ''),
                    first_name    TEXT    NOT NULL DEFAULT '',
                    last_name     TEXT    NOT NULL DEFAULT '',
                    -- "Berg, van den": the last name as a Dutch address book sorts it
                    last_name_key TEXT    NOT NULL DEFAULT '',
                    company       TEXT    NOT NULL DEFAULT '',
                    phone         TEXT    NOT NULL DEFAULT '',
                    street        TEXT    NOT NULL DEFAULT '',
                    postal_code   TEXT    NOT NULL DEFAULT '',
                    city          TEXT    NOT NULL DEFAULT '',
                    country       TEXT    NOT NULL DEFAULT '',
                    website       TEXT    NOT NULL DEFAULT '',
                    notes         TEXT    NOT NULL DEFAULT '',
                    custom_fields TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(custom_fields))
                ))",
             // One live contact per address; a tombstone does not block re-adding it.
             "CREATE UNIQUE INDEX contacts_email_live ON contacts(email COLLATE NOCASE) "
             "WHERE deleted = 0",
             // Sort orders of the contacts table (rowid is the implied tie-breaker).
             "CREATE INDEX contacts_by_first_name ON contacts(first_name COLLATE NOCASE) "
             "WHERE deleted = 0",
             "CREATE INDEX contacts_by_last_name ON contacts(last_name_key COLLATE NOCASE) "
             "WHERE deleted = 0",
             "CREATE INDEX contacts_by_company ON contacts(company COLLATE NOCASE) "
             "WHERE deleted = 0",
             "CREATE INDEX contacts_by_city ON contacts(city COLLATE NOCASE) WHERE deleted = 0",
             "CREATE INDEX contacts_by_updated ON contacts(updated_at) WHERE deleted = 0",
             R"(CREATE TABLE change_log (
                    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
                    entity     TEXT    NOT NULL,
                    uuid       TEXT    NOT NULL,
                    op         TEXT    NOT NULL CHECK (op IN ('upsert', 'delete')),
                    changed_at INTEGER NOT NULL,
                    batch      TEXT
                ))",
             "CREATE INDEX change_log_pending ON change_log(batch, seq)",
             // Full-text search over name, e-mail, company and city of live contacts, kept
             // by triggers. Tombstones are left out, so a match count is a contact count.
             R"(CREATE VIRTUAL TABLE contacts_fts USING fts5(
                    first_name, last_name, email, company, city,
                    content = 'contacts', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'))",
             R"(CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts WHEN new.deleted = 0
                BEGIN
                    INSERT INTO contacts_fts(rowid, first_name, last_name, email, company, city)
                    VALUES (new.id, new.first_name, new.last_name, new.email, new.company, new.city);
                END)",
             R"(CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts WHEN old.deleted = 0
                BEGIN
                    INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email,
                                             company, city)
                    VALUES ('delete', old.id, old.first_name, old.last_name, old.email,
                            old.company, old.city);
                END)",
             R"(CREATE TRIGGER contacts_fts_update
                AFTER UPDATE OF first_name, last_name, email, company, city, deleted ON contacts
                BEGIN
                    INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email,
                                             company, city)
                    SELECT 'delete', old.id, old.first_name, old.last_name, old.email,
                           old.company, old.city WHERE old.deleted = 0;
                    INSERT INTO contacts_fts(rowid, first_name, last_name, email, company, city)
                    SELECT new.id, new.first_name, new.last_name, new.email, new.company, new.city
                    WHERE new.deleted = 0;
                END)",
             // The number of live contacts, kept by triggers: the table's row count without
             // a count(*) over a million rows at every start.
             "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
             "INSERT INTO counters(name, value) VALUES ('live_contacts', 0)",
             R"(CREATE TRIGGER contacts_count_insert AFTER INSERT ON contacts WHEN new.deleted = 0
                BEGIN
                    UPDATE counters SET value = value + 1 WHERE name = 'live_contacts';
                END)",
             R"(CREATE TRIGGER contacts_count_delete AFTER DELETE ON contacts WHEN old.deleted = 0
                BEGIN
                    UPDATE counters SET value = value - 1 WHERE name = 'live_contacts';
                END)",
             R"(CREATE TRIGGER contacts_count_update AFTER UPDATE OF deleted ON contacts
                WHEN old.deleted <> new.deleted
                BEGIN
                    UPDATE counters SET value = value + CASE new.deleted WHEN 0 THEN 1 ELSE -1 END
                    WHERE name = 'live_contacts';
                END)",
         }},
        {2,
         {
             R"(CREATE TABLE lists (
                    id          INTEGER PRIMARY KEY,
                    uuid        TEXT    NOT NULL UNIQUE,
                    rev         INTEGER,
                    updated_at  INTEGER NOT NULL,
                    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    name        TEXT    NOT NULL CHECK (trim(name) <> ''),
                    description TEXT    NOT NULL DEFAULT ''
                ))",
             "CREATE UNIQUE INDEX lists_name_live ON lists(name COLLATE NOCASE) WHERE deleted = 0",
             R"(CREATE TABLE list_members (
                    id         INTEGER PRIMARY KEY,
                    uuid       TEXT    NOT NULL UNIQUE,
                    rev        INTEGER,
                    updated_at INTEGER NOT NULL,
                    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    list_id    INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
                    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
                    UNIQUE (list_id, contact_id)
                ))",
             "CREATE INDEX list_members_by_contact ON list_members(contact_id)",
             R"(CREATE TABLE tags (
                    id         INTEGER PRIMARY KEY,
                    uuid       TEXT    NOT NULL UNIQUE,
                    rev        INTEGER,
                    updated_at INTEGER NOT NULL,
                    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    name       TEXT    NOT NULL CHECK (trim(name) <> '')
                ))",
             "CREATE UNIQUE INDEX tags_name_live ON tags(name COLLATE NOCASE) WHERE deleted = 0",
             R"(CREATE TABLE contact_tags (
                    id         INTEGER PRIMARY KEY,
                    uuid       TEXT    NOT NULL UNIQUE,
                    rev        INTEGER,
                    updated_at INTEGER NOT NULL,
                    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
                    UNIQUE (tag_id, contact_id)
                ))",
             "CREATE INDEX contact_tags_by_contact ON contact_tags(contact_id)",
         }},
    };
    return migrations;
}
