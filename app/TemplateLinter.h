#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// One problem the linter found in a template, for the editor's list and the CLI.
struct LintFinding
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Warning;
    int line = 0;    // 1-based line in the HTML source (0 = the subject or the whole template)
    int column = 0;  // 1-based, 0 if unknown
    QString rule;    // stable id ("missing-unsubscribe", "broken-html", …), for scripts and tests
    QString message; // translated, a plain sentence for a marketer
};

// Checks a template before it can be sent: the unsubscribe link, merge fields, Mustache
// sections, the HTML itself (through HTML Tidy, a real HTML5 parser that gives a line and
// column for every node and message), images, links, the sender's postal address, the
// size Gmail clips at and the subject. An Error means the template must not be sent.
class TemplateLinter
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLinter)

public:
    struct Options
    {
        QString senderAddress;   // the sender postal address from Settings; empty = not set
        int maxRemoteImages = 5; // more than this many http(s) images: a warning
    };

    // Sorted by line (the subject and whole-template findings, line 0, first). Two
    // overloads rather than `= {}`: GCC rejects a default argument of a nested type with
    // member initializers inside its own class.
    static QVector<LintFinding> lint(const QString& subject, const QString& html,
                                     const Options& options);
    static QVector<LintFinding> lint(const QString& subject, const QString& html);
    static bool hasErrors(const QVector<LintFinding>& findings);
    static QString severityName(LintFinding::Severity severity);
    // [{"severity":"error","line":…,"column":…,"rule":…,"message":…}] for the CLI's --json.
    static QByteArray toJson(const QVector<LintFinding>& findings);

    // Mustache tags hidden from an HTML parser without moving a line or a column (shared
    // with PlainText). Each tag becomes a placeholder of the same length made of
    // private-use characters, so Tidy takes it for a word of text or an attribute value;
    // restore() puts the tags back into text read from the parsed tree.
    struct Shielded
    {
        QString html;
        QStringList tags; // the original tags, by placeholder number
        QString restore(const QString& text) const;
        // The tag a placeholder comment (<!--…-->) stands for; empty for a real comment.
        QString commentTag(const QString& commentText) const;
    };
    enum class Between {
        Blank,   // tags between elements become spaces: the HTML around them is checked
        Comments // kept as placeholders; sections as comments, which stay where they are
    };
    static Shielded shieldMustache(const QString& html, Between between);
};
