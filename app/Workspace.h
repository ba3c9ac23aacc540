#pragma once

#include "Contact.h"
#include "ContactListInfo.h"
#include "DataSubjectRights.h"
#include "Mailing.h"
#include "Result.h"
#include "Segment.h"
#include "SuppressionList.h"
#include "TemplateRepository.h"
#include "import/Importer.h"

#include <QObject>
#include <QTimer>
#include <memory>

class Store;
class ContactRepository;
class ListRepository;
class TagRepository;
class ConsentRepository;
class SegmentRepository;
class MailingRepository;
struct ConsentEvent;

// One open store and the services over it, shared by the desktop app and the CLI.
// Every change goes through here, so views learn about it from one place.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // `actor` names who writes, in consent events and erasures ("desktop:anna").
    static QString defaultActor(const QString& channel = QStringLiteral("desktop"));
    static Result<std::unique_ptr<Workspace>> open(const QString& storePath,
                                                   const QString& actor = defaultActor());
    ~Workspace() override;

    Store& store() { return *m_store; }
    ContactRepository& contacts() { return *m_contacts; }
    ListRepository& lists() { return *m_lists; }
    TagRepository& tags() { return *m_tags; }
    ConsentRepository& consent() { return *m_consent; }
    TemplateRepository& templates() { return *m_templates; }
    SegmentRepository& segments() { return *m_segments; }
    MailingRepository& mailings() { return *m_mailings; }
    QString storePath() const;
    QString actor() const; // who writes, as given to open()

    // Adds the contact with its tags and, when listId is given, to that list: all or nothing.
    Result<Contact> addContact(const Contact& contact, const QStringList& tags = {},
                               qint64 listId = 0);
    Result<Contact> updateContact(const Contact& contact, const QStringList& tags);
    Result<int> deleteContacts(const QList<qint64>& ids);
    Result<int> restoreContacts(const QList<qint64>& ids);

    // Consent and the rights of the people on the lists (SPEC §2).
    // evidencePath: a file (a scanned form) stored with the event, in the same transaction.
    Result<ConsentEvent> recordConsent(const ConsentEvent& event, bool liftSuppression = false,
                                       const QString& evidencePath = {});
    // Writes everything held about the contact to `path` as JSON (AVG art. 15 and 20); the
    // file appears whole or not at all.
    Result<void> exportPersonalData(qint64 contactId, const QString& path);
    // Undoes the last import (its added contacts removed, its updates restored).
    Result<QString> undoLastImport(); // the file name of the import that was undone
    std::optional<Importer::LastImport> lastImport();

    // The suppression entry of an address, if it is on the list.
    std::optional<SuppressionList::Entry> suppressionOf(const QString& email);
    // Erases the person with this contact's address everywhere (AVG art. 17). No undo.
    // Purge::Later leaves the search index merge to the caller (finishErasure on a worker).
    Result<int> erasePerson(qint64 contactId,
                            DataSubjectRights::Purge purge = DataSubjectRights::Purge::Now);
    // The slow second half of an erasure, on its own connection: safe on a worker thread.
    static Result<void> finishErasure(const QString& storePath);

    // Starts building, in the background, what counting an audience at a million contacts
    // needs (AudienceSets), so the mailing editor's first live count is served from memory.
    // The desktop calls it once the window is up; nothing waits for it.
    void prepareAudienceCounts();

    // Looks for commits made on another connection (an import on a worker thread, the CLI)
    // and announces them now instead of at the next poll.
    void noticeChanges() { checkForChangesElsewhere(); }

    // Templates (SPEC §3): the editor's writes, announced as templatesChanged.
    Result<Template> createTemplate(const QString& name, const QString& subject,
                                    const QString& html);
    Result<Template> saveTemplate(const Template& t, TemplateRepository::Save kind);
    Result<Template> restoreTemplate(qint64 templateId, int revision);
    Result<void> removeTemplate(qint64 templateId);

    // Segments (SPEC §4), announced as segmentsChanged.
    Result<Segment> createSegment(const QString& name, const SegmentRule& rules);
    Result<Segment> saveSegment(const Segment& segment);
    Result<void> removeSegment(qint64 segmentId);

    // Mailings (SPEC §4), announced as mailingsChanged. The rules (the state machine, what
    // a sealed mailing refuses) are MailingRepository's; scheduling with its checklist is
    // MailingPlanner's, which seals through sealMailing.
    Result<Mailing> createMailing(const Mailing& draft);
    Result<Mailing> saveMailing(const Mailing& mailing);
    Result<void> removeMailing(qint64 mailingId);
    Result<Mailing> duplicateMailing(qint64 mailingId);
    Result<Mailing> transitionMailing(qint64 mailingId, MailingState to);
    Result<int> sealMailing(qint64 mailingId, const Template& t, const QString& renderedText,
                            const QJsonObject& sender, qint64 nowMs);

    Result<ContactListInfo> createList(const QString& name);
    Result<ContactListInfo> renameList(qint64 listId, const QString& name);
    Result<void> deleteList(qint64 listId);
    Result<int> addToList(qint64 listId, const QList<qint64>& contactIds);
    Result<int> removeFromList(qint64 listId, const QList<qint64>& contactIds);

signals:
    void contactsChanged();
    void listsChanged();
    void consentChanged(qint64 contactId);
    void templatesChanged();
    void segmentsChanged();
    void mailingsChanged();

private:
    explicit Workspace(std::unique_ptr<Store> store);
    void changedHere();
    void checkForChangesElsewhere();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<ListRepository> m_lists;
    std::unique_ptr<TagRepository> m_tags;
    std::unique_ptr<ConsentRepository> m_consent;
    std::unique_ptr<TemplateRepository> m_templates;
    std::unique_ptr<SegmentRepository> m_segments;
    std::unique_ptr<MailingRepository> m_mailings;
    QTimer* m_watch;      // notices commits by another program (the CLI, a second window)
    QTimer* m_checkpoint; // folds the WAL into the store file once edits pause
    qint64 m_dataVersion = -1;
};
