#include "MailingPlanner.h"

#include "Contact.h"
#include "EmailAddress.h"
#include "MailingRepository.h"
#include "PlainText.h"
#include "Settings.h"
#include "TemplateLinter.h"
#include "TemplateRenderer.h"
#include "Workspace.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

bool hasUnsubscribeLink(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral(R"(\{\{\{?\s*unsubscribe_url\s*\}\}\}?)"));
    return tag.match(html).hasMatch();
}

// The template a mailing uses: its sealed snapshot, or the current one of a draft.
std::optional<Template> templateOf(Workspace& ws, const Mailing& m)
{
    if (m.isSealed()) {
        Template t;
        t.id = m.templateId.value_or(0);
        t.subject = m.templateSubject;
        t.html = m.templateHtml;
        t.textOverride = m.templateText;
        return t;
    }
    if (!m.templateId)
        return std::nullopt;
    auto t = ws.templates().findById(*m.templateId);
    if (!t || t->deleted)
        return std::nullopt;
    return t;
}

QString mailbox(const QString& name, const QString& email)
{
    if (name.trimmed().isEmpty())
        return email;
    return QStringLiteral("%1 <%2>").arg(name.trimmed(), email);
}

} // namespace

SenderProfile SenderProfile::fromSettings(const Settings& settings)
{
    return {settings.senderCompany(), settings.senderAddress(), settings.senderKvk(),
            settings.senderFromName(), settings.senderFromEmail()};
}

bool Checklist::passed() const
{
    return failures().isEmpty();
}

QVector<ChecklistItem> Checklist::failures() const
{
    QVector<ChecklistItem> out;
    for (const ChecklistItem& i : items)
        if (i.status == ChecklistItem::Status::Failed)
            out << i;
    return out;
}

const ChecklistItem* Checklist::item(ChecklistItem::Check check) const
{
    for (const ChecklistItem& i : items)
        if (i.check == check)
            return &i;
    return nullptr;
}

QString MailingPlanner::effectiveSubject(const Mailing& m, const Template& t)
{
    return m.subject.trimmed().isEmpty() ? t.subject : m.subject;
}

QJsonObject MailingPlanner::senderIdentity(const Mailing& m, const SenderProfile& profile)
{
    QJsonObject o;
    o.insert(QStringLiteral("company"), profile.company.trimmed());
    o.insert(QStringLiteral("address"), profile.address.trimmed());
    o.insert(QStringLiteral("kvk"), profile.kvk.trimmed());
    o.insert(QStringLiteral("from_name"),
             m.fromName.trimmed().isEmpty() ? profile.fromName.trimmed() : m.fromName.trimmed());
    o.insert(QStringLiteral("from_email"),
             m.fromEmail.trimmed().isEmpty() ? profile.fromEmail.trimmed() : m.fromEmail.trimmed());
    o.insert(QStringLiteral("reply_to"), m.replyTo.trimmed());
    return o;
}

Checklist MailingPlanner::check(Workspace& ws, const Mailing& m, const SenderProfile& profile,
                                qint64 nowMs, std::optional<RecipientCount> count)
{
    using Check = ChecklistItem::Check;
    using Status = ChecklistItem::Status;
    Checklist list;
    const auto add = [&list](Check check, bool ok, const QString& title, const QString& detail) {
        list.items << ChecklistItem{check, ok ? Status::Passed : Status::Failed, title,
                                    ok ? QString() : detail};
    };

    const std::optional<Template> t = templateOf(ws, m);
    add(Check::Template, t.has_value(), tr("A template is chosen"),
        m.templateId ? tr("The template of this mailing no longer exists. Choose another one.")
                     : tr("Choose the template this mailing is made from."));

    const QString subject = t ? effectiveSubject(m, *t) : m.subject;
    if (t) {
        TemplateLinter::Options options;
        options.senderAddress = TemplateRenderer::addressLine(profile.address);
        const auto findings = TemplateLinter::lint(subject, t->html, options);
        int errors = 0;
        QString first;
        for (const LintFinding& f : findings) {
            // The unsubscribe link has a line of its own below.
            if (f.severity != LintFinding::Severity::Error || f.rule == u"missing-unsubscribe")
                continue;
            if (errors++ == 0)
                first = f.message; // it names the line itself
        }
        add(Check::Lint, errors == 0, tr("The template has no errors"),
            tr("The template has %n error(s). The first: %1 Open the template to fix it.", nullptr,
               errors)
                .arg(first));
        add(Check::Unsubscribe, hasUnsubscribeLink(t->html),
            tr("The template has an unsubscribe link"),
            tr("Add a link to {{unsubscribe_url}} to the template: everyone must be able to "
               "unsubscribe from every mailing."));
    } else {
        add(Check::Lint, false, tr("The template has no errors"),
            tr("There is no template to check yet."));
        add(Check::Unsubscribe, false, tr("The template has an unsubscribe link"),
            tr("There is no template to check yet."));
    }
    add(Check::Subject, !subject.trimmed().isEmpty(), tr("The mailing has a subject"),
        tr("Type a subject for the mailing (or give its template one)."));

    QStringList missing;
    if (profile.company.trimmed().isEmpty())
        missing << tr("company name");
    if (profile.address.trimmed().isEmpty())
        missing << tr("postal address");
    add(Check::SenderProfile, missing.isEmpty(), tr("The sender’s company and address are set"),
        tr("Every mailing must say who sends it. Fill in the %1 under Settings → Sender.")
            .arg(missing.join(tr(" and "))));

    const QJsonObject sender = senderIdentity(m, profile);
    const QString from = sender.value(QStringLiteral("from_email")).toString();
    QString fromProblem;
    if (from.isEmpty())
        fromProblem = tr("Give the mailing a “From” address, or set a default one under "
                         "Settings → Sender.");
    else if (!EmailAddress::isValid(from))
        fromProblem = tr("The “From” address “%1” is not a valid e-mail address.").arg(from);
    else if (!m.replyTo.trimmed().isEmpty() && !EmailAddress::isValid(m.replyTo.trimmed()))
        fromProblem =
            tr("The reply-to address “%1” is not a valid e-mail address.").arg(m.replyTo.trimmed());
    add(Check::FromAddress, fromProblem.isEmpty(), tr("The sender’s e-mail address is valid"),
        fromProblem);

    // Recipients: counted here unless the caller brought a count (sealed: the frozen list).
    QString recipientsProblem;
    if (m.isSealed()) {
        const qint64 n = ws.mailings().recipientCount(m.id);
        RecipientCount frozen;
        frozen.total = frozen.selected = n;
        list.recipients = frozen;
    } else if (m.audience.includesNothing()) {
        recipientsProblem = tr("Choose the lists or segments this mailing goes to.");
    } else if (count) {
        list.recipients = count;
    } else {
        auto counted = countRecipients(ws.store(), m.audience, nowMs);
        if (counted.ok())
            list.recipients = counted.value();
        else
            recipientsProblem = counted.errorMessage();
    }
    if (recipientsProblem.isEmpty() && list.recipients && list.recipients->selected == 0)
        recipientsProblem = tr("No one in this audience is subscribed to the newsletter and "
                               "not suppressed. Choose other lists or segments.");
    add(Check::Recipients, recipientsProblem.isEmpty() && list.recipients.has_value(),
        list.recipients && list.recipients->selected > 0
            ? tr("%n recipient(s)", nullptr,
                 int(std::min<qint64>(list.recipients->selected, std::numeric_limits<int>::max())))
            : tr("At least one recipient"),
        recipientsProblem);

    if (!m.isSealed() && m.scheduleAt) {
        add(Check::Schedule, *m.scheduleAt >= nowMs - PastGraceMs, tr("The send time is ahead"),
            tr("The chosen send time has passed. Choose a later time or “as soon as "
               "possible”."));
    }

    list.items << ChecklistItem{Check::TestSend, Status::Advice, tr("Send a test first"),
                                tr("Recommended: look at a test message in your own mailbox "
                                   "before it goes to everyone.")};
    return list;
}

