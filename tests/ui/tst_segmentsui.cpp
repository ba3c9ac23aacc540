#include "ConsentEvent.h"
#include "ContactRepository.h"
#include "Language.h"
#include "ListRepository.h"
#include "SegmentCompiler.h"
#include "SegmentRepository.h"
#include "Store.h"
#include "Workspace.h"
#include "contacts/ListsPanel.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>
#include <functional>

using Rule = SegmentRule;

// The segment rule builder, its dialog with the live count, and the Segments section of the
// contacts area, driven through real widgets on a real store of a few hundred contacts.
class TestSegmentsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void buildsRulesThroughTheWidgets();
    void setRulesRoundTrips_data();
    void setRulesRoundTrips();
    void typedValuesStayAsTyped();
    void otherCustomFieldIsAskedFor();
    void liveCountEqualsTheCompiler_data();
    void liveCountEqualsTheCompiler();
    void invalidRulesDisableSave();
    void savingCreatesTheSegment();
    void takenOrEmptyNameIsRefusedAndNothingLost();
    void editingSavesTheExistingSegment();
    void listsPanelListsAndDeletesSegments();
    void listsPanelCreatesASegment();
    void screenshot(); // only with SENDTRIX_SHOT_DIR set

private:
    template <typename T> void whenModal(std::function<void(T*)> interact);
    static SegmentRuleRow* rowAt(SegmentGroupEditor* group, int i);
    static SegmentGroupEditor* groupAt(SegmentGroupEditor* group, int i);
    static void choose(QComboBox* combo, const QString& text);
    static void chooseData(QComboBox* combo, const QVariant& data);
    Segment saved(const QString& name, const Rule& rules);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_klanten; // list uuids
    QString m_leveranciers;
    int m_handled = 0;
};

template <typename T> void TestSegmentsUi::whenModal(std::function<void(T*)> interact)
{
    auto* poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [this, poll, interact] {
        auto* widget = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!widget)
            return;
        poll->stop();
        poll->deleteLater();
        ++m_handled;
        interact(widget);
        if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
            dialog->reject();
    });
    poll->start();
}

void TestSegmentsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws =
        Workspace::open(m_dir->filePath(QStringLiteral("segments.db")), QStringLiteral("test"));
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    m_ws = std::move(ws).value();

    auto klanten = m_ws->createList(QStringLiteral("Klanten"));
    auto leveranciers = m_ws->createList(QStringLiteral("Leveranciers"));
    QVERIFY(klanten.ok() && leveranciers.ok());
    m_klanten = klanten.value().uuid;
    m_leveranciers = leveranciers.value().uuid;

    // 360 contacts: cities, companies, a custom field, tags, lists and consent in patterns
    // that give every rule below a different, non-trivial count.
    const QStringList cities{QStringLiteral("Utrecht"), QStringLiteral("Amsterdam"),
                             QStringLiteral("Zwolle"), QString(),
                             QStringLiteral("Utrechtse Heuvelrug")};
    QList<qint64> inKlanten, inLeveranciers;
    for (int i = 0; i < 360; ++i) {
        Contact c;
        c.email = QStringLiteral("person%1@example.nl").arg(i);
        c.firstName = i % 7 == 0 ? QStringLiteral("Anna") : QStringLiteral("Bram%1").arg(i);
        c.lastName = QStringLiteral("de Vries");
        c.city = cities.at(i % cities.size());
        if (i % 3 == 0)
            c.company = QStringLiteral("Bakkerij %1").arg(i % 11);
        if (i % 4 == 0)
            c.customFields.insert(QStringLiteral("Klantnummer"), QString::number(1000 + i));
        QStringList tags;
        if (i % 5 == 0)
            tags << QStringLiteral("vip");
        if (i % 6 == 0)
            tags << QStringLiteral("beurs 2026");
        auto added = m_ws->addContact(c, tags);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        const qint64 id = added.value().id;
        if (i % 2 == 0)
            inKlanten << id;
        if (i % 9 == 0)
            inLeveranciers << id;
        if (i % 3 != 2) {
            ConsentEvent e;
            e.contactId = id;
            e.state =
                i % 3 == 0 ? ConsentEvent::State::Subscribed : ConsentEvent::State::Unsubscribed;
            e.basis = e.state == ConsentEvent::State::Subscribed ? ConsentEvent::Basis::Consent
                                                                 : ConsentEvent::Basis::None;
            e.source = QStringLiteral("web_form");
            auto recorded = m_ws->recordConsent(e);
            QVERIFY2(recorded.ok(), qPrintable(recorded.errorMessage()));
        }
    }
    QVERIFY(m_ws->addToList(klanten.value().id, inKlanten).ok());
    QVERIFY(m_ws->addToList(leveranciers.value().id, inLeveranciers).ok());
}

