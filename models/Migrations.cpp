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
        {3,
         {
             // Erasure finds deleted contacts by address too (live ones have their own index).
             "CREATE INDEX contacts_email_deleted ON contacts(email COLLATE NOCASE) "
             "WHERE deleted = 1",
             // An erased contact stays as an anonymous tombstone, never to be restored.
             "ALTER TABLE contacts ADD COLUMN erased INTEGER NOT NULL DEFAULT 0 "
             "CHECK (erased IN (0, 1))",
             // Store-wide settings that are data, not preferences (the suppression salt).
             "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
             "INSERT INTO meta(key, value) VALUES ('suppression_salt', lower(hex(randomblob(32))))",
             // An erasure (AVG art. 17) removes a contact for good: sync must learn of it.
             R"(CREATE TABLE change_log_v3 (
                    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
                    entity     TEXT    NOT NULL,
                    uuid       TEXT    NOT NULL,
                    op         TEXT    NOT NULL CHECK (op IN ('upsert', 'delete', 'erase')),
                    changed_at INTEGER NOT NULL,
                    batch      TEXT
                ))",
             "INSERT INTO change_log_v3 SELECT seq, entity, uuid, op, changed_at, batch FROM "
             "change_log",
             "DROP TABLE change_log",
             "ALTER TABLE change_log_v3 RENAME TO change_log",
             "CREATE INDEX change_log_pending ON change_log(batch, seq)",
             // The consent ledger: append-only, each event chained to the contact's previous
             // one by hash (see ConsentEvent). `deleted` is always 0: events are never
             // tombstoned, only erased with their contact.
             R"(CREATE TABLE consent_events (
                    id              INTEGER PRIMARY KEY,
                    uuid            TEXT    NOT NULL UNIQUE,
                    rev             INTEGER,
                    updated_at      INTEGER NOT NULL,
                    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
                    contact_id      INTEGER NOT NULL REFERENCES contacts(id),
                    contact_uuid    TEXT    NOT NULL,
                    purpose         TEXT    NOT NULL CHECK (purpose IN ('newsletter', 'testimonial')),
                    state           TEXT    NOT NULL CHECK (state IN ('subscribed', 'pending',
                                                      'unsubscribed', 'bounced', 'complained')),
                    basis           TEXT    NOT NULL CHECK (basis IN ('', 'consent', 'soft_opt_in')),
                    occurred_at     INTEGER NOT NULL,
                    recorded_at     INTEGER NOT NULL,
                    source          TEXT    NOT NULL CHECK (source <> ''),
                    source_detail   TEXT    NOT NULL DEFAULT '',
                    wording         TEXT    NOT NULL DEFAULT '',
                    policy_version  TEXT    NOT NULL DEFAULT '',
                    soft_opt_in     TEXT    CHECK (soft_opt_in IS NULL OR json_valid(soft_opt_in)),
                    evidence_sha256 TEXT    NOT NULL DEFAULT '',
                    evidence_name   TEXT    NOT NULL DEFAULT '',
                    evidence_note   TEXT    NOT NULL DEFAULT '',
                    actor           TEXT    NOT NULL,
                    prev_hash       TEXT    NOT NULL,
                    hash            TEXT    NOT NULL,
                    -- giving consent needs a legal basis; withdrawing it never does
                    CHECK ((state IN ('subscribed', 'pending')) = (basis <> ''))
                ))",
             "CREATE INDEX consent_events_by_contact ON consent_events(contact_id, id)",
             // Open only inside an erasure's own transaction; outside it the triggers below
             // refuse every UPDATE and DELETE of the ledger, whoever sends them.
             "CREATE TABLE ledger_gate (open INTEGER NOT NULL CHECK (open IN (0, 1)))",
             "INSERT INTO ledger_gate(open) VALUES (0)",
             R"(CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
                WHEN (SELECT open FROM ledger_gate) IS NOT 1
                BEGIN
                    SELECT RAISE(ABORT, 'consent events are append-only');
                END)",
             R"(CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events
                WHEN (SELECT open FROM ledger_gate) IS NOT 1
                BEGIN
                    SELECT RAISE(ABORT, 'consent events are append-only; only an erasure removes them');
                END)",
             // Each contact's latest event and event count: removing the newest event (which
             // no later hash points at) is detected against these.
             R"(CREATE TABLE consent_chain (
                    contact_id INTEGER PRIMARY KEY REFERENCES contacts(id),
                    head       TEXT    NOT NULL,
                    events     INTEGER NOT NULL
                ))",
             // Current state per contact and purpose, derived from the ledger in the same
             // transaction: the latest event, and on equal time the more restrictive one.
             R"(CREATE TABLE consent_state (
                    contact_id  INTEGER NOT NULL REFERENCES contacts(id),
                    purpose     TEXT    NOT NULL,
                    state       TEXT    NOT NULL,
                    basis       TEXT    NOT NULL,
                    occurred_at INTEGER NOT NULL,
                    strictness  INTEGER NOT NULL,
                    event_id    INTEGER NOT NULL,
                    -- 0 while the contact is deleted (kept for undo): counts skip it
                    live        INTEGER NOT NULL DEFAULT 1 CHECK (live IN (0, 1)),
                    PRIMARY KEY (contact_id, purpose)
                ) WITHOUT ROWID)",
             // Filters count from this index alone: "subscribed before a date" (re-permission)
             // is a range of it.
             "CREATE INDEX consent_state_by_state ON consent_state(purpose, state, live, "
             "occurred_at)",
             // Live newsletter subscribers per month of their consent (UTC), kept by triggers:
             // "subscribed before a date" (re-permission) is a sum of a few of these plus one
             // month's range of the index, not a count over hundreds of thousands of entries.
             R"(CREATE TRIGGER consent_state_month_insert AFTER INSERT ON consent_state
                WHEN new.purpose = 'newsletter' AND new.state = 'subscribed' AND new.live = 1
                BEGIN
                    INSERT INTO counters(name, value)
                    VALUES ('subscribed_month:' ||
                            strftime('%Y-%m', new.occurred_at / 1000, 'unixepoch'), 1)
                    ON CONFLICT(name) DO UPDATE SET value = value + 1;
                END)",
             R"(CREATE TRIGGER consent_state_month_delete AFTER DELETE ON consent_state
                WHEN old.purpose = 'newsletter' AND old.state = 'subscribed' AND old.live = 1
                BEGIN
                    UPDATE counters SET value = value - 1
                    WHERE name = 'subscribed_month:' ||
                                 strftime('%Y-%m', old.occurred_at / 1000, 'unixepoch');
                END)",
             R"(CREATE TRIGGER consent_state_month_update
                AFTER UPDATE OF state, occurred_at, live ON consent_state
                BEGIN
                    UPDATE counters SET value = value - 1
                    WHERE old.purpose = 'newsletter' AND old.state = 'subscribed' AND old.live = 1
                      AND name = 'subscribed_month:' ||
                                 strftime('%Y-%m', old.occurred_at / 1000, 'unixepoch');
                    INSERT INTO counters(name, value)
                    SELECT 'subscribed_month:' ||
                           strftime('%Y-%m', new.occurred_at / 1000, 'unixepoch'), 1
                    WHERE new.purpose = 'newsletter' AND new.state = 'subscribed' AND new.live = 1
                    ON CONFLICT(name) DO UPDATE SET value = value + 1;
                END)",
             R"(CREATE TRIGGER contacts_consent_live AFTER UPDATE OF deleted ON contacts
                WHEN old.deleted <> new.deleted
                BEGIN
                    UPDATE consent_state SET live = 1 - new.deleted WHERE contact_id = new.id;
                END)",
             // Live contacts per purpose and state, kept by triggers like live_contacts.
             R"(INSERT INTO counters(name, value)
                SELECT 'consent:' || p.value || ':' || s.value, 0
                FROM json_each('["newsletter","testimonial"]') p,
                     json_each('["subscribed","pending","unsubscribed","bounced","complained"]') s)",
             R"(CREATE TRIGGER consent_state_count_insert AFTER INSERT ON consent_state
                WHEN (SELECT deleted FROM contacts WHERE id = new.contact_id) = 0
                BEGIN
                    UPDATE counters SET value = value + 1
                    WHERE name = 'consent:' || new.purpose || ':' || new.state;
                END)",
             R"(CREATE TRIGGER consent_state_count_update AFTER UPDATE OF state ON consent_state
                WHEN old.state <> new.state
                     AND (SELECT deleted FROM contacts WHERE id = new.contact_id) = 0
                BEGIN
                    UPDATE counters SET value = value - 1
                    WHERE name = 'consent:' || old.purpose || ':' || old.state;
                    UPDATE counters SET value = value + 1
                    WHERE name = 'consent:' || new.purpose || ':' || new.state;
                END)",
             R"(CREATE TRIGGER consent_state_count_delete AFTER DELETE ON consent_state
                WHEN (SELECT deleted FROM contacts WHERE id = old.contact_id) = 0
                BEGIN
                    UPDATE counters SET value = value - 1
                    WHERE name = 'consent:' || old.purpose || ':' || old.state;
                END)",
             R"(CREATE TRIGGER contacts_consent_count AFTER UPDATE OF deleted ON contacts
                WHEN old.deleted <> new.deleted
                BEGIN
                    UPDATE counters SET value = value + CASE new.deleted WHEN 0 THEN 1 ELSE -1 END
                    WHERE name IN (SELECT 'consent:' || purpose || ':' || state
                                   FROM consent_state WHERE contact_id = new.id);
                END)",
             // Evidence files (a scanned paper form), stored once by content.
             R"(CREATE TABLE consent_evidence (
                    sha256     TEXT    PRIMARY KEY,
                    uuid       TEXT    NOT NULL UNIQUE,
                    rev        INTEGER,
                    updated_at INTEGER NOT NULL,
                    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    mime_type  TEXT    NOT NULL DEFAULT '',
                    size       INTEGER NOT NULL,
                    data       BLOB    NOT NULL
                ))",
             // Addresses never to be mailed again. Erased people are kept only as a salted
             // hash (email is NULL); the others keep the address, which is still on file.
             R"(CREATE TABLE suppressions (
                    id         INTEGER PRIMARY KEY,
                    uuid       TEXT    NOT NULL UNIQUE,
                    rev        INTEGER,
                    updated_at INTEGER NOT NULL,
                    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    email_hash TEXT    NOT NULL,
                    email      TEXT,
                    reason     TEXT    NOT NULL CHECK (reason IN ('unsubscribed', 'bounced',
                                                                  'complained', 'erased')),
                    since      INTEGER NOT NULL
                ))",
             "CREATE UNIQUE INDEX suppressions_live ON suppressions(email_hash) WHERE deleted = 0",
             // Erasure replaces every entry of a hash, lifted ones included.
             "CREATE INDEX suppressions_by_hash ON suppressions(email_hash)",
             // That an erasure happened and when, without saying who.
             R"(CREATE TABLE erasures (
                    id         INTEGER PRIMARY KEY,
                    uuid       TEXT    NOT NULL UNIQUE,
                    rev        INTEGER,
                    updated_at INTEGER NOT NULL,
                    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    erased_at  INTEGER NOT NULL,
                    actor      TEXT    NOT NULL
                ))",
         }},
        {4,
         {
             // Imports, kept on this computer only, so the last one can be undone: what each
             // row did to which contact, and the contact as it was before an update.
             R"(CREATE TABLE import_batches (
                    id          INTEGER PRIMARY KEY,
                    file_name   TEXT    NOT NULL,
                    started_at  INTEGER NOT NULL,
                    finished_at INTEGER NOT NULL,
                    rows        INTEGER NOT NULL,
                    added       INTEGER NOT NULL,
                    updated     INTEGER NOT NULL,
                    unchanged   INTEGER NOT NULL,
                    rejected    INTEGER NOT NULL,
                    suppressed  INTEGER NOT NULL,
                    list_id     INTEGER NOT NULL DEFAULT 0,
                    undone_at   INTEGER
                ))",
             R"(CREATE TABLE import_items (
                    batch_id   INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
                    contact_id INTEGER NOT NULL,
                    line       INTEGER NOT NULL,
                    action     TEXT    NOT NULL CHECK (action IN ('added', 'updated', 'unchanged')),
                    listed     INTEGER NOT NULL DEFAULT 0,
                    before     TEXT,
                    PRIMARY KEY (batch_id, contact_id)
                ) WITHOUT ROWID)",
             "CREATE INDEX import_items_by_contact ON import_items(contact_id)",
         }},
        {5,
         {
             // Templates (issue 5), sync-ready like contacts. What the editor shows is the
             // row; every save that changes it adds a revision (history: never changed).
             R"(CREATE TABLE templates (
                    id            INTEGER PRIMARY KEY,
                    uuid          TEXT    NOT NULL UNIQUE,
                    rev           INTEGER,
                    updated_at    INTEGER NOT NULL,
                    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    created_at    INTEGER NOT NULL,
                    name          TEXT    NOT NULL CHECK (name <> ''),
                    subject       TEXT    NOT NULL DEFAULT '',
                    html          TEXT    NOT NULL DEFAULT '',
                    text_override TEXT
                ))",
             "CREATE UNIQUE INDEX templates_name_live ON templates(name COLLATE NOCASE) "
             "WHERE deleted = 0",
             R"(CREATE TABLE template_revisions (
                    id            INTEGER PRIMARY KEY,
                    uuid          TEXT    NOT NULL UNIQUE,
                    rev           INTEGER,
                    updated_at    INTEGER NOT NULL,
                    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    template_id   INTEGER NOT NULL REFERENCES templates(id),
                    number        INTEGER NOT NULL,
                    reason        TEXT    NOT NULL
                                  CHECK (reason IN ('create', 'save', 'autosave', 'restore')),
                    name          TEXT    NOT NULL,
                    subject       TEXT    NOT NULL,
                    html          TEXT    NOT NULL,
                    text_override TEXT,
                    UNIQUE (template_id, number)
                ))",
             // Images, stored once per content (SHA-256), whatever name they came with.
             R"(CREATE TABLE assets (
                    id         INTEGER PRIMARY KEY,
                    uuid       TEXT    NOT NULL UNIQUE,
                    rev        INTEGER,
                    updated_at INTEGER NOT NULL,
                    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    sha256     TEXT    NOT NULL,
                    name       TEXT    NOT NULL,
                    mime_type  TEXT    NOT NULL,
                    size       INTEGER NOT NULL,
                    content    BLOB    NOT NULL
                ))",
             "CREATE UNIQUE INDEX assets_by_hash ON assets(sha256) WHERE deleted = 0",
         }},
        {6,
         {
             // Saved segments (issue 10), sync-ready like templates: the rule tree as the
             // JSON of SegmentRule, written with a change-log entry by SegmentRepository.
             R"(CREATE TABLE segments (
                    id         INTEGER PRIMARY KEY,
                    uuid       TEXT    NOT NULL UNIQUE,
                    rev        INTEGER,
                    updated_at INTEGER NOT NULL,
                    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    created_at INTEGER NOT NULL,
                    name       TEXT    NOT NULL CHECK (trim(name) <> ''),
                    rules_json TEXT    NOT NULL CHECK (json_valid(rules_json))
                ))",
             "CREATE UNIQUE INDEX segments_name_live ON segments(name COLLATE NOCASE) "
             "WHERE deleted = 0",
         }},
        {7,
         {
             // Mailings (issue 10), sync-ready like segments. A draft is edited freely; sealing
             // (MailingRepository::seal) snapshots the template and the sender and writes the
             // recipients with their consent state, then sets sealed_at and 'scheduled' in one
             // transaction. From then on the triggers below refuse every change of content
             // and recipients, whoever sends the SQL; only the state (and rev, updated_at,
             // schedule) may still change.
             R"(CREATE TABLE mailings (
                    id               INTEGER PRIMARY KEY,
                    uuid             TEXT    NOT NULL UNIQUE,
                    rev              INTEGER,
                    updated_at       INTEGER NOT NULL,
                    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    created_at       INTEGER NOT NULL,
                    name             TEXT    NOT NULL CHECK (trim(name) <> ''),
                    subject          TEXT    NOT NULL DEFAULT '',
                    preheader        TEXT    NOT NULL DEFAULT '',
                    from_name        TEXT    NOT NULL DEFAULT '',
                    from_email       TEXT    NOT NULL DEFAULT '',
                    reply_to         TEXT    NOT NULL DEFAULT '',
                    template_id      INTEGER REFERENCES templates(id),
                    audience_json    TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(audience_json)),
                    click_tracking   INTEGER NOT NULL DEFAULT 0 CHECK (click_tracking IN (0, 1)),
                    open_tracking    INTEGER NOT NULL DEFAULT 0 CHECK (open_tracking IN (0, 1)),
                    -- UTC ms; NULL: as soon as possible
                    schedule_at      INTEGER,
                    time_zone        TEXT    NOT NULL DEFAULT '',
                    state            TEXT    NOT NULL DEFAULT 'draft'
                                     CHECK (state IN ('draft', 'scheduled', 'sending', 'sent',
                                                      'cancelled', 'failed', 'paused')),
                    -- 1 only inside the sealing transaction: recipients may be inserted then
                    sealing          INTEGER NOT NULL DEFAULT 0 CHECK (sealing IN (0, 1)),
                    sealed_at        INTEGER,
                    template_html    TEXT,
                    template_text    TEXT,
                    template_subject TEXT,
                    sender_json      TEXT    CHECK (sender_json IS NULL OR json_valid(sender_json)),
                    -- only a draft is unsealed; a sealed mailing never goes back to draft
                    CHECK ((state = 'draft') = (sealed_at IS NULL)),
                    CHECK (sealing = 0 OR sealed_at IS NULL)
                ))",
             "CREATE UNIQUE INDEX mailings_name_live ON mailings(name COLLATE NOCASE) "
             "WHERE deleted = 0",
             // The frozen recipients of a sealed mailing: who, at which address, with which
             // consent state at sealing, and what personalisation may use. No reference to
             // contacts: an undone import or an erasure must not be blocked by a past mailing.
             R"(CREATE TABLE mailing_recipients (
                    mailing_id       INTEGER NOT NULL REFERENCES mailings(id),
                    contact_id       INTEGER NOT NULL,
                    contact_uuid     TEXT    NOT NULL,
                    email            TEXT    NOT NULL,
                    consent_state    TEXT    NOT NULL,
                    consent_event_id INTEGER,
                    first_name       TEXT    NOT NULL DEFAULT '',
                    last_name        TEXT    NOT NULL DEFAULT '',
                    custom_fields    TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(custom_fields)),
                    PRIMARY KEY (mailing_id, contact_id)
                ) WITHOUT ROWID)",
             R"(CREATE TRIGGER mailings_sealed_no_update BEFORE UPDATE ON mailings
                WHEN old.sealed_at IS NOT NULL AND (
                     new.uuid IS NOT old.uuid OR new.deleted IS NOT old.deleted
                     OR new.created_at IS NOT old.created_at OR new.name IS NOT old.name
                     OR new.subject IS NOT old.subject OR new.preheader IS NOT old.preheader
                     OR new.from_name IS NOT old.from_name OR new.from_email IS NOT old.from_email
                     OR new.reply_to IS NOT old.reply_to OR new.template_id IS NOT old.template_id
                     OR new.audience_json IS NOT old.audience_json
                     OR new.click_tracking IS NOT old.click_tracking
                     OR new.open_tracking IS NOT old.open_tracking
                     OR new.sealing IS NOT old.sealing OR new.sealed_at IS NOT old.sealed_at
                     OR new.template_html IS NOT old.template_html
                     OR new.template_text IS NOT old.template_text
                     OR new.template_subject IS NOT old.template_subject
                     OR new.sender_json IS NOT old.sender_json)
                BEGIN
                    SELECT RAISE(ABORT, 'mailing is sealed: its content cannot change');
                END)",
             R"(CREATE TRIGGER mailings_sealed_no_delete BEFORE DELETE ON mailings
                WHEN old.sealed_at IS NOT NULL
                BEGIN
                    SELECT RAISE(ABORT, 'mailing is sealed: it cannot be deleted');
                END)",
             // Recipients are written only while their mailing is being sealed. An erasure
             // (which opens ledger_gate) is the one thing that may remove them afterwards.
             R"(CREATE TRIGGER mailing_recipients_insert BEFORE INSERT ON mailing_recipients
                WHEN (SELECT sealing FROM mailings WHERE id = new.mailing_id) IS NOT 1
                BEGIN
                    SELECT RAISE(ABORT, 'recipients are written only while sealing a mailing');
                END)",
             R"(CREATE TRIGGER mailing_recipients_no_update BEFORE UPDATE ON mailing_recipients
                WHEN (SELECT open FROM ledger_gate) IS NOT 1
                     AND ((SELECT sealing FROM mailings WHERE id = old.mailing_id) IS NOT 1
                          OR (SELECT sealing FROM mailings WHERE id = new.mailing_id) IS NOT 1)
                BEGIN
                    SELECT RAISE(ABORT, 'mailing is sealed: its recipients cannot change');
                END)",
             R"(CREATE TRIGGER mailing_recipients_no_delete BEFORE DELETE ON mailing_recipients
                WHEN (SELECT open FROM ledger_gate) IS NOT 1
                     AND (SELECT sealing FROM mailings WHERE id = old.mailing_id) IS NOT 1
                BEGIN
                    SELECT RAISE(ABORT, 'mailing is sealed: its recipients cannot change');
                END)",
             // Recipient selection matches suppressed addresses that are still on file.
             "CREATE INDEX suppressions_by_email ON suppressions(email COLLATE NOCASE) "
             "WHERE deleted = 0",
         }},
        {8,
         {
             // Sync (issue 7). What this store last had of each synced row from the server:
             // the revision and the data, so a merge can tell which fields changed here and
             // which there (SPEC §6: field merge of contacts).
             R"(CREATE TABLE sync_base (
                    type    TEXT    NOT NULL,
                    uuid    TEXT    NOT NULL,
                    rev     INTEGER NOT NULL,
                    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    data    TEXT    NOT NULL CHECK (json_valid(data)),
                    PRIMARY KEY (type, uuid)
                ) WITHOUT ROWID)",
             // A batch is written here, with the ids of the change-log entries it covers
             // (change_log.batch), before it is sent: a retry after a lost answer sends the
             // same batch id and body, which the server answers as the first time.
             R"(CREATE TABLE sync_batches (
                    batch      TEXT    PRIMARY KEY,
                    body       TEXT    NOT NULL CHECK (json_valid(body)),
                    created_at INTEGER NOT NULL
                ))",
             // Pulled rows whose parent (a contact, a list) has not arrived yet; retried after
             // every page, in the order they came.
             R"(CREATE TABLE sync_deferred (
                    id     INTEGER PRIMARY KEY,
                    type   TEXT    NOT NULL,
                    uuid   TEXT    NOT NULL,
                    change TEXT    NOT NULL CHECK (json_valid(change))
                ))",
             // Is this row edited here and not yet on the server? (merge on pull)
             "CREATE INDEX change_log_by_row ON change_log(entity, uuid)",
         }},
        {9,
         [] {
             QStringList steps = {
                 // Mailings (issue 10): the frozen recipient list holds what the mailing needs
                 // to stay true: who (contact id), at which address, with which consent state
                 // and the consent event that made them subscribed. Names, uuid and custom
                 // fields for personalisation are read from the contacts when needed
                 // (MailingRepository::recipients), so sealing writes a narrow row and reads
                 // no contact rows (see docs/performance.md, Mailings).
                 // No REFERENCES mailings(id): the insert trigger below already demands the
                 // mailing (with sealing = 1) and a sealed mailing cannot be deleted, and the
                 // foreign-key look-up per row was a third of the insert's time at 537,000.
                 R"(CREATE TABLE mailing_recipients_v9 (
                        mailing_id       INTEGER NOT NULL,
                        contact_id       INTEGER NOT NULL,
                        email            TEXT    NOT NULL,
                        -- 'subscribed' at sealing; 'erased' once the person was erased
                        consent_state    TEXT    NOT NULL DEFAULT 'subscribed'
                                         CHECK (consent_state IN ('subscribed', 'erased')),
                        consent_event_id INTEGER,
                        PRIMARY KEY (mailing_id, contact_id)
                    ) WITHOUT ROWID)",
                 "INSERT INTO mailing_recipients_v9(mailing_id, contact_id, email, consent_state, "
                 "consent_event_id) SELECT mailing_id, contact_id, email, consent_state, "
                 "consent_event_id FROM mailing_recipients",
                 // Its triggers go with it (a DROP TABLE fires none).
                 "DROP TABLE mailing_recipients",
                 "ALTER TABLE mailing_recipients_v9 RENAME TO mailing_recipients",
                 // As in migration 7.
                 R"(CREATE TRIGGER mailing_recipients_insert BEFORE INSERT ON mailing_recipients
                    WHEN (SELECT sealing FROM mailings WHERE id = new.mailing_id) IS NOT 1
                    BEGIN
                        SELECT RAISE(ABORT, 'recipients are written only while sealing a mailing');
                    END)",
                 R"(CREATE TRIGGER mailing_recipients_no_update BEFORE UPDATE ON mailing_recipients
                    WHEN (SELECT open FROM ledger_gate) IS NOT 1
                         AND ((SELECT sealing FROM mailings WHERE id = old.mailing_id) IS NOT 1
                              OR (SELECT sealing FROM mailings WHERE id = new.mailing_id) IS NOT 1)
                    BEGIN
                        SELECT RAISE(ABORT, 'mailing is sealed: its recipients cannot change');
                    END)",
                 R"(CREATE TRIGGER mailing_recipients_no_delete BEFORE DELETE ON mailing_recipients
                    WHEN (SELECT open FROM ledger_gate) IS NOT 1
                         AND (SELECT sealing FROM mailings WHERE id = old.mailing_id) IS NOT 1
                    BEGIN
                        SELECT RAISE(ABORT, 'mailing is sealed: its recipients cannot change');
                    END)",
                 // What an audience count depends on changes `audience_generation` to a new
                 // random value in the same transaction, whoever writes (this program,
                 // another one, the sync engine): AudienceSets stay valid while it stays the
                 // same, so a commit elsewhere (a draft's autosave) does not rebuild them. A
                 // random value rather than +1: a rolled-back transaction's value never
                 // comes back for other data. Segments are not among the inputs: their
                 // members are kept by their compiled rules (Audience.cpp).
                 "INSERT INTO counters(name, value) VALUES ('audience_generation', random())",
             };
             // ContactBulkWriter suspends audience_contacts_insert during an import and
             // changes the value once at its end.
             for (const char* table : {"contacts", "consent_state", "suppressions", "lists",
                                       "list_members", "tags", "contact_tags"}) {
                 for (const char* op : {"insert", "update", "delete"})
                     steps << QStringLiteral("CREATE TRIGGER audience_%1_%2 AFTER %3 ON %1 "
                                             "BEGIN UPDATE counters SET value = random() "
                                             "WHERE name = 'audience_generation'; END")
                                  .arg(QLatin1String(table), QLatin1String(op),
                                       QString::fromLatin1(op).toUpper());
             }
             return steps;
         }()},
        {10,
         {
             // Changes the server refused for their content (400, 413), one by one after the
             // batch was split: kept out of the change log so the rest goes on, and shown
             // in the sync details. A later edit of the row tries again.
             R"(CREATE TABLE sync_rejected (
                    type        TEXT    NOT NULL,
                    uuid        TEXT    NOT NULL,
                    status      INTEGER NOT NULL,
                    message     TEXT    NOT NULL,
                    rejected_at INTEGER NOT NULL,
                    PRIMARY KEY (type, uuid)
                ))",
         }},
        {11,
         {
             // The account's own history with Sendtrix (issue 8): policy versions
             // acknowledged, the user's consents (product news, usage statistics), service
             // announcements dismissed. Written once, synced as `account_event`.
             R"(CREATE TABLE account_events (
                    id         INTEGER PRIMARY KEY,
                    uuid       TEXT    NOT NULL UNIQUE,
                    rev        INTEGER,
                    updated_at INTEGER NOT NULL,
                    deleted    INTEGER NOT NULL DEFAULT 0,
                    kind       TEXT    NOT NULL,
                    subject    TEXT    NOT NULL,
                    value      TEXT    NOT NULL DEFAULT '',
                    at         INTEGER NOT NULL
                ))",
             "CREATE INDEX account_events_by_subject ON account_events(kind, subject, at)",
             R"(CREATE TRIGGER account_events_no_update BEFORE UPDATE OF kind, subject, value, at
                ON account_events
                WHEN old.kind IS NOT new.kind OR old.subject IS NOT new.subject
                     OR old.value IS NOT new.value OR old.at IS NOT new.at
                BEGIN
                    SELECT RAISE(ABORT, 'account events are written once');
                END)",
             // What the server published (privacy policy versions, service announcements),
             // kept so that it is shown offline too.
             R"(CREATE TABLE account_notices (
                    kind       TEXT    NOT NULL CHECK (kind IN ('policy', 'announcement')),
                    id         TEXT    NOT NULL,
                    document   TEXT    NOT NULL CHECK (json_valid(document)),
                    fetched_at INTEGER NOT NULL,
                    PRIMARY KEY (kind, id)
                ))",
         }},
        {12,
         {
             // A synced contact's base is kept lazily (issue 7: a first sync of 100,000
             // contacts wrote each contact a second time, as JSON). NULL data: the base is
             // the contact as it stands here, which is true until the contact is next
             // changed; contacts_keep_base writes the contact as it was into the base just
             // before that change. SyncCodec::base() reads a NULL base from the row, with the
             // JSON of SyncCodec::readContacts (tst_sync checks that both give the same).
             R"(CREATE TABLE sync_base_v12 (
                    type    TEXT    NOT NULL,
                    uuid    TEXT    NOT NULL,
                    rev     INTEGER NOT NULL,
                    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                    data    TEXT    CHECK (data IS NULL OR json_valid(data)),
                    PRIMARY KEY (type, uuid)
                ) WITHOUT ROWID)",
             "INSERT INTO sync_base_v12(type, uuid, rev, deleted, data) SELECT type, uuid, rev, "
             "deleted, data FROM sync_base",
             "DROP TABLE sync_base",
             "ALTER TABLE sync_base_v12 RENAME TO sync_base",
             // Only the columns of the synced JSON count (a new one needs a new trigger); an
             // erase writes nothing of the person here, and takes away what was.
             R"(CREATE TRIGGER contacts_keep_base BEFORE UPDATE OF created_at, email, first_name,
                    last_name, company, phone, street, postal_code, city, country, website,
                    notes, custom_fields ON contacts
                WHEN new.erased = 0
                BEGIN
                    UPDATE sync_base SET data = json_object(
                        'created_at', coalesce(old.created_at, 0),
                        'email', coalesce(old.email, ''),
                        'first_name', coalesce(old.first_name, ''),
                        'last_name', coalesce(old.last_name, ''),
                        'company', coalesce(old.company, ''),
                        'phone', coalesce(old.phone, ''),
                        'street', coalesce(old.street, ''),
                        'postal_code', coalesce(old.postal_code, ''),
                        'city', coalesce(old.city, ''),
                        'country', coalesce(old.country, ''),
                        'website', coalesce(old.website, ''),
                        'notes', coalesce(old.notes, ''),
                        'custom_fields', CASE WHEN json_valid(old.custom_fields)
                            AND json_type(old.custom_fields) IN ('object', 'array')
                            THEN json(old.custom_fields) END)
                    WHERE type = 'contact' AND uuid = old.uuid AND data IS NULL AND old.erased = 0;
                END)",
             R"(CREATE TRIGGER contacts_erase_base AFTER UPDATE OF erased ON contacts
                WHEN new.erased = 1
                BEGIN
                    UPDATE sync_base SET data = NULL WHERE type = 'contact' AND uuid = new.uuid
                        AND data IS NOT NULL;
                END)",
             // A revision written back after a push changes nothing an audience depends on.
             "DROP TRIGGER audience_contacts_update",
             "CREATE TRIGGER audience_contacts_update AFTER UPDATE OF uuid, updated_at, deleted, "
             "created_at, email, first_name, last_name, last_name_key, company, phone, street, "
             "postal_code, city, country, website, notes, custom_fields, erased ON contacts "
             "BEGIN UPDATE counters SET value = random() WHERE name = 'audience_generation'; END",
         }},
        {13,
         {
             // A synced contact (rev not NULL) with no row here is its own base at contacts.rev:
             // a first sync writes no base row at all. The row is made, with the contact as it
             // was, just before a synced field first changes. (A row with NULL data, from
             // migration 12, still means the same.)
             "DROP TRIGGER contacts_keep_base",
             R"(CREATE TRIGGER contacts_keep_base BEFORE UPDATE OF created_at, email, first_name,
                    last_name, company, phone, street, postal_code, city, country, website,
                    notes, custom_fields ON contacts
                WHEN new.erased = 0 AND old.erased = 0 AND old.rev IS NOT NULL
                BEGIN
                    INSERT INTO sync_base(type, uuid, rev, deleted, data)
                    SELECT 'contact', old.uuid, old.rev, 0, json_object(
                        'created_at', coalesce(old.created_at, 0),
                        'email', coalesce(old.email, ''),
                        'first_name', coalesce(old.first_name, ''),
                        'last_name', coalesce(old.last_name, ''),
                        'company', coalesce(old.company, ''),
                        'phone', coalesce(old.phone, ''),
                        'street', coalesce(old.street, ''),
                        'postal_code', coalesce(old.postal_code, ''),
                        'city', coalesce(old.city, ''),
                        'country', coalesce(old.country, ''),
                        'website', coalesce(old.website, ''),
                        'notes', coalesce(old.notes, ''),
                        'custom_fields', CASE WHEN json_valid(old.custom_fields)
                            AND json_type(old.custom_fields) IN ('object', 'array')
                            THEN json(old.custom_fields) END)
                    WHERE true
                    ON CONFLICT(type, uuid) DO UPDATE SET data = excluded.data
                        WHERE sync_base.data IS NULL;
                END)",
         }},
    };
    return migrations;
}
