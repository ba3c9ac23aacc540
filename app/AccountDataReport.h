#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class Store;

// "What Sendtrix keeps about you" (issue 8): the account's own data as the privacy policy
// describes it — the account (server and e-mail address when logged in), counts and sizes
// of contacts, templates, images, lists and segments, mailings per month with their sizes,
// and the account's choices (AccountEvents). Counts and sizes only: no contact's data.
// Readable as an HTML page and exportable as that page or as JSON.
namespace AccountDataReport {

struct Account
{
    QString server; // empty when not logged in
    QString email;
};

QJsonObject build(Store& store, const Account& account);
// A complete HTML page (<!doctype html>…) in `language` ("nl" or English).
QString toHtml(const QJsonObject& report, const QString& language);

} // namespace AccountDataReport