void TestSegmentsUi::cleanupTestCase()
{
    m_ws.reset();
    m_dir.reset();
}

void TestSegmentsUi::cleanup()
{
    qDeleteAll(findChildren<QTimer*>());
    m_handled = 0;
    for (const Segment& s : m_ws->segments().all())
        QVERIFY(m_ws->removeSegment(s.id).ok());
}

SegmentRuleRow* TestSegmentsUi::rowAt(SegmentGroupEditor* group, int i)
{
    return qobject_cast<SegmentRuleRow*>(group->items().value(i));
}

SegmentGroupEditor* TestSegmentsUi::groupAt(SegmentGroupEditor* group, int i)
{
    return qobject_cast<SegmentGroupEditor*>(group->items().value(i));
}

void TestSegmentsUi::choose(QComboBox* combo, const QString& text)
{
    const int i = combo->findText(text);
    QVERIFY2(i >= 0,
             qPrintable(QStringLiteral("no item '%1' in %2").arg(text, combo->objectName())));
    combo->setCurrentIndex(i);
}

void TestSegmentsUi::chooseData(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    QVERIFY2(
        i >= 0,
        qPrintable(QStringLiteral("no item '%1' in %2").arg(data.toString(), combo->objectName())));
    combo->setCurrentIndex(i);
}

Segment TestSegmentsUi::saved(const QString& name, const Rule& rules)
{
    auto created = m_ws->createSegment(name, rules);
    if (!created.ok())
        qFatal("%s", qPrintable(created.errorMessage()));
    return created.value();
}