Result<MailingPlanner::Preview> MailingPlanner::preview(Workspace& ws, const Mailing& m,
                                                        const Contact& contact,
                                                        const SenderProfile& profile)
{
    const std::optional<Template> t = templateOf(ws, m);
    if (!t)
        return Error{Error::Code::NotFound, tr("Choose a template to see the message."),
                     QStringLiteral("template")};
    const QString subject = m.isSealed() ? t->subject : effectiveSubject(m, *t);
    auto compiled = TemplateRenderer::compile(subject, t->html);
    if (!compiled.ok())
        return compiled.error();
    const auto rendered = compiled.value().render(
        contact, TemplateRenderer::previewContext(profile.address, profile.company));
    Preview p;
    p.subject = QString::fromStdString(rendered.subject);
    p.html = QString::fromStdString(rendered.html);
    p.preheader = m.preheader;
    if (t->textOverride && !t->textOverride->isEmpty()) {
        auto text = TemplateRenderer::compile(QString(), *t->textOverride);
        p.text =
            text.ok()
                ? QString::fromStdString(text.value()
                                             .render(contact, TemplateRenderer::previewContext(
                                                                  profile.address, profile.company))
                                             .html)
                : *t->textOverride;
    } else {
        p.text = PlainText::fromHtml(p.html);
    }
    p.to = mailbox(contact.displayName() == contact.email ? QString() : contact.displayName(),
                   contact.email);
    const QJsonObject sender = m.isSealed() ? m.sender : senderIdentity(m, profile);
    p.from = mailbox(sender.value(QStringLiteral("from_name")).toString(),
                     sender.value(QStringLiteral("from_email")).toString());
    return p;
}

Result<int> MailingPlanner::schedule(Workspace& ws, qint64 mailingId, std::optional<qint64> atMs,
                                     const QString& timeZone, const SenderProfile& profile,
                                     qint64 nowMs)
{
    auto stored = ws.mailings().findById(mailingId);
    if (!stored || stored->deleted)
        return Error{Error::Code::NotFound, tr("This mailing no longer exists.")};
    if (stored->isSealed())
        return Error{Error::Code::Invalid, MailingRepository::sealedMessage()};
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        return Error{Error::Code::Invalid, tr("“%1” is not a time zone.").arg(timeZone),
                     QStringLiteral("time_zone")};
    Mailing m = *stored;
    m.scheduleAt = atMs;
    if (!timeZone.isEmpty())
        m.timeZone = timeZone;
    if (m.scheduleAt != stored->scheduleAt || m.timeZone != stored->timeZone) {
        auto saved = ws.saveMailing(m);
        if (!saved.ok())
            return saved.error();
        m = saved.value();
    }
    const Checklist list = check(ws, m, profile, nowMs);
    if (!list.passed()) {
        const ChecklistItem first = list.failures().constFirst();
        return Error{Error::Code::Invalid,
                     tr("This mailing cannot be scheduled yet: %1").arg(first.detail),
                     QStringLiteral("checklist")};
    }
    Template t = *templateOf(ws, m);
    t.subject = effectiveSubject(m, t);
    const QString text = t.textOverride && !t.textOverride->isEmpty() ? *t.textOverride
                                                                      : PlainText::fromHtml(t.html);
    return ws.sealMailing(m.id, t, text, senderIdentity(m, profile), nowMs);
}
