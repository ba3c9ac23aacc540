#include "Workspace.h"

#include "AudienceSets.h"
#include "ConsentRepository.h"
#include "ContactRepository.h"
#include "DataSubjectRights.h"
#include "ListRepository.h"
#include "MailingRepository.h"
#include "SegmentRepository.h"
#include "Store.h"
#include "TagRepository.h"
#include "Transaction.h"
#include "import/Importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSaveFile>

QString Workspace::defaultActor(const QString& channel)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? channel : channel + QLatin1Char(':') + user;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& storePath, const QString& actor)
{
    auto store = Store::open(storePath);
    if (!store.ok())
        return store.error();
    store.value()->setActor(actor);
    // An erasure whose search-index merge was cut short (the app was killed): finish it
    // before anything else, so the erased person's words do not linger in the index.
    if (DataSubjectRights rights(*store.value()); rights.purgePending()) {
        if (auto purged = rights.purgeSearchIndex(); !purged.ok())
            return purged.error();
    }
    return std::unique_ptr<Workspace>(new Workspace(std::move(store).value()));
}

Workspace::Workspace(std::unique_ptr<Store> store)
    : m_store(std::move(store))
    , m_contacts(std::make_unique<ContactRepository>(*m_store))
    , m_lists(std::make_unique<ListRepository>(*m_store))
    , m_tags(std::make_unique<TagRepository>(*m_store))
    , m_consent(std::make_unique<ConsentRepository>(*m_store))
    , m_templates(std::make_unique<TemplateRepository>(*m_store))
    , m_segments(std::make_unique<SegmentRepository>(*m_store))
    , m_mailings(std::make_unique<MailingRepository>(*m_store))
    , m_watch(new QTimer(this))
    , m_checkpoint(new QTimer(this))
{
    m_dataVersion = m_store->dataStamp().dataVersion;
    m_watch->setInterval(2000);
    connect(m_watch, &QTimer::timeout, this, &Workspace::checkForChangesElsewhere);
    m_watch->start();
    // Small edits stay in the -wal file until a checkpoint: a copy of the store file made
    // while Sendtrix runs (a backup) would miss them. Checkpoint once the user pauses.
    m_checkpoint->setSingleShot(true);
    m_checkpoint->setInterval(2000);
    connect(m_checkpoint, &QTimer::timeout, this, [this] { m_store->checkpoint(); });
    connect(this, &Workspace::contactsChanged, this, &Workspace::changedHere);
    connect(this, &Workspace::listsChanged, this, &Workspace::changedHere);
}

void Workspace::changedHere()
{
    m_checkpoint->start();
}

void Workspace::checkForChangesElsewhere()
{
    if (m_store->inTransaction())
        return;
    const qint64 version = m_store->dataStamp().dataVersion;
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    emit contactsChanged();
    emit listsChanged();
    emit templatesChanged();
    emit segmentsChanged();
    emit mailingsChanged();
}

Workspace::~Workspace()
{
    // Repositories hold statements of the store's connection: release them first.
    m_mailings.reset();
    m_segments.reset();
    m_templates.reset();
    m_consent.reset();
    m_tags.reset();
    m_lists.reset();
    m_contacts.reset();
    m_store.reset();
}

QString Workspace::actor() const
{
    return m_store->actor();
}

QString Workspace::storePath() const
{
    return m_store->path();
}