void TestSegmentsUi::buildsRulesThroughTheWidgets()
{
    SegmentBuilder builder(*m_ws);
    builder.resize(900, 500);
    builder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&builder));
    QSignalSpy changed(&builder, &SegmentBuilder::changed);
    SegmentGroupEditor* root = builder.rootGroup();
    QVERIFY(root->items().isEmpty());

    // City contains "Utrecht"
    QTest::mouseClick(root->addRuleButton(), Qt::LeftButton);
    SegmentRuleRow* city = rowAt(root, 0);
    QVERIFY(city);
    QVERIFY(city->kindCombo()->hasFocus()); // a keyboard user goes on from the new rule
    choose(city->kindCombo(), QStringLiteral("City"));
    choose(city->operatorCombo(), QStringLiteral("contains"));
    QTest::keyClicks(city->textEdit(), QStringLiteral("Utrecht"));
    // is not in list Leveranciers
    QTest::mouseClick(root->addRuleButton(), Qt::LeftButton);
    SegmentRuleRow* list = rowAt(root, 1);
    chooseData(list->kindCombo(), QStringLiteral("list"));
    QVERIFY(list->listCombo()->isVisible());
    choose(list->listCombo(), QStringLiteral("Leveranciers"));
    choose(list->operatorCombo(), QStringLiteral("contact is not in"));
    // custom field Klantnummer starts with 10
    QTest::mouseClick(root->addRuleButton(), Qt::LeftButton);
    SegmentRuleRow* custom = rowAt(root, 2);
    choose(custom->kindCombo(), QStringLiteral("Klantnummer"));
    choose(custom->operatorCombo(), QStringLiteral("starts with"));
    QTest::keyClicks(custom->textEdit(), QStringLiteral("10"));

    // (has tag vip OR consent is not unsubscribed OR subscribed in the last 30 days OR
    //  added before 1 Jan 2026 OR company is empty)
    QTest::mouseClick(root->addGroupButton(), Qt::LeftButton);
    SegmentGroupEditor* group = groupAt(root, 3);
    QVERIFY(group);
    QCOMPARE(group->depth(), 2);
    QCOMPARE(group->items().size(), 1); // starts with a rule to fill in
    chooseData(group->matchCombo(), int(Rule::Match::Any));
    SegmentRuleRow* tag = rowAt(group, 0);
    chooseData(tag->kindCombo(), QStringLiteral("tag"));
    QVERIFY(tag->tagCombo()->isVisible());
    QTest::keyClicks(tag->tagCombo()->lineEdit(), QStringLiteral("vip"));
    QTest::mouseClick(group->addRuleButton(), Qt::LeftButton);
    SegmentRuleRow* consent = rowAt(group, 1);
    choose(consent->kindCombo(), QStringLiteral("Newsletter consent"));
    choose(consent->operatorCombo(), QStringLiteral("is not"));
    chooseData(consent->stateCombo(), int(Rule::ConsentState::Unsubscribed));
    QTest::mouseClick(group->addRuleButton(), Qt::LeftButton);
    SegmentRuleRow* recent = rowAt(group, 2);
    choose(recent->kindCombo(), QStringLiteral("Subscribed"));
    QCOMPARE(recent->operatorCombo()->currentText(), QStringLiteral("in the last"));
    QVERIFY(recent->daysSpin()->isVisible());
    recent->daysSpin()->selectAll();
    QTest::keyClicks(recent->daysSpin(), QStringLiteral("30"));
    QTest::mouseClick(group->addRuleButton(), Qt::LeftButton);
    SegmentRuleRow* added = rowAt(group, 3);
    choose(added->kindCombo(), QStringLiteral("Added"));
    choose(added->operatorCombo(), QStringLiteral("before"));
    QVERIFY(added->dateEdit()->isVisible());
    QVERIFY(added->dateEdit()->calendarPopup());
    added->dateEdit()->setDate(QDate(2026, 1, 1));
    QTest::mouseClick(group->addRuleButton(), Qt::LeftButton);
    SegmentRuleRow* company = rowAt(group, 4);
    choose(company->kindCombo(), QStringLiteral("Company"));
    choose(company->operatorCombo(), QStringLiteral("is empty"));
    QVERIFY(!company->textEdit()->isVisible()); // nothing to type for "is empty"

    // A nested group in the nested group, then removed again.
    QTest::mouseClick(group->addGroupButton(), Qt::LeftButton);
    SegmentGroupEditor* inner = groupAt(group, 5);
    QVERIFY(inner);
    QCOMPARE(inner->depth(), 3);
    QTest::mouseClick(inner->removeButton(), Qt::LeftButton);
    QCOMPARE(group->items().size(), 5);

    const Rule expected = Rule::group(
        Rule::Match::All,
        {Rule::fieldRule(QStringLiteral("city"), Rule::FieldOp::Contains,
                         QStringLiteral("Utrecht")),
         Rule::inList(m_leveranciers, true),
         Rule::fieldRule(QStringLiteral("custom.Klantnummer"), Rule::FieldOp::StartsWith,
                         QStringLiteral("10")),
         Rule::group(Rule::Match::Any,
                     {Rule::hasTag(QStringLiteral("vip")),
                      Rule::consent(Rule::ConsentState::Unsubscribed, true),
                      Rule::withinLastDays(Rule::DateField::SubscribedSince, 30),
                      Rule::dateBefore(Rule::DateField::CreatedAt, QDate(2026, 1, 1)),
                      Rule::fieldRule(QStringLiteral("company"), Rule::FieldOp::IsEmpty)})});
    QCOMPARE(builder.rules().toJsonText(), expected.toJsonText());
    QVERIFY(builder.rules() == expected);
    QVERIFY(builder.problem().isEmpty());
    QVERIFY(changed.count() > 10);

    // The connectives say how the rules combine.
    auto connectives = [](SegmentGroupEditor* g) {
        QStringList words;
        for (QWidget* item : g->items())
            words << item->parentWidget()->findChild<QLabel*>(QStringLiteral("connective"))->text();
        return words;
    };
    QCOMPARE(connectives(root), (QStringList{QString(), QStringLiteral("and"),
                                             QStringLiteral("and"), QStringLiteral("and")}));
    QCOMPARE(connectives(group).value(1), QStringLiteral("or"));

    // Tab goes through the rows in the order they are shown.
    QList<QWidget*> seen;
    city->kindCombo()->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 8; ++i) {
        seen << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(seen.value(0), city->kindCombo());
    QCOMPARE(seen.value(1), city->operatorCombo());
    QCOMPARE(seen.value(2), city->textEdit());
    QCOMPARE(seen.value(3), city->removeButton());
    QCOMPARE(seen.value(4), list->kindCombo());

    // Removing a rule with its button.
    QTest::mouseClick(list->removeButton(), Qt::LeftButton);
    QCOMPARE(builder.rules().children.size(), 3);
    QCOMPARE(builder.rules().children.at(1).field, QStringLiteral("custom.Klantnummer"));
}

