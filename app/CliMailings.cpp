// sendtrix-cli mailing … and segment …: the same services the Mailings area uses.
#include "AppInfo.h"
#include "Cli.h"
#include "Clock.h"
#include "ListRepository.h"
#include "MailingPlanner.h"
#include "MailingRepository.h"
#include "SegmentCompiler.h"
#include "SegmentRepository.h"
#include "Settings.h"
#include "Store.h"
#include "TemplateRepository.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QTimeZone zoneOf(const QString& id)
{
    return id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
}

// "2026-12-01 09:00 (Europe/Amsterdam)", or "as soon as possible".
QString scheduleText(const Mailing& m)
{
    if (!m.scheduleAt)
        return Cli::tr("as soon as possible");
    const QTimeZone zone = zoneOf(m.timeZone);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(*m.scheduleAt, zone);
    return QStringLiteral("%1 (%2)").arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                         QString::fromUtf8(zone.id()));
}

QJsonObject countJson(const RecipientCount& c)
{
    QJsonObject excluded;
    excluded.insert(QStringLiteral("deleted"), c.deleted);
    excluded.insert(QStringLiteral("excluded"), c.excluded);
    excluded.insert(QStringLiteral("suppressed"), c.suppressed);
    QJsonObject byState;
    for (auto it = c.notSubscribedByState.cbegin(); it != c.notSubscribedByState.cend(); ++it)
        byState.insert(it.key(), it.value());
    excluded.insert(QStringLiteral("not_subscribed"), c.notSubscribed);
    excluded.insert(QStringLiteral("not_subscribed_by_state"), byState);
    QJsonObject o;
    o.insert(QStringLiteral("matched"), c.total);
    o.insert(QStringLiteral("recipients"), c.selected);
    o.insert(QStringLiteral("left_out"), excluded);
    return o;
}

QString stateReason(const QString& state)
{
    if (state == u"pending")
        return Cli::tr("confirmation pending");
    if (state == u"unsubscribed")
        return Cli::tr("unsubscribed");
    if (state == u"bounced")
        return Cli::tr("address bounced");
    if (state == u"complained")
        return Cli::tr("complained of spam");
    return Cli::tr("no consent recorded");
}

} // namespace