Result<Contact> Workspace::addContact(const Contact& contact, const QStringList& tags,
                                      qint64 listId)
{
    Transaction tx(*m_store);
    if (!tx.isActive())
        return tx.error();
    auto created = m_contacts->create(contact);
    if (!created.ok())
        return created;
    if (!tags.isEmpty()) {
        if (auto tagged = m_tags->setTags(created.value().id, tags); !tagged.ok())
            return tagged.error();
    }
    if (listId > 0) {
        if (auto added = m_lists->addMembers(listId, {created.value().id}); !added.ok())
            return added.error();
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    emit contactsChanged();
    if (listId > 0)
        emit listsChanged();
    return created;
}

Result<Contact> Workspace::updateContact(const Contact& contact, const QStringList& tags)
{
    Transaction tx(*m_store);
    if (!tx.isActive())
        return tx.error();
    auto updated = m_contacts->update(contact);
    if (!updated.ok())
        return updated;
    if (auto tagged = m_tags->setTags(updated.value().id, tags); !tagged.ok())
        return tagged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    emit contactsChanged();
    return updated;
}

Result<int> Workspace::deleteContacts(const QList<qint64>& ids)
{
    auto removed = m_contacts->remove(ids);
    if (removed.ok() && removed.value() > 0) {
        emit contactsChanged();
        emit listsChanged(); // member counts changed
    }
    return removed;
}

Result<int> Workspace::restoreContacts(const QList<qint64>& ids)
{
    auto restored = m_contacts->restore(ids);
    if (restored.ok() && restored.value() > 0) {
        emit contactsChanged();
        emit listsChanged();
    }
    return restored;
}

Result<ConsentEvent> Workspace::recordConsent(const ConsentEvent& event, bool liftSuppression,
                                              const QString& evidencePath)
{
    ConsentRepository::RecordOptions options;
    options.liftSuppression = liftSuppression;
    ConsentEvent e = event;
    Transaction tx(*m_store);
    if (!tx.isActive())
        return tx.error();
    if (!evidencePath.isEmpty()) {
        QFile file(evidencePath);
        const QString shown = QDir::toNativeSeparators(evidencePath);
        if (file.size() > ConsentRepository::MaxEvidenceBytes)
            return Error{Error::Code::Invalid,
                         tr("%1 is %2 MB; an evidence file can be at most %3 MB. Scan the form "
                            "at a lower resolution or save it as PDF.")
                             .arg(shown)
                             .arg(QString::number(double(file.size()) / (1024 * 1024), 'f', 1))
                             .arg(ConsentRepository::MaxEvidenceBytes / (1024 * 1024)),
                         QStringLiteral("evidence")};
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Invalid,
                         tr("Could not read %1: %2").arg(shown, file.errorString()),
                         QStringLiteral("evidence")};
        auto stored = m_consent->storeEvidence(
            file.readAll(), QMimeDatabase().mimeTypeForFile(evidencePath).name());
        if (!stored.ok())
            return stored.error();
        e.evidenceSha256 = stored.value();
        e.evidenceName = QFileInfo(evidencePath).fileName();
    }
    auto recorded = m_consent->record(e, options);
    if (!recorded.ok())
        return recorded;
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    {
        emit consentChanged(event.contactId);
        emit contactsChanged(); // the consent column and filter
    }
    return recorded;
}