void TestSegmentsUi::setRulesRoundTrips_data()
{
    QTest::addColumn<Rule>("rule");
    using Op = Rule::FieldOp;
    for (const QString& field : Rule::standardFields())
        QTest::newRow(qPrintable(QStringLiteral("field %1").arg(field)))
            << Rule::fieldRule(field, Op::Equals, QStringLiteral("x"));
    const QList<Op> ops{Op::Equals,     Op::NotEquals, Op::Contains, Op::NotContains,
                        Op::StartsWith, Op::EndsWith,  Op::IsEmpty,  Op::IsNotEmpty};
    for (Op op : ops) {
        const bool value = op != Op::IsEmpty && op != Op::IsNotEmpty;
        QTest::newRow(qPrintable(QStringLiteral("operator %1").arg(int(op)))) << Rule::fieldRule(
            QStringLiteral("city"), op, value ? QStringLiteral("Utrecht") : QString());
    }
    QTest::newRow("custom field known")
        << Rule::fieldRule(QStringLiteral("custom.Klantnummer"), Op::Contains, QStringLiteral("7"));
    QTest::newRow("custom field unknown")
        << Rule::fieldRule(QStringLiteral("custom.Geboortedatum"), Op::IsNotEmpty);
    QTest::newRow("list in") << Rule::inList(m_klanten);
    QTest::newRow("list not in") << Rule::inList(m_leveranciers, true);
    QTest::newRow("list deleted") << Rule::inList(
        QStringLiteral("0190aaaa-dead-7000-8000-000000000000"));
    QTest::newRow("tag has") << Rule::hasTag(QStringLiteral("beurs 2026"));
    QTest::newRow("tag has not") << Rule::hasTag(QStringLiteral("vip"), true);
    QTest::newRow("tag new") << Rule::hasTag(QStringLiteral("nog niet gebruikt"));
    for (auto s : {Rule::ConsentState::Subscribed, Rule::ConsentState::Pending,
                   Rule::ConsentState::Unsubscribed, Rule::ConsentState::Bounced,
                   Rule::ConsentState::Complained, Rule::ConsentState::None})
        for (bool negate : {false, true})
            QTest::newRow(qPrintable(QStringLiteral("consent %1 %2").arg(int(s)).arg(negate)))
                << Rule::consent(s, negate);
    for (auto f : {Rule::DateField::CreatedAt, Rule::DateField::UpdatedAt,
                   Rule::DateField::SubscribedSince}) {
        QTest::newRow(qPrintable(QStringLiteral("date %1 within").arg(int(f))))
            << Rule::withinLastDays(f, 90);
        QTest::newRow(qPrintable(QStringLiteral("date %1 before").arg(int(f))))
            << Rule::dateBefore(f, QDate(2025, 3, 31));
        QTest::newRow(qPrintable(QStringLiteral("date %1 after").arg(int(f))))
            << Rule::dateAfter(f, QDate(2024, 12, 1));
    }
    QTest::newRow("empty group any") << Rule::group(Rule::Match::Any);
    QTest::newRow("nested") << Rule::group(
        Rule::Match::Any,
        {Rule::inList(m_klanten),
         Rule::group(
             Rule::Match::All,
             {Rule::hasTag(QStringLiteral("vip")),
              Rule::group(Rule::Match::Any, {Rule::withinLastDays(Rule::DateField::CreatedAt, 7),
                                             Rule::fieldRule(QStringLiteral("email"), Op::EndsWith,
                                                             QStringLiteral("@example.nl"))})}),
         Rule::consent(Rule::ConsentState::Subscribed)});
    // As deep as a segment may go.
    Rule deep = Rule::hasTag(QStringLiteral("vip"));
    for (int depth = 0; depth < Rule::MaxDepth; ++depth)
        deep = Rule::group(depth % 2 ? Rule::Match::Any : Rule::Match::All, {deep});
    QTest::newRow("deepest") << deep;
}