int Cli::runMailings(const QString& dbPath, const QStringList& rest)
{
    if (rest.size() < 2)
        return usageError(tr("“%1” needs a subcommand.").arg(rest.first()));
    const QString key = rest.at(0) + QLatin1Char(' ') + rest.at(1);
    QCommandLineParser sub;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name."), QStringLiteral("NAME"));
    const QCommandLineOption templateOption(QStringLiteral("template"), tr("Template name."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption subject(QStringLiteral("subject"), tr("Subject line."),
                                     QStringLiteral("S"));
    const QCommandLineOption preheader(QStringLiteral("preheader"), tr("Preheader text."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption fromName(QStringLiteral("from-name"), tr("Sender name."),
                                      QStringLiteral("N"));
    const QCommandLineOption fromEmail(QStringLiteral("from-email"), tr("Sender address."),
                                       QStringLiteral("E"));
    const QCommandLineOption replyTo(QStringLiteral("reply-to"), tr("Reply-to address."),
                                     QStringLiteral("E"));
    const QCommandLineOption list(QStringLiteral("list"), tr("A list to send to."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption segment(QStringLiteral("segment"), tr("A segment to send to."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption excludeList(QStringLiteral("exclude-list"),
                                         tr("A list whose members are left out."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption excludeSegment(QStringLiteral("exclude-segment"),
                                            tr("A segment whose contacts are left out."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption clicks(QStringLiteral("track-clicks"), tr("Track clicks."));
    const QCommandLineOption opens(QStringLiteral("track-opens"), tr("Track opens."));
    const QCommandLineOption now(QStringLiteral("now"), tr("Send as soon as possible."));
    const QCommandLineOption at(QStringLiteral("at"), tr("When to send (ISO 8601)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption zone(QStringLiteral("time-zone"),
                                  tr("Time zone of --at (default: this computer's)."),
                                  QStringLiteral("ZONE"));
    const QCommandLineOption rules(QStringLiteral("rules"), tr("The rules as JSON."),
                                   QStringLiteral("JSON"));
    const QCommandLineOption rulesFile(
        QStringLiteral("rules-file"), tr("A file with the rules as JSON."), QStringLiteral("FILE"));
    int positionals = 1;
    if (key == QLatin1String("mailing create")) {
        sub.addOptions({name, templateOption, subject, preheader, fromName, fromEmail, replyTo,
                        list, segment, excludeList, excludeSegment, clicks, opens});
        positionals = 0;
    } else if (key == QLatin1String("mailing list")) {
        sub.addOption(json);
        positionals = 0;
    } else if (key == QLatin1String("mailing recipients") ||
               key == QLatin1String("mailing check")) {
        sub.addOption(json);
    } else if (key == QLatin1String("mailing schedule")) {
        sub.addOptions({now, at, zone});
    } else if (key == QLatin1String("mailing cancel") ||
               key == QLatin1String("mailing duplicate") ||
               key == QLatin1String("mailing delete")) {
    } else if (key == QLatin1String("segment add")) {
        sub.addOptions({name, rules, rulesFile});
        positionals = 0;
    } else if (key == QLatin1String("segment list")) {
        sub.addOption(json);
        positionals = 0;
    } else if (key == QLatin1String("segment count") || key == QLatin1String("segment delete")) {
    } else {
        return usageError(tr("Unknown command “%1”.").arg(key));
    }
    QStringList args = rest.mid(2);
    args.prepend(key);
    if (!sub.parse(args))
        return usageError(sub.errorText());
    if (sub.positionalArguments().size() != positionals)
        return usageError(positionals == 0 ? tr("“%1” takes no further arguments.").arg(key)
                                           : tr("“%1” needs the name as its argument.").arg(key));
    const QString target = positionals ? sub.positionalArguments().constFirst() : QString();

    // Checks that need no store come first: a wrong command line leaves no trace.
    if (key == QLatin1String("mailing create") && (!sub.isSet(name) || !sub.isSet(templateOption) ||
                                                   (!sub.isSet(list) && !sub.isSet(segment))))
        return usageError(tr("“mailing create” needs --name, --template and at least one --list "
                             "or --segment."));
    if (key == QLatin1String("mailing schedule") && sub.isSet(now) == sub.isSet(at))
        return usageError(tr("“mailing schedule” needs either --now or --at TIME."));
    std::optional<qint64> when;
    QString zoneId;
    if (key == QLatin1String("mailing schedule")) {
        zoneId =
            sub.isSet(zone) ? sub.value(zone) : QString::fromUtf8(QTimeZone::systemTimeZoneId());
        if (!QTimeZone(zoneId.toUtf8()).isValid())
            return usageError(
                tr("--time-zone: “%1” is not a time zone (e.g. Europe/Amsterdam).").arg(zoneId));
        if (sub.isSet(at)) {
            QDateTime t = QDateTime::fromString(sub.value(at), Qt::ISODate);
            if (!t.isValid())
                return usageError(tr("--at: “%1” is not a time. Write it as 2026-12-01T09:00 "
                                     "(in --time-zone) or with an offset, 2026-12-01T09:00+01:00.")
                                      .arg(sub.value(at)));
            if (t.timeSpec() == Qt::LocalTime)
                t = QDateTime(t.date(), t.time(), QTimeZone(zoneId.toUtf8()));
            when = t.toMSecsSinceEpoch();
        }
    }
    QByteArray rulesJson;
    if (key == QLatin1String("segment add")) {
        if (!sub.isSet(name) || sub.isSet(rules) == sub.isSet(rulesFile))
            return usageError(tr("“segment add” needs --name and either --rules or --rules-file."));
        if (sub.isSet(rules)) {
            rulesJson = sub.value(rules).toUtf8();
        } else {
            QFile file(sub.value(rulesFile));
            if (!file.open(QIODevice::ReadOnly))
                return failure(
                    tr("%1 cannot be read (%2). Nothing was stored.")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
            rulesJson = file.readAll();
        }
    }

    if (!QFileInfo::exists(dbPath) && dbPath != AppInfo::defaultStorePath())
        return failure(tr("There is no Sendtrix store at “%1”. Check the path (--db).")
                           .arg(QDir::toNativeSeparators(dbPath)));
    auto opened = Workspace::open(dbPath, Workspace::defaultActor(QStringLiteral("cli")));
    if (!opened.ok())
        return failure(opened.errorMessage());
    Workspace& ws = *opened.value();
    const SenderProfile profile = SenderProfile::fromSettings(Settings());

    if (key.startsWith(QLatin1String("segment "))) {
        if (key == QLatin1String("segment add")) {
            auto parsed = SegmentRule::fromJsonText(rulesJson);
            if (!parsed.ok())
                return failure(tr("The rules are not valid: %1 Nothing was stored.")
                                   .arg(parsed.errorMessage()));
            auto created = ws.createSegment(sub.value(name), parsed.value());
            if (!created.ok())
                return failure(created.errorMessage());
            m_out << tr("Segment “%1” saved; %Ln contact(s) match now.", nullptr,
                        int(SegmentCompiler::count(ws.store(), created.value().rules)))
                         .arg(created.value().name)
                  << '\n';
            return 0;
        }
        if (key == QLatin1String("segment list")) {
            QJsonArray array;
            for (const Segment& s : ws.segments().all()) {
                if (sub.isSet(json)) {
                    QJsonObject o;
                    o.insert(QStringLiteral("name"), s.name);
                    o.insert(QStringLiteral("uuid"), s.uuid);
                    o.insert(QStringLiteral("rules"), s.rules.toJson());
                    array << o;
                } else {
                    m_out << s.name << '\t' << QString::fromUtf8(s.rules.toJsonText()) << '\n';
                }
            }
            if (sub.isSet(json))
                m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return 0;
        }
        const auto found = ws.segments().findByName(target);
        if (!found)
            return failure(tr("There is no segment called “%1”.").arg(target));
        if (key == QLatin1String("segment count")) {
            const qint64 n = SegmentCompiler::count(ws.store(), found->rules);
            if (n < 0)
                return failure(tr("Segment “%1” could not be counted.").arg(found->name));
            m_out << n << '\n';
            return 0;
        }
        auto removed = ws.removeSegment(found->id);
        if (!removed.ok())
            return failure(removed.errorMessage());
        m_out << tr("Segment “%1” deleted.").arg(found->name) << '\n';
        return 0;
    }

    if (key == QLatin1String("mailing create")) {
        Mailing draft;
        draft.name = sub.value(name);
        const auto t = ws.templates().findByName(sub.value(templateOption));
        if (!t)
            return failure(tr("There is no template called “%1”.").arg(sub.value(templateOption)));
        draft.templateId = t->id;
        draft.subject = sub.value(subject);
        draft.preheader = sub.value(preheader);
        draft.fromName = sub.value(fromName);
        draft.fromEmail = sub.value(fromEmail);
        draft.replyTo = sub.value(replyTo);
        draft.clickTracking = sub.isSet(clicks);
        draft.openTracking = sub.isSet(opens);
        const auto listUuids = [&](const QStringList& names, QStringList& out) -> QString {
            for (const QString& n : names) {
                const auto l = ws.lists().findByName(n);
                if (!l)
                    return tr("There is no list called “%1”.").arg(n);
                out << l->uuid;
            }
            return {};
        };
        const auto segmentUuids = [&](const QStringList& names, QStringList& out) -> QString {
            for (const QString& n : names) {
                const auto s = ws.segments().findByName(n);
                if (!s)
                    return tr("There is no segment called “%1”.").arg(n);
                out << s->uuid;
            }
            return {};
        };
        for (const QString& problem :
             {listUuids(sub.values(list), draft.audience.includeLists),
              segmentUuids(sub.values(segment), draft.audience.includeSegments),
              listUuids(sub.values(excludeList), draft.audience.excludeLists),
              segmentUuids(sub.values(excludeSegment), draft.audience.excludeSegments)})
            if (!problem.isEmpty())
                return failure(problem + QLatin1Char(' ') + tr("Nothing was stored."));
        auto created = ws.createMailing(draft);
        if (!created.ok())
            return failure(created.errorMessage());
        m_out << tr("Draft mailing “%1” created.").arg(created.value().name) << '\n';
        return 0;
    }
    if (key == QLatin1String("mailing list")) {
        QJsonArray array;
        for (const Mailing& m : ws.mailings().all()) {
            const qint64 recipients = m.isSealed() ? ws.mailings().recipientCount(m.id) : -1;
            if (sub.isSet(json)) {
                QJsonObject o;
                o.insert(QStringLiteral("name"), m.name);
                o.insert(QStringLiteral("uuid"), m.uuid);
                o.insert(QStringLiteral("state"), MailingStates::name(m.state));
                o.insert(QStringLiteral("schedule_at"),
                         m.scheduleAt ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*m.scheduleAt)
                                                       .toUTC()
                                                       .toString(Qt::ISODate))
                                      : QJsonValue());
                o.insert(QStringLiteral("time_zone"), m.timeZone);
                o.insert(QStringLiteral("recipients"),
                         recipients >= 0 ? QJsonValue(recipients) : QJsonValue());
                array << o;
            } else {
                m_out << m.name << '\t' << MailingStates::label(m.state) << '\t' << scheduleText(m)
                      << '\t'
                      << (recipients >= 0 ? QString::number(recipients) : QStringLiteral("–"))
                      << '\n';
            }
        }
        if (sub.isSet(json))
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }

    const auto found = ws.mailings().findByName(target);
    if (!found)
        return failure(tr("There is no mailing called “%1”.").arg(target));
    const Mailing& m = *found;
    const qint64 nowMs = Clock::nowMs();

    if (key == QLatin1String("mailing recipients")) {
        RecipientCount count;
        if (m.isSealed()) {
            count.total = count.selected = ws.mailings().recipientCount(m.id);
        } else {
            auto counted = countRecipients(ws.store(), m.audience, nowMs);
            if (!counted.ok())
                return failure(counted.errorMessage());
            count = counted.value();
        }
        if (sub.isSet(json)) {
            QJsonObject o = countJson(count);
            o.insert(QStringLiteral("sealed"), m.isSealed());
            m_out << compactJson(o) << '\n';
            return 0;
        }
        m_out << tr("%Ln recipient(s)", nullptr, int(count.selected)) << '\n';
        if (m.isSealed()) {
            m_out << tr("The recipients were frozen when the mailing was sealed.") << '\n';
            return 0;
        }
        m_out << tr("Left out: %Ln contact(s) of %1 matched", nullptr,
                    int(count.total - count.selected))
                     .arg(count.total)
              << '\n';
        for (auto it = count.notSubscribedByState.cbegin(); it != count.notSubscribedByState.cend();
             ++it)
            m_out << "  "
                  << tr("not subscribed (%1): %2").arg(stateReason(it.key())).arg(it.value())
                  << '\n';
        m_out << "  " << tr("suppressed: %1").arg(count.suppressed) << '\n';
        m_out << "  " << tr("in an excluded list or segment: %1").arg(count.excluded) << '\n';
        m_out << "  " << tr("deleted: %1").arg(count.deleted) << '\n';
        return 0;
    }
    if (key == QLatin1String("mailing check")) {
        const Checklist list = MailingPlanner::check(ws, m, profile, nowMs);
        QJsonArray array;
        for (const ChecklistItem& item : list.items) {
            const QString mark = item.status == ChecklistItem::Status::Passed ? QStringLiteral("✓")
                                 : item.status == ChecklistItem::Status::Failed
                                     ? QStringLiteral("✗")
                                     : QStringLiteral("•");
            if (sub.isSet(json)) {
                QJsonObject o;
                o.insert(QStringLiteral("status"),
                         item.status == ChecklistItem::Status::Passed   ? QStringLiteral("passed")
                         : item.status == ChecklistItem::Status::Failed ? QStringLiteral("failed")
                                                                        : QStringLiteral("advice"));
                o.insert(QStringLiteral("title"), item.title);
                o.insert(QStringLiteral("detail"), item.detail);
                array << o;
            } else {
                m_out << mark << ' ' << item.title << '\n';
                if (!item.detail.isEmpty())
                    m_out << "    " << item.detail << '\n';
            }
        }
        if (sub.isSet(json))
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return list.passed() ? 0 : 1;
    }
    if (key == QLatin1String("mailing schedule")) {
        const Mailing planned = [&] {
            Mailing copy = m;
            copy.scheduleAt = when;
            copy.timeZone = zoneId;
            return copy;
        }();
        if (!m.isSealed()) {
            // Every failure at once, so the user can fix them all before trying again.
            const Checklist list = MailingPlanner::check(ws, planned, profile, nowMs);
            if (!list.passed()) {
                m_err << tr("“%1” cannot be scheduled yet:").arg(m.name) << '\n';
                for (const ChecklistItem& item : list.failures())
                    m_err << "  ✗ " << item.detail << '\n';
                m_err.flush();
                return 1;
            }
        }
        auto scheduled = MailingPlanner::schedule(ws, m.id, when, zoneId, profile, nowMs);
        if (!scheduled.ok())
            return failure(scheduled.errorMessage());
        m_out << tr("“%1” is sealed and scheduled for %2: %Ln recipient(s).", nullptr,
                    scheduled.value())
                     .arg(m.name, scheduleText(*ws.mailings().findById(m.id)))
              << '\n';
        return 0;
    }
    if (key == QLatin1String("mailing cancel")) {
        auto cancelled = ws.transitionMailing(m.id, MailingState::Cancelled);
        if (!cancelled.ok())
            return failure(cancelled.errorMessage());
        m_out << tr("“%1” is cancelled; it will not be sent.").arg(m.name) << '\n';
        return 0;
    }
    if (key == QLatin1String("mailing duplicate")) {
        auto copy = ws.duplicateMailing(m.id);
        if (!copy.ok())
            return failure(copy.errorMessage());
        m_out << tr("Draft mailing “%1” created.").arg(copy.value().name) << '\n';
        return 0;
    }
    // mailing delete
    auto removed = ws.removeMailing(m.id);
    if (!removed.ok())
        return failure(removed.errorMessage());
    m_out << tr("Mailing “%1” deleted.").arg(m.name) << '\n';
    return 0;
}
