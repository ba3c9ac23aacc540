#include "TemplateRepository.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "NamedRows.h"
#include "Store.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString kTemplate = QStringLiteral("template");
const QString kRevision = QStringLiteral("template_revision");
const QString kAsset = QStringLiteral("asset");

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant nullable(const std::optional<QString>& s)
{
    return s ? QVariant(*s) : QVariant(); // NULL: no text of its own
}

std::optional<QString> optionalText(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}

const QString kTemplateColumns = QStringLiteral(
    "id, uuid, rev, updated_at, deleted, created_at, name, subject, html, text_override");

Template templateFrom(const QSqlQuery& q)
{
    Template t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    if (!q.value(2).isNull())
        t.rev = q.value(2).toLongLong();
    t.updatedAt = q.value(3).toLongLong();
    t.deleted = q.value(4).toInt() != 0;
    t.createdAt = q.value(5).toLongLong();
    t.name = q.value(6).toString();
    t.subject = q.value(7).toString();
    t.html = q.value(8).toString();
    t.textOverride = optionalText(q.value(9));
    return t;
}

} // namespace

Result<QString> TemplateRepository::validName(const QString& name, qint64 exceptId)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{Error::Code::Invalid, tr("Give the template a name."), QStringLiteral("name")};
    const auto existing = rows().takenName(trimmed, exceptId);
    if (existing)
        return Error{
            Error::Code::Duplicate,
            tr("There is already a template called “%1”. Choose another name.").arg(*existing),
            QStringLiteral("name")};
    return trimmed;
}

Result<void> TemplateRepository::writeRow(Template& t)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("UPDATE templates SET updated_at = ?, name = ?, subject = ?, html = ?, "
                       "text_override = ? WHERE id = ?"));
    q.bindValue(0, t.updatedAt);
    q.bindValue(1, t.name);
    q.bindValue(2, t.subject);
    q.bindValue(3, t.html);
    q.bindValue(4, nullable(t.textOverride));
    q.bindValue(5, t.id);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("save template"));
    q.finish();
    return ChangeLog::append(m_store, kTemplate, t.uuid, ChangeLog::Op::Upsert, t.updatedAt);
}

Result<TemplateRevision> TemplateRepository::addRevision(const Template& t, const QString& reason)
{
    TemplateRevision r;
    r.uuid = newUuid();
    r.templateId = t.id;
    r.savedAt = t.updatedAt;
    r.reason = reason;
    r.name = t.name;
    r.subject = t.subject;
    r.html = t.html;
    r.textOverride = t.textOverride;
    QSqlQuery& next = m_store.statement(QStringLiteral(
        "SELECT coalesce(max(number), 0) + 1 FROM template_revisions WHERE template_id = ?"));
    next.bindValue(0, t.id);
    r.number = next.exec() && next.next() ? next.value(0).toInt() : 1;
    next.finish();
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "INSERT INTO template_revisions(uuid, updated_at, template_id, number, reason, name, "
        "subject, html, text_override) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{r.uuid,    r.savedAt, r.templateId,
                              r.number,  r.reason,  r.name,
                              r.subject, r.html,    nullable(r.textOverride)};
    Store::bindAll(q, values);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("template revision"));
    r.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto logged =
            ChangeLog::append(m_store, kRevision, r.uuid, ChangeLog::Op::Upsert, r.savedAt);
        !logged.ok())
        return logged.error();
    return r;
}

Result<Template> TemplateRepository::create(const QString& name, const QString& subject,
                                            const QString& html)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto valid = validName(name, 0);
    if (!valid.ok())
        return valid.error();
    Template t;
    t.uuid = newUuid();
    t.createdAt = t.updatedAt = Clock::nowMs();
    t.name = valid.value();
    t.subject = subject.isNull() ? QStringLiteral("") : subject;
    t.html = html.isNull() ? QStringLiteral("") : html;
    QSqlQuery& q = m_store.statement(QStringLiteral(
        "INSERT INTO templates(uuid, updated_at, created_at, name, subject, html) VALUES (?, ?, "
        "?, ?, ?, ?)"));
    const QVariantList values{t.uuid, t.updatedAt, t.createdAt, t.name, t.subject, t.html};
    Store::bindAll(q, values);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("insert template"));
    t.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto logged =
            ChangeLog::append(m_store, kTemplate, t.uuid, ChangeLog::Op::Upsert, t.updatedAt);
        !logged.ok())
        return logged.error();
    if (auto revision = addRevision(t, QStringLiteral("create")); !revision.ok())
        return revision.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return t;
}