void TestSegmentsUi::setRulesRoundTrips()
{
    QFETCH(Rule, rule);
    SegmentBuilder builder(*m_ws);
    builder.setRules(rule);
    const Rule expected =
        rule.kind == Rule::Kind::Group ? rule : Rule::group(Rule::Match::All, {rule});
    QCOMPARE(builder.rules().toJsonText(), expected.toJsonText());
    // And once more through the widgets' own output.
    SegmentBuilder again(*m_ws);
    again.setRules(builder.rules());
    QCOMPARE(again.rules().toJsonText(), expected.toJsonText());
}

void TestSegmentsUi::typedValuesStayAsTyped()
{
    SegmentBuilder builder(*m_ws);
    builder.show();
    SegmentRuleRow* row = builder.rootGroup()->addRule();
    choose(row->kindCombo(), QStringLiteral("Last name"));
    QTest::keyClicks(row->textEdit(), QStringLiteral("  de Vries "));
    SegmentRuleRow* tag = builder.rootGroup()->addRule();
    chooseData(tag->kindCombo(), QStringLiteral("tag"));
    QTest::keyClicks(tag->tagCombo()->lineEdit(), QStringLiteral("Beurs"));
    QTest::keyClick(tag->tagCombo()->lineEdit(), Qt::Key_Escape); // no completion taken
    const Rule r = builder.rules();
    QCOMPARE(r.children.at(0).value, QStringLiteral("  de Vries "));
    QCOMPARE(r.children.at(1).value, QStringLiteral("Beurs"));
}

void TestSegmentsUi::otherCustomFieldIsAskedFor()
{
    SegmentBuilder builder(*m_ws);
    builder.show();
    SegmentRuleRow* row = builder.rootGroup()->addRule();
    choose(row->kindCombo(), QStringLiteral("City"));
    // Cancelled: the rule stays as it was.
    whenModal<QInputDialog>([](QInputDialog* d) { d->reject(); });
    chooseData(row->kindCombo(), QStringLiteral("custom-other"));
    QCOMPARE(m_handled, 1);
    QCOMPARE(row->kindKey(), QStringLiteral("field:city"));
    // A name: the rule is about that custom field, and it is offered from then on.
    whenModal<QInputDialog>([](QInputDialog* d) {
        d->setTextValue(QStringLiteral(" Geboortedatum "));
        d->accept();
    });
    chooseData(row->kindCombo(), QStringLiteral("custom-other"));
    QCOMPARE(m_handled, 2);
    QCOMPARE(row->kindKey(), QStringLiteral("field:custom.Geboortedatum"));
    QCOMPARE(row->kindCombo()->currentText(), QStringLiteral("Geboortedatum"));
    choose(row->operatorCombo(), QStringLiteral("is not empty"));
    QCOMPARE(builder.rules().children.at(0).toJsonText(),
             Rule::fieldRule(QStringLiteral("custom.Geboortedatum"), Rule::FieldOp::IsNotEmpty)
                 .toJsonText());
}

void TestSegmentsUi::liveCountEqualsTheCompiler_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::newRow("city contains") << Rule::fieldRule(
        QStringLiteral("city"), Rule::FieldOp::Contains, QStringLiteral("utrecht"));
    QTest::newRow("list and tag") << Rule::group(
        Rule::Match::All, {Rule::inList(m_klanten), Rule::hasTag(QStringLiteral("vip"), true)});
    QTest::newRow("or group") << Rule::group(
        Rule::Match::All,
        {Rule::consent(Rule::ConsentState::Subscribed),
         Rule::group(Rule::Match::Any,
                     {Rule::fieldRule(QStringLiteral("first_name"), Rule::FieldOp::Equals,
                                      QStringLiteral("anna")),
                      Rule::inList(m_leveranciers),
                      Rule::fieldRule(QStringLiteral("custom.Klantnummer"), Rule::FieldOp::EndsWith,
                                      QStringLiteral("0"))})});
    QTest::newRow("recent subscribers")
        << Rule::withinLastDays(Rule::DateField::SubscribedSince, 90);
    QTest::newRow("no consent") << Rule::consent(Rule::ConsentState::None);
    QTest::newRow("none") << Rule::fieldRule(QStringLiteral("city"), Rule::FieldOp::Equals,
                                             QStringLiteral("Groningen"));
}

