#pragma once

#include "Result.h"
#include "Template.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class Store;
template <typename Row> class NamedRows;

// Templates, their revisions and their images. Like contacts: one transaction per write,
// a change-log entry for every row written, tombstones instead of deletes. Revisions are
// history: added, never changed.
class TemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)

public:
    explicit TemplateRepository(Store& store)
        : m_store(store)
    {}

    // Autosaves add a revision at most this often (the row itself is always written).
    static constexpr qint64 AutosaveRevisionEveryMs = 5 * 60 * 1000;
    static constexpr qint64 MaxAssetBytes = 10 << 20;

    Result<Template> create(const QString& name, const QString& subject = {},
                            const QString& html = {});
    enum class Save {
        Manual,   // the user saved: a revision when anything changed
        Autosave, // every few seconds while editing: a revision now and then
    };
    Result<Template> save(const Template& t, Save kind = Save::Manual);
    // The template's content becomes that of revision `number` (a new revision says so).
    Result<Template> restore(qint64 templateId, int number);
    Result<void> remove(qint64 templateId);

    std::optional<Template> findById(qint64 id);
    std::optional<Template> findByName(const QString& name);
    QVector<Template> all();                                // live templates by name
    QVector<TemplateRevision> revisions(qint64 templateId); // newest first

    // Stores an image (or finds the same bytes stored before).
    Result<Asset> addAsset(const QString& name, const QString& mimeType, const QByteArray& content);
    std::optional<Asset> asset(const QString& sha256);
    std::optional<QByteArray> assetContent(const QString& sha256);

private:
    Result<QString> validName(const QString& name, qint64 exceptId);
    Result<TemplateRevision> addRevision(const Template& t, const QString& reason);
    Result<void> writeRow(Template& t);
    NamedRows<Template> rows();

    Store& m_store;
};