Result<Template> TemplateRepository::save(const Template& edited, Save kind)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    const auto stored = findById(edited.id);
    if (!stored || stored->deleted)
        return Error{Error::Code::NotFound, tr("This template no longer exists.")};
    auto valid = validName(edited.name, edited.id);
    if (!valid.ok())
        return valid.error();
    Template t = *stored;
    t.name = valid.value();
    // A cleared field is empty text, not NULL (the columns are NOT NULL).
    t.subject = edited.subject.isNull() ? QStringLiteral("") : edited.subject;
    t.html = edited.html.isNull() ? QStringLiteral("") : edited.html;
    t.textOverride = edited.textOverride;
    if (t.sameContent(*stored)) {
        // Nothing to write; but a save by the user after autosaves keeps what they hold
        // as a version, when the last version differs.
        if (kind == Save::Manual) {
            QSqlQuery& last = m_store.statement(QStringLiteral(
                "SELECT name, subject, html, text_override FROM template_revisions WHERE "
                "template_id = ? ORDER BY number DESC LIMIT 1"));
            last.bindValue(0, t.id);
            bool same = false;
            if (last.exec() && last.next())
                same = last.value(0).toString() == t.name &&
                       last.value(1).toString() == t.subject &&
                       last.value(2).toString() == t.html &&
                       optionalText(last.value(3)) == t.textOverride;
            last.finish();
            if (!same) {
                if (auto revision = addRevision(t, QStringLiteral("save")); !revision.ok())
                    return revision.error();
                if (auto committed = tx.commit(); !committed.ok())
                    return committed.error();
            }
        }
        return t;
    }
    t.updatedAt = std::max(Clock::nowMs(), stored->updatedAt);
    if (auto written = writeRow(t); !written.ok())
        return written.error();
    // A revision for every save; for autosaves only when the last revision is old, so
    // that typing for an hour leaves a dozen revisions, not a thousand.
    bool revise = kind == Save::Manual;
    if (!revise) {
        QSqlQuery& last = m_store.statement(
            QStringLiteral("SELECT max(updated_at) FROM template_revisions WHERE template_id = ?"));
        last.bindValue(0, t.id);
        const qint64 lastAt = last.exec() && last.next() ? last.value(0).toLongLong() : 0;
        last.finish();
        revise = t.updatedAt - lastAt >= AutosaveRevisionEveryMs;
    }
    if (revise) {
        if (auto revision = addRevision(t, kind == Save::Manual ? QStringLiteral("save")
                                                                : QStringLiteral("autosave"));
            !revision.ok())
            return revision.error();
    }
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return t;
}

Result<Template> TemplateRepository::restore(qint64 templateId, int number)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    auto t = findById(templateId);
    if (!t || t->deleted)
        return Error{Error::Code::NotFound, tr("This template no longer exists.")};
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT name, subject, html, text_override FROM template_revisions WHERE "
                       "template_id = ? AND number = ?"));
    q.bindValue(0, templateId);
    q.bindValue(1, number);
    if (!q.exec() || !q.next())
        return Error{Error::Code::NotFound,
                     tr("Revision %1 of this template does not exist.").arg(number)};
    // The name stays if another template has taken it since.
    const QString oldName = q.value(0).toString();
    t->subject = q.value(1).toString();
    t->html = q.value(2).toString();
    t->textOverride = optionalText(q.value(3));
    q.finish();
    if (validName(oldName, templateId).ok())
        t->name = oldName;
    t->updatedAt = std::max(Clock::nowMs(), t->updatedAt);
    if (auto written = writeRow(*t); !written.ok())
        return written.error();
    if (auto revision = addRevision(*t, QStringLiteral("restore")); !revision.ok())
        return revision.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return *t;
}