void TestSegmentsUi::liveCountEqualsTheCompiler()
{
    QFETCH(Rule, rule);
    const qint64 expected = SegmentCompiler::count(m_ws->store(), rule);
    QVERIFY(expected >= 0);
    SegmentDialog dialog(*m_ws);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.builder()->setRules(rule);
    QCOMPARE(dialog.countLabel()->text(), QStringLiteral("Counting…"));
    QCOMPARE(dialog.count(), -1);
    QVERIFY(dialog.saveButton()->isEnabled());
    QTRY_COMPARE(dialog.count(), expected);
    if (expected > 0)
        QVERIFY2(
            dialog.countLabel()->text().startsWith(QLocale().toString(expected) + QLatin1Char(' ')),
            qPrintable(dialog.countLabel()->text()));
    else
        QVERIFY(dialog.countLabel()->text().contains(QLatin1String("No contacts")));
}

void TestSegmentsUi::invalidRulesDisableSave()
{
    SegmentDialog dialog(*m_ws);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A new segment starts with one rule to fill in: not an error yet, but not savable.
    SegmentRuleRow* row = rowAt(dialog.builder()->rootGroup(), 0);
    QVERIFY(row);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.countLabel()->text().contains(QLatin1String("First name")),
             qPrintable(dialog.countLabel()->text()));
    QVERIFY(!dialog.countLabel()->styleSheet().contains(QLatin1String("#b42318")));

    QTest::keyClicks(row->textEdit(), QStringLiteral("Anna"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QTRY_COMPARE(dialog.count(), SegmentCompiler::count(m_ws->store(), dialog.builder()->rules()));

    // Emptied again: now it is an error, in red, naming the rule, with the row marked.
    row->textEdit()->clear();
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.countLabel()->text().contains(QStringLiteral("“First name is …”")),
             qPrintable(dialog.countLabel()->text()));
    QVERIFY(dialog.countLabel()->styleSheet().contains(QLatin1String("#b42318")));
    QVERIFY(row->findChild<QLabel*>(QStringLiteral("problemMark"))->isVisible());
    QCOMPARE(dialog.count(), -1);

    // 0 days.
    dialog.builder()->setRules(Rule::withinLastDays(Rule::DateField::CreatedAt, 0));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.countLabel()->text().contains(QLatin1String("at least 1 day")),
             qPrintable(dialog.countLabel()->text()));
    rowAt(dialog.builder()->rootGroup(), 0)->daysSpin()->setValue(14);
    QVERIFY(dialog.saveButton()->isEnabled());

    // An empty tag, an empty nested group.
    dialog.builder()->setRules(Rule::hasTag(QString()));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.countLabel()->text().contains(QLatin1String("tag")));
    dialog.builder()->setRules(Rule::group(Rule::Match::All, {Rule::group(Rule::Match::Any)}));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.countLabel()->text().contains(QLatin1String("group has no rules")));

    // Save is refused even when pressed some other way (Enter): nothing is written.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(m_ws->segments().all().isEmpty());
}

void TestSegmentsUi::savingCreatesTheSegment()
{
    SegmentDialog dialog(*m_ws);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Utrecht en omstreken"));
    SegmentRuleRow* row = rowAt(dialog.builder()->rootGroup(), 0);
    choose(row->kindCombo(), QStringLiteral("City"));
    choose(row->operatorCombo(), QStringLiteral("starts with"));
    QTest::keyClicks(row->textEdit(), QStringLiteral("Utrecht"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto stored = m_ws->segments().findByName(QStringLiteral("Utrecht en omstreken"));
    QVERIFY(stored);
    QCOMPARE(stored->id, dialog.segment().id);
    QCOMPARE(stored->rules.toJsonText(),
             Rule::group(Rule::Match::All,
                         {Rule::fieldRule(QStringLiteral("city"), Rule::FieldOp::StartsWith,
                                          QStringLiteral("Utrecht"))})
                 .toJsonText());
}

void TestSegmentsUi::takenOrEmptyNameIsRefusedAndNothingLost()
{
    saved(QStringLiteral("VIP klanten"), Rule::hasTag(QStringLiteral("vip")));
    SegmentDialog dialog(*m_ws);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Rule rules = Rule::group(
        Rule::Match::Any, {Rule::inList(m_klanten), Rule::hasTag(QStringLiteral("beurs 2026"))});
    dialog.builder()->setRules(rules);

    // No name.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.nameProblem()->isVisible());
    QVERIFY2(dialog.nameProblem()->text().contains(QLatin1String("name")),
             qPrintable(dialog.nameProblem()->text()));
    QVERIFY(dialog.nameEdit()->hasFocus());

    // A name that is taken (in other letters).
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("vip Klanten"));
    QVERIFY(!dialog.nameProblem()->isVisible()); // typing clears the old message
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.nameProblem()->isVisible());
    QVERIFY2(dialog.nameProblem()->text().contains(QLatin1String("already")),
             qPrintable(dialog.nameProblem()->text()));
    QCOMPARE(m_ws->segments().all().size(), 1);
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("vip Klanten"));
    QCOMPARE(dialog.builder()->rules().toJsonText(), rules.toJsonText());

    // Another name: saved.
    dialog.nameEdit()->setText(QStringLiteral("Klanten of beursbezoekers"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_ws->segments().all().size(), 2);
}