Result<void> Workspace::exportPersonalData(qint64 contactId, const QString& path)
{
    auto exported = DataSubjectRights(*m_store).exportContact(contactId);
    if (!exported.ok())
        return exported.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            Error::Code::Invalid,
            tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("path")};
    file.write(QJsonDocument(exported.value()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{
            Error::Code::Invalid,
            tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("path")};
    return {};
}

std::optional<Importer::LastImport> Workspace::lastImport()
{
    return Importer(*m_store).lastImport();
}

Result<QString> Workspace::undoLastImport()
{
    auto undone = Importer(*m_store).undoLast();
    if (!undone.ok())
        return undone.error();
    emit contactsChanged();
    emit listsChanged();
    return undone.value().fileName;
}

std::optional<SuppressionList::Entry> Workspace::suppressionOf(const QString& email)
{
    return SuppressionList(*m_store).find(email);
}

Result<void> Workspace::finishErasure(const QString& storePath)
{
    return DataSubjectRights::purgeSearchIndex(storePath);
}

Result<int> Workspace::erasePerson(qint64 contactId, DataSubjectRights::Purge purge)
{
    const auto contact = m_contacts->findById(contactId);
    if (!contact)
        return Error{Error::Code::NotFound, tr("This contact no longer exists.")};
    auto erased = DataSubjectRights(*m_store).eraseAddress(contact->email, m_store->actor(), purge);
    if (erased.ok()) {
        emit contactsChanged();
        emit listsChanged();
    }
    return erased;
}

Result<ContactListInfo> Workspace::createList(const QString& name)
{
    auto created = m_lists->create(name);
    if (created.ok())
        emit listsChanged();
    return created;
}

Result<ContactListInfo> Workspace::renameList(qint64 listId, const QString& name)
{
    auto renamed = m_lists->rename(listId, name);
    if (renamed.ok())
        emit listsChanged();
    return renamed;
}

Result<void> Workspace::deleteList(qint64 listId)
{
    auto removed = m_lists->remove(listId);
    if (removed.ok()) {
        emit listsChanged();
        emit contactsChanged();
    }
    return removed;
}

Result<int> Workspace::addToList(qint64 listId, const QList<qint64>& contactIds)
{
    auto added = m_lists->addMembers(listId, contactIds);
    if (added.ok() && added.value() > 0) {
        emit listsChanged();
        emit contactsChanged();
    }
    return added;
}

Result<int> Workspace::removeFromList(qint64 listId, const QList<qint64>& contactIds)
{
    auto removed = m_lists->removeMembers(listId, contactIds);
    if (removed.ok() && removed.value() > 0) {
        emit listsChanged();
        emit contactsChanged();
    }
    return removed;
}

Result<Template> Workspace::createTemplate(const QString& name, const QString& subject,
                                           const QString& html)
{
    auto created = m_templates->create(name, subject, html);
    if (created.ok())
        emit templatesChanged();
    return created;
}

Result<Template> Workspace::saveTemplate(const Template& t, TemplateRepository::Save kind)
{
    auto saved = m_templates->save(t, kind);
    if (saved.ok())
        emit templatesChanged();
    return saved;
}

Result<Template> Workspace::restoreTemplate(qint64 templateId, int revision)
{
    auto restored = m_templates->restore(templateId, revision);
    if (restored.ok())
        emit templatesChanged();
    return restored;
}

Result<void> Workspace::removeTemplate(qint64 templateId)
{
    auto removed = m_templates->remove(templateId);
    if (removed.ok())
        emit templatesChanged();
    return removed;
}

Result<Segment> Workspace::createSegment(const QString& name, const SegmentRule& rules)
{
    auto created = m_segments->create(name, rules);
    if (created.ok())
        emit segmentsChanged();
    return created;
}

Result<Segment> Workspace::saveSegment(const Segment& segment)
{
    auto saved = m_segments->save(segment);
    if (saved.ok())
        emit segmentsChanged();
    return saved;
}

Result<void> Workspace::removeSegment(qint64 segmentId)
{
    auto removed = m_segments->remove(segmentId);
    if (removed.ok())
        emit segmentsChanged();
    return removed;
}

Result<Mailing> Workspace::createMailing(const Mailing& draft)
{
    auto created = m_mailings->create(draft);
    if (created.ok())
        emit mailingsChanged();
    return created;
}

Result<Mailing> Workspace::saveMailing(const Mailing& mailing)
{
    auto saved = m_mailings->save(mailing);
    if (saved.ok())
        emit mailingsChanged();
    return saved;
}

Result<void> Workspace::removeMailing(qint64 mailingId)
{
    auto removed = m_mailings->remove(mailingId);
    if (removed.ok())
        emit mailingsChanged();
    return removed;
}

Result<Mailing> Workspace::duplicateMailing(qint64 mailingId)
{
    auto copy = m_mailings->duplicate(mailingId);
    if (copy.ok())
        emit mailingsChanged();
    return copy;
}

Result<Mailing> Workspace::transitionMailing(qint64 mailingId, MailingState to)
{
    auto moved = m_mailings->transition(mailingId, to);
    if (moved.ok())
        emit mailingsChanged();
    return moved;
}

Result<int> Workspace::sealMailing(qint64 mailingId, const Template& t, const QString& renderedText,
                                   const QJsonObject& sender, qint64 nowMs)
{
    auto sealed = m_mailings->seal(mailingId, t, renderedText, sender, nowMs);
    if (sealed.ok())
        emit mailingsChanged();
    return sealed;
}

void Workspace::prepareAudienceCounts()
{
    if (!AudienceSets::available())
        return;
    if (const auto generation = AudienceSets::generation(*m_store))
        AudienceSets::of(*m_store)->get(*generation); // starts the build, returns at once
}