NamedRows<Template> TemplateRepository::rows()
{
    return {m_store, QStringLiteral("templates"), kTemplateColumns, &templateFrom};
}

Result<void> TemplateRepository::remove(qint64 templateId)
{
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    const auto t = findById(templateId);
    if (!t || t->deleted)
        return Error{Error::Code::NotFound, tr("This template no longer exists.")};
    if (auto removed = rows().tombstone(templateId, t->uuid, t->updatedAt, kTemplate);
        !removed.ok())
        return removed.error();
    return tx.commit();
}

std::optional<Template> TemplateRepository::findById(qint64 id)
{
    return rows().byId(id);
}

std::optional<Template> TemplateRepository::findByName(const QString& name)
{
    return rows().byName(name);
}

QVector<Template> TemplateRepository::all()
{
    return rows().all();
}

QVector<TemplateRevision> TemplateRepository::revisions(qint64 templateId)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT id, uuid, template_id, number, updated_at, reason, name, subject, "
                       "html, text_override FROM template_revisions WHERE template_id = ? ORDER "
                       "BY number DESC"));
    q.bindValue(0, templateId);
    QVector<TemplateRevision> out;
    if (q.exec()) {
        while (q.next()) {
            TemplateRevision r;
            r.id = q.value(0).toLongLong();
            r.uuid = q.value(1).toString();
            r.templateId = q.value(2).toLongLong();
            r.number = q.value(3).toInt();
            r.savedAt = q.value(4).toLongLong();
            r.reason = q.value(5).toString();
            r.name = q.value(6).toString();
            r.subject = q.value(7).toString();
            r.html = q.value(8).toString();
            r.textOverride = optionalText(q.value(9));
            out << r;
        }
    }
    q.finish();
    return out;
}

Result<Asset> TemplateRepository::addAsset(const QString& name, const QString& mimeType,
                                           const QByteArray& content)
{
    if (content.isEmpty())
        return Error{Error::Code::Invalid, tr("The image %1 is empty.").arg(name)};
    if (content.size() > MaxAssetBytes)
        return Error{Error::Code::TooLarge,
                     tr("The image %1 is %2 MB; an image may be at most %3 MB.")
                         .arg(name)
                         .arg(double(content.size()) / (1 << 20), 0, 'f', 1)
                         .arg(MaxAssetBytes >> 20)};
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    Transaction tx(m_store);
    if (!tx.isActive())
        return tx.error();
    if (auto existing = asset(sha))
        return *existing; // the same bytes: one copy
    Asset a;
    a.uuid = newUuid();
    a.sha256 = sha;
    a.name = name;
    a.mimeType = mimeType;
    a.size = content.size();
    const qint64 now = Clock::nowMs();
    QSqlQuery& q = m_store.statement(
        QStringLiteral("INSERT INTO assets(uuid, updated_at, sha256, name, mime_type, size, "
                       "content) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{a.uuid, now, a.sha256, a.name, a.mimeType, a.size, content};
    Store::bindAll(q, values);
    if (!q.exec())
        return Store::databaseError(q, QStringLiteral("store image"));
    a.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto logged = ChangeLog::append(m_store, kAsset, a.uuid, ChangeLog::Op::Upsert, now);
        !logged.ok())
        return logged.error();
    if (auto committed = tx.commit(); !committed.ok())
        return committed.error();
    return a;
}

std::optional<Asset> TemplateRepository::asset(const QString& sha256)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT id, uuid, sha256, name, mime_type, size FROM assets WHERE sha256 "
                       "= ? AND deleted = 0"));
    q.bindValue(0, sha256);
    std::optional<Asset> a;
    if (q.exec() && q.next())
        a = Asset{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong()};
    q.finish();
    return a;
}

std::optional<QByteArray> TemplateRepository::assetContent(const QString& sha256)
{
    QSqlQuery& q = m_store.statement(
        QStringLiteral("SELECT content FROM assets WHERE sha256 = ? AND deleted = 0"));
    q.bindValue(0, sha256);
    std::optional<QByteArray> content;
    if (q.exec() && q.next())
        content = q.value(0).toByteArray();
    q.finish();
    return content;
}