void TestSegmentsUi::editingSavesTheExistingSegment()
{
    const Segment s =
        saved(QStringLiteral("Nieuwsbrief"), Rule::consent(Rule::ConsentState::Subscribed));
    SegmentDialog dialog(*m_ws, s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.windowTitle().contains(QLatin1String("Nieuwsbrief")));
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Nieuwsbrief"));
    QCOMPARE(dialog.builder()->rules().toJsonText(),
             Rule::group(Rule::Match::All, {s.rules}).toJsonText());
    QVERIFY(dialog.saveButton()->isEnabled());
    QTRY_COMPARE(dialog.count(), SegmentCompiler::count(m_ws->store(), s.rules));
    QTest::mouseClick(dialog.builder()->rootGroup()->addRuleButton(), Qt::LeftButton);
    SegmentRuleRow* row = rowAt(dialog.builder()->rootGroup(), 1);
    chooseData(row->kindCombo(), QStringLiteral("list"));
    choose(row->listCombo(), QStringLiteral("Klanten"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto stored = m_ws->segments().findById(s.id);
    QVERIFY(stored);
    QCOMPARE(stored->rules.children.size(), 2);
    QCOMPARE(stored->rules.children.at(1).listUuid, m_klanten);
    QCOMPARE(m_ws->segments().all().size(), 1);
}

void TestSegmentsUi::listsPanelListsAndDeletesSegments()
{
    ListsPanel panel(*m_ws);
    panel.resize(260, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QListWidget* view = panel.segmentsView();
    QCOMPARE(view->count(), 0);
    QVERIFY(!view->isVisible());
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("segmentsHint"))->isVisible());

    const Segment a = saved(QStringLiteral("Amsterdammers"),
                            Rule::fieldRule(QStringLiteral("city"), Rule::FieldOp::Equals,
                                            QStringLiteral("Amsterdam")));
    saved(QStringLiteral("Zwollenaren"),
          Rule::fieldRule(QStringLiteral("city"), Rule::FieldOp::Equals, QStringLiteral("Zwolle")));
    QCOMPARE(view->count(), 2); // segmentsChanged refreshed it
    QVERIFY(view->isVisible());
    QCOMPARE(view->item(0)->text(), QStringLiteral("Amsterdammers"));
    QCOMPARE(view->item(1)->text(), QStringLiteral("Zwollenaren"));

    // Cancelled: nothing happens.
    view->setCurrentRow(0);
    QCOMPARE(panel.currentSegmentId(), a.id);
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    view->setFocus();
    whenModal<QMessageBox>([](QMessageBox* box) {
        QVERIFY(box->text().contains(QLatin1String("Amsterdammers")));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_handled, 1);
    QCOMPARE(view->count(), 2);

    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    panel.deleteCurrentSegment();
    QCOMPARE(m_handled, 2);
    QCOMPARE(view->count(), 1);
    QCOMPARE(view->item(0)->text(), QStringLiteral("Zwollenaren"));
    QVERIFY(!m_ws->segments().findByName(QStringLiteral("Amsterdammers")));

    // Double-click / Enter opens the segment in the dialog.
    view->setCurrentRow(0);
    whenModal<SegmentDialog>([](SegmentDialog* d) {
        QCOMPARE(d->nameEdit()->text(), QStringLiteral("Zwollenaren"));
        d->nameEdit()->setText(QStringLiteral("Zwolle"));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    });
    panel.editCurrentSegment();
    QCOMPARE(m_handled, 3);
    QCOMPARE(view->item(0)->text(), QStringLiteral("Zwolle"));
}

void TestSegmentsUi::listsPanelCreatesASegment()
{
    ListsPanel panel(*m_ws);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    whenModal<SegmentDialog>([this](SegmentDialog* d) {
        d->nameEdit()->setText(QStringLiteral("Beursbezoekers"));
        SegmentRuleRow* row = rowAt(d->builder()->rootGroup(), 0);
        chooseData(row->kindCombo(), QStringLiteral("tag"));
        row->tagCombo()->setCurrentText(QStringLiteral("beurs 2026"));
        QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    });
    QTest::mouseClick(panel.findChild<QToolButton*>(QStringLiteral("newSegmentButton")),
                      Qt::LeftButton);
    QCOMPARE(m_handled, 1);
    QCOMPARE(panel.segmentsView()->count(), 1);
    QCOMPARE(panel.segmentsView()->item(0)->text(), QStringLiteral("Beursbezoekers"));
    QVERIFY(panel.currentSegmentId() > 0);
}

// Makes every string of the app 40 % longer (Dutch runs longer than English), to see that
// the layout leaves room before the translations exist.
class LongerTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        if (qstrncmp(context, "Segment", 7) != 0 && qstrcmp(context, "ListsPanel") != 0)
            return {};
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        const qsizetype extra = text.size() * 2 / 5;
        return text + QString(extra, QChar(0x00EB)); // ë
    }
    bool isEmpty() const override { return false; }
};

void TestSegmentsUi::screenshot()
{
    const QString dir = qEnvironmentVariable("SENDTRIX_SHOT_DIR");
    // Not a check: pictures for a person to look at, written only when asked for. Everything
    // the dialog does is asserted by the other tests.
    if (dir.isEmpty())
        QSKIP("set SENDTRIX_SHOT_DIR to write screenshots of the dialog");
    LongerTranslator longer;
    if (qEnvironmentVariableIsSet("SENDTRIX_SHOT_LONGER"))
        QCoreApplication::installTranslator(&longer);
    const Segment s =
        saved(QStringLiteral("Klanten in Utrecht of VIP"),
              Rule::group(
                  Rule::Match::All,
                  {Rule::inList(m_klanten),
                   Rule::fieldRule(QStringLiteral("custom.Klantnummer"), Rule::FieldOp::StartsWith,
                                   QStringLiteral("10")),
                   Rule::group(
                       Rule::Match::Any,
                       {Rule::fieldRule(QStringLiteral("city"), Rule::FieldOp::Contains,
                                        QStringLiteral("Utrecht")),
                        Rule::hasTag(QStringLiteral("vip")),
                        Rule::group(Rule::Match::All,
                                    {Rule::consent(Rule::ConsentState::Subscribed),
                                     Rule::withinLastDays(Rule::DateField::SubscribedSince, 90)})}),
                   Rule::dateAfter(Rule::DateField::CreatedAt, QDate(2026, 1, 15))}));
    SegmentDialog dialog(*m_ws, s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.count() >= 0);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/segment-dialog.png")));
    // A rule in trouble.
    SegmentRuleRow* row = rowAt(groupAt(dialog.builder()->rootGroup(), 2), 0);
    row->textEdit()->clear();
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/segment-dialog-invalid.png")));
    SegmentDialog fresh(*m_ws);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(fresh.grab().save(dir + QStringLiteral("/segment-dialog-new.png")));
    ListsPanel panel(*m_ws);
    panel.resize(240, 560);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.grab().save(dir + QStringLiteral("/segments-panel.png")));
    QCoreApplication::removeTranslator(&longer);
    // A copy of the store, to look at in the app itself (sendtrix --db PATH).
    if (const QString keep = qEnvironmentVariable("SENDTRIX_SHOT_KEEP_STORE"); !keep.isEmpty()) {
        m_ws->store().checkpoint();
        QFile::remove(keep);
        QVERIFY(QFile::copy(m_ws->storePath(), keep));
    }
}

QTEST_MAIN(TestSegmentsUi)
#include "tst_segmentsui.moc"
