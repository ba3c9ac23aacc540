#include "SegmentBuilder.h"

#include "ContactRepository.h"
#include "ListRepository.h"
#include "TagRepository.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kField = QStringLiteral("field:");
const QString kCustom = QStringLiteral("custom.");
const QString kOtherCustom = QStringLiteral("custom-other");
const QString kList = QStringLiteral("list");
const QString kTag = QStringLiteral("tag");
const QString kConsent = QStringLiteral("consent");
const QString kDate = QStringLiteral("date:");

constexpr int ListUuidRole = Qt::UserRole;
constexpr int ListIdRole = Qt::UserRole + 1;

QString dateKey(SegmentRule::DateField f)
{
    switch (f) {
    case SegmentRule::DateField::CreatedAt:
        return kDate + QStringLiteral("created_at");
    case SegmentRule::DateField::UpdatedAt:
        return kDate + QStringLiteral("updated_at");
    case SegmentRule::DateField::SubscribedSince:
        return kDate + QStringLiteral("subscribed_since");
    }
    return {};
}

SegmentRule::DateField dateFieldOf(const QString& key)
{
    if (key == dateKey(SegmentRule::DateField::UpdatedAt))
        return SegmentRule::DateField::UpdatedAt;
    if (key == dateKey(SegmentRule::DateField::SubscribedSince))
        return SegmentRule::DateField::SubscribedSince;
    return SegmentRule::DateField::CreatedAt;
}

QIcon warningIcon(const QWidget* w)
{
    return w->style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemMark"));
    label->setPixmap(warningIcon(parent).pixmap(16, 16));
    QSizePolicy keep = label->sizePolicy();
    keep.setRetainSizeWhenHidden(true); // a mark appearing does not push the row around
    label->setSizePolicy(keep);
    label->hide();
    return label;
}

QToolButton* makeRemoveButton(QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QStringLiteral("removeButton"));
    b->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

} // namespace

// ---------------------------------------------------------------------------------------
// SegmentRuleRow

SegmentRuleRow::SegmentRuleRow(SegmentChoices& choices, QWidget* parent)
    : QWidget(parent)
    , m_choices(choices)
    , m_kind(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new QStackedWidget(this))
    , m_text(new QLineEdit(m_value))
    , m_list(new QComboBox(m_value))
    , m_tag(new QComboBox(m_value))
    , m_state(new QComboBox(m_value))
    , m_daysPage(new QWidget(m_value))
    , m_days(new QSpinBox(m_daysPage))
    , m_daysLabel(new QLabel(m_daysPage))
    , m_date(new QDateEdit(m_value))
    , m_nothing(new QWidget(m_value))
    , m_problem(problemLabel(this))
    , m_remove(makeRemoveButton(this))
{
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setMaxVisibleItems(24);
    m_operator->setObjectName(QStringLiteral("operatorCombo"));
    m_text->setObjectName(QStringLiteral("valueEdit"));
    m_text->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("listCombo"));
    m_tag->setObjectName(QStringLiteral("tagCombo"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->addItems(m_choices.tags);
    m_tag->setCurrentIndex(-1);
    m_tag->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_tag->completer()->setFilterMode(Qt::MatchContains);
    m_tag->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(0, SegmentRule::MaxDays); // 0 is refused with a message, not hidden
    m_days->setValue(90);
    m_days->setAccelerated(true);
    m_days->setGroupSeparatorShown(true);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_nothing->setFocusPolicy(Qt::NoFocus);

    auto* daysLayout = new QHBoxLayout(m_daysPage);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    daysLayout->addWidget(m_days);
    daysLayout->addWidget(m_daysLabel, 1);
    for (QWidget* page : {static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_list),
                          static_cast<QWidget*>(m_tag), static_cast<QWidget*>(m_state), m_daysPage,
                          static_cast<QWidget*>(m_date), m_nothing})
        m_value->addWidget(page);
    m_value->setMinimumWidth(140);
    m_value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_operator);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_remove);

    fillKinds();
    fillStates();
    for (const auto& list : std::as_const(m_choices.lists)) {
        m_list->addItem(QIcon(QStringLiteral(":/icons/list.svg")), list.name);
        m_list->setItemData(m_list->count() - 1, list.uuid, ListUuidRole);
        m_list->setItemData(m_list->count() - 1, list.id, ListIdRole);
    }
    m_list->setEnabled(m_list->count() > 0);
    selectKind(kField + QStringLiteral("first_name"));
    m_lastKind = kindKey();
    fillOperators(Category::Text);
    updateValuePage();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SegmentRuleRow::kindChosen);
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        updateValuePage();
        reshaped();
    });
    connect(m_text, &QLineEdit::textChanged, this, &SegmentRuleRow::edited);
    connect(m_list, &QComboBox::currentIndexChanged, this, &SegmentRuleRow::edited);
    connect(m_tag, &QComboBox::currentTextChanged, this, &SegmentRuleRow::edited);
    connect(m_state, &QComboBox::currentIndexChanged, this, &SegmentRuleRow::edited);
    connect(m_days, &QSpinBox::valueChanged, this, &SegmentRuleRow::edited);
    connect(m_date, &QDateEdit::dateChanged, this, &SegmentRuleRow::edited);
    connect(m_remove, &QToolButton::clicked, this, &SegmentRuleRow::removeRequested);
    retranslate();
}

SegmentRuleRow::Category SegmentRuleRow::categoryOf(const QString& key)
{
    if (key == kList)
        return Category::List;
    if (key == kTag)
        return Category::Tag;
    if (key == kConsent)
        return Category::Consent;
    if (key.startsWith(kDate))
        return Category::Date;
    return Category::Text;
}

void SegmentRuleRow::fillKinds()
{
    const QSignalBlocker blocker(m_kind);
    const QString current = kindKey();
    QStringList custom = m_choices.customFields;
    // A custom field this row was given that the store's sample did not show.
    if (const QString name = SegmentRule::customFieldName(current.mid(kField.size()));
        current.startsWith(kField) && !name.isEmpty() && !custom.contains(name))
        custom << name;
    m_kind->clear();
    const QStringList labels{tr("E-mail address"), tr("First name"), tr("Last name"),
                             tr("Company"),        tr("City"),       tr("Country"),
                             tr("Postal code"),    tr("Phone"),      tr("Website")};
    const QStringList& fields = SegmentRule::standardFields();
    // First name, last name, e-mail first: what people filter on most.
    const QStringList order{QStringLiteral("first_name"), QStringLiteral("last_name"),
                            QStringLiteral("email")};
    auto addField = [&](const QString& field) {
        const qsizetype i = fields.indexOf(field);
        m_kind->addItem(i >= 0 && i < labels.size() ? labels.at(i) : field, kField + field);
    };
    for (const QString& field : order)
        addField(field);
    for (const QString& field : fields)
        if (!order.contains(field))
            addField(field);
    m_kind->insertSeparator(m_kind->count());
    for (const QString& name : std::as_const(custom))
        m_kind->addItem(name, kField + kCustom + name);
    m_kind->addItem(tr("Other custom field…"), kOtherCustom);
    m_kind->setItemData(m_kind->count() - 1,
                        tr("Filter on a custom field by its name, for example one that only "
                           "older contacts have."),
                        Qt::ToolTipRole);
    m_kind->insertSeparator(m_kind->count());
    m_kind->addItem(tr("List"), kList);
    m_kind->addItem(tr("Tag"), kTag);
    m_kind->addItem(tr("Newsletter consent"), kConsent);
    m_kind->insertSeparator(m_kind->count());
    m_kind->addItem(tr("Added"), dateKey(SegmentRule::DateField::CreatedAt));
    m_kind->setItemData(m_kind->count() - 1, tr("When the contact was added to Sendtrix"),
                        Qt::ToolTipRole);
    m_kind->addItem(tr("Last changed"), dateKey(SegmentRule::DateField::UpdatedAt));
    m_kind->setItemData(m_kind->count() - 1, tr("When the contact's details were last changed"),
                        Qt::ToolTipRole);
    m_kind->addItem(tr("Subscribed"), dateKey(SegmentRule::DateField::SubscribedSince));
    m_kind->setItemData(m_kind->count() - 1,
                        tr("When the contact's current newsletter subscription was given; only "
                           "contacts subscribed now match"),
                        Qt::ToolTipRole);
    if (!current.isEmpty())
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(current)));
}

void SegmentRuleRow::fillOperators(Category category)
{
    const QSignalBlocker blocker(m_operator);
    const int current = m_operator->currentIndex();
    m_operator->clear();
    using Op = SegmentRule::FieldOp;
    using DateOp = SegmentRule::DateOp;
    switch (category) {
    case Category::Text:
        m_operator->addItem(tr("is"), int(Op::Equals));
        m_operator->addItem(tr("is not"), int(Op::NotEquals));
        m_operator->addItem(tr("contains"), int(Op::Contains));
        m_operator->addItem(tr("does not contain"), int(Op::NotContains));
        m_operator->addItem(tr("starts with"), int(Op::StartsWith));
        m_operator->addItem(tr("ends with"), int(Op::EndsWith));
        m_operator->addItem(tr("is empty"), int(Op::IsEmpty));
        m_operator->addItem(tr("is not empty"), int(Op::IsNotEmpty));
        break;
    case Category::List:
        m_operator->addItem(tr("contact is in", "list"), 0);
        m_operator->addItem(tr("contact is not in", "list"), 1);
        break;
    case Category::Tag:
        m_operator->addItem(tr("contact has", "tag"), 0);
        m_operator->addItem(tr("contact does not have", "tag"), 1);
        break;
    case Category::Consent:
        m_operator->addItem(tr("is", "consent state"), 0);
        m_operator->addItem(tr("is not", "consent state"), 1);
        break;
    case Category::Date:
        m_operator->addItem(tr("in the last"), int(DateOp::WithinLastDays));
        m_operator->addItem(tr("before"), int(DateOp::Before));
        m_operator->addItem(tr("after"), int(DateOp::After));
        break;
    }
    m_operator->setCurrentIndex(category == m_category && current >= 0 ? current : 0);
    m_category = category;
}

void SegmentRuleRow::fillStates()
{
    const QSignalBlocker blocker(m_state);
    const int current = m_state->currentIndex();
    m_state->clear();
    using S = SegmentRule::ConsentState;
    m_state->addItem(tr("subscribed"), int(S::Subscribed));
    m_state->addItem(tr("pending (not confirmed yet)"), int(S::Pending));
    m_state->addItem(tr("unsubscribed"), int(S::Unsubscribed));
    m_state->addItem(tr("bounced"), int(S::Bounced));
    m_state->addItem(tr("complained (marked as spam)"), int(S::Complained));
    m_state->addItem(tr("none recorded"), int(S::None));
    m_state->setCurrentIndex(std::max(0, current));
}

QString SegmentRuleRow::kindKey() const
{
    return m_kind->currentData().toString();
}

bool SegmentRuleRow::selectKind(const QString& key)
{
    int i = m_kind->findData(key);
    if (i < 0 && key.startsWith(kField + kCustom) && key.size() > kField.size() + kCustom.size()) {
        const QString name = key.mid(kField.size() + kCustom.size());
        i = m_kind->findData(kOtherCustom);
        m_kind->insertItem(i, name, key);
    }
    if (i < 0)
        return false;
    m_kind->setCurrentIndex(i);
    return true;
}

void SegmentRuleRow::kindChosen()
{
    QString key = kindKey();
    if (key == kOtherCustom) {
        askCustomField();
        key = kindKey();
    }
    const Category category = categoryOf(key);
    if (category != m_category)
        fillOperators(category);
    m_lastKind = key;
    updateValuePage();
    reshaped();
}

void SegmentRuleRow::askCustomField()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Custom field"), tr("Name of the custom field:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    const QSignalBlocker blocker(m_kind);
    if (ok && !name.isEmpty())
        selectKind(kField + kCustom + name);
    else
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_lastKind)));
}

void SegmentRuleRow::updateValuePage()
{
    QWidget* page = m_text;
    const int op = m_operator->currentData().toInt();
    switch (m_category) {
    case Category::Text:
        if (op == int(SegmentRule::FieldOp::IsEmpty) || op == int(SegmentRule::FieldOp::IsNotEmpty))
            page = m_nothing;
        break;
    case Category::List:
        page = m_list;
        break;
    case Category::Tag:
        page = m_tag;
        break;
    case Category::Consent:
        page = m_state;
        break;
    case Category::Date:
        page = op == int(SegmentRule::DateOp::WithinLastDays) ? m_daysPage
                                                              : static_cast<QWidget*>(m_date);
        break;
    }
    const bool hadFocus = m_value->currentWidget() && m_value->currentWidget()->hasFocus();
    m_value->setCurrentWidget(page);
    if (hadFocus && page->focusPolicy() != Qt::NoFocus)
        page->setFocus();
}

void SegmentRuleRow::reshaped()
{
    // Choosing what the rule is about does not make an empty value wrong yet: the value is
    // what the user fills in next.
    if (!m_loading)
        emit changed();
}

void SegmentRuleRow::edited()
{
    if (m_loading)
        return;
    m_touched = true;
    emit changed();
}

SegmentRule SegmentRuleRow::rule() const
{
    const QString key = kindKey();
    const int op = m_operator->currentData().toInt();
    switch (m_category) {
    case Category::Text: {
        const auto fieldOp = SegmentRule::FieldOp(op);
        const bool noValue =
            fieldOp == SegmentRule::FieldOp::IsEmpty || fieldOp == SegmentRule::FieldOp::IsNotEmpty;
        return SegmentRule::fieldRule(key.mid(kField.size()), fieldOp,
                                      noValue ? QString() : m_text->text());
    }
    case Category::List: {
        const QString uuid = m_list->currentData(ListUuidRole).toString();
        const qint64 id = m_list->currentData(ListIdRole).toLongLong();
        return uuid.isEmpty() && id > 0 ? SegmentRule::inListId(id, op == 1)
                                        : SegmentRule::inList(uuid, op == 1);
    }
    case Category::Tag:
        return SegmentRule::hasTag(m_tag->currentText(), op == 1);
    case Category::Consent:
        return SegmentRule::consent(SegmentRule::ConsentState(m_state->currentData().toInt()),
                                    op == 1);
    case Category::Date:
        switch (SegmentRule::DateOp(op)) {
        case SegmentRule::DateOp::WithinLastDays:
            return SegmentRule::withinLastDays(dateFieldOf(key), m_days->value());
        case SegmentRule::DateOp::Before:
            return SegmentRule::dateBefore(dateFieldOf(key), m_date->date());
        case SegmentRule::DateOp::After:
            return SegmentRule::dateAfter(dateFieldOf(key), m_date->date());
        }
    }
    return {};
}

void SegmentRuleRow::setRule(const SegmentRule& r)
{
    m_loading = true;
    int op = 0;
    switch (r.kind) {
    case SegmentRule::Kind::Field:
        selectKind(kField + r.field);
        op = int(r.fieldOp);
        m_text->setText(r.value);
        break;
    case SegmentRule::Kind::List: {
        selectKind(kList);
        op = r.negate ? 1 : 0;
        int i = -1;
        for (int j = 0; j < m_list->count() && i < 0; ++j)
            if (r.listUuid.isEmpty() ? m_list->itemData(j, ListIdRole).toLongLong() == r.listId
                                     : m_list->itemData(j, ListUuidRole).toString() == r.listUuid)
                i = j;
        if (i < 0) { // a list deleted since, or one this device has not seen yet
            m_list->addItem(warningIcon(this), tr("(a list that no longer exists)"));
            i = m_list->count() - 1;
            m_list->setItemData(i, r.listUuid, ListUuidRole);
            m_list->setItemData(i, r.listId, ListIdRole);
            m_list->setEnabled(true);
        }
        m_list->setCurrentIndex(i);
        break;
    }
    case SegmentRule::Kind::Tag:
        selectKind(kTag);
        op = r.negate ? 1 : 0;
        m_tag->setCurrentIndex(
            m_tag->findText(r.value, Qt::MatchFixedString | Qt::MatchCaseSensitive));
        m_tag->setEditText(r.value);
        break;
    case SegmentRule::Kind::Consent:
        selectKind(kConsent);
        op = r.negate ? 1 : 0;
        m_state->setCurrentIndex(std::max(0, m_state->findData(int(r.consentState))));
        break;
    case SegmentRule::Kind::Date:
        selectKind(dateKey(r.dateField));
        op = int(r.dateOp);
        if (r.dateOp == SegmentRule::DateOp::WithinLastDays)
            m_days->setValue(r.days);
        else if (r.date.isValid())
            m_date->setDate(r.date);
        break;
    case SegmentRule::Kind::Group:
        break;
    }
    m_lastKind = kindKey();
    const Category category = categoryOf(m_lastKind);
    if (category != m_category)
        fillOperators(category);
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(op)));
    updateValuePage();
    m_loading = false;
    m_touched = true; // a rule that was saved: its problems are real ones
}

QString SegmentRuleRow::kindLabel() const
{
    return m_kind->currentText();
}

QString SegmentRuleRow::problem() const
{
    const SegmentRule r = rule();
    switch (m_category) {
    case Category::Text:
        if (r.fieldOp != SegmentRule::FieldOp::IsEmpty &&
            r.fieldOp != SegmentRule::FieldOp::IsNotEmpty && r.value.isEmpty())
            return tr("“%1 %2 …”: type a value, or choose “%3”.")
                .arg(kindLabel(), m_operator->currentText(),
                     r.fieldOp == SegmentRule::FieldOp::NotEquals ? tr("is not empty")
                                                                  : tr("is empty"));
        break;
    case Category::List:
        if (m_list->count() == 0)
            return tr("There are no lists yet: create a list first, or remove the rule about "
                      "lists.");
        if (m_list->currentIndex() < 0)
            return tr("Choose a list for the rule about lists.");
        if (!std::any_of(m_choices.lists.cbegin(), m_choices.lists.cend(),
                         [&](const SegmentChoices::List& l) {
                             return r.listUuid.isEmpty() ? l.id == r.listId : l.uuid == r.listUuid;
                         }))
            return tr("A rule uses a list that no longer exists: choose another list.");
        break;
    case Category::Tag:
        if (r.value.simplified().isEmpty())
            return tr("“%1 …”: choose or type a tag.").arg(m_operator->currentText());
        break;
    case Category::Consent:
        break;
    case Category::Date:
        if (r.dateOp == SegmentRule::DateOp::WithinLastDays && r.days < 1)
            return tr("“%1 in the last … days”: give at least 1 day.").arg(kindLabel());
        break;
    }
    return {};
}

void SegmentRuleRow::showProblem(const QString& message)
{
    m_problem->setToolTip(message);
    m_problem->setVisible(!message.isEmpty());
}

QList<QWidget*> SegmentRuleRow::focusChain() const
{
    return {m_kind, m_operator, m_text, m_list, m_tag, m_state, m_days, m_date, m_remove};
}

void SegmentRuleRow::retranslate()
{
    fillKinds();
    fillOperators(m_category);
    fillStates();
    m_daysLabel->setText(tr("days"));
    m_text->setPlaceholderText(tr("Value"));
    m_tag->lineEdit()->setPlaceholderText(tr("Tag"));
    m_remove->setToolTip(tr("Remove this rule"));
    m_remove->setAccessibleName(tr("Remove this rule"));
    m_kind->setAccessibleName(tr("What the rule is about"));
    m_operator->setAccessibleName(tr("Operator"));
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->itemData(i, ListUuidRole).toString().isEmpty() &&
            m_list->itemData(i, ListIdRole).toLongLong() == 0)
            m_list->setItemText(i, tr("(a list that no longer exists)"));
    // Every row's operator column is as wide as its longest operator in any kind, so the
    // value editors line up under each other.
    QComboBox measure;
    measure.setFont(m_operator->font());
    for (const QString& text :
         {tr("is"), tr("is not"), tr("contains"), tr("does not contain"), tr("starts with"),
          tr("ends with"), tr("is empty"), tr("is not empty"), tr("contact is in", "list"),
          tr("contact is not in", "list"), tr("contact has", "tag"),
          tr("contact does not have", "tag"), tr("in the last"), tr("before"), tr("after")})
        measure.addItem(text);
    m_operator->setMinimumWidth(measure.sizeHint().width());
}

// ---------------------------------------------------------------------------------------
// SegmentGroupEditor

SegmentGroupEditor::SegmentGroupEditor(SegmentChoices& choices, int depth, QWidget* parent)
    : QFrame(parent)
    , m_choices(choices)
    , m_depth(depth)
    , m_matchLead(new QLabel(this))
    , m_match(new QComboBox(this))
    , m_matchTail(new QLabel(this))
    , m_problem(problemLabel(this))
    , m_body(new QVBoxLayout)
    , m_empty(new QLabel(this))
    , m_addRule(new QToolButton(this))
    , m_addGroup(new QToolButton(this))
{
    setObjectName(depth == 1 ? QStringLiteral("topGroup") : QStringLiteral("nestedGroup"));
    m_match->setObjectName(QStringLiteral("matchCombo"));
    m_match->addItem(QString(), int(SegmentRule::Match::All));
    m_match->addItem(QString(), int(SegmentRule::Match::Any));
    m_match->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_matchLead->setBuddy(m_match);
    m_addRule->setObjectName(QStringLiteral("addRuleButton"));
    m_addGroup->setObjectName(QStringLiteral("addGroupButton"));
    for (QToolButton* b : {m_addRule, m_addGroup}) {
        b->setIcon(QIcon(QStringLiteral(":/icons/list-add.svg")));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
    }
    m_addGroup->setEnabled(depth < SegmentRule::MaxDepth);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_matchLead);
    header->addWidget(m_match);
    header->addWidget(m_matchTail);
    header->addStretch(1);
    header->addWidget(m_problem);
    if (depth > 1) {
        m_remove = makeRemoveButton(this);
        header->addWidget(m_remove);
        connect(m_remove, &QToolButton::clicked, this, &SegmentGroupEditor::removeRequested);
    }
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    footer->addWidget(m_addRule);
    footer->addWidget(m_addGroup);
    footer->addStretch(1);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(6);
    m_body->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    if (depth > 1) {
        // Nested: a light frame on a slightly different background, so where a group ends
        // is clear without drawing attention.
        setFrameShape(QFrame::StyledPanel);
        setFrameShadow(QFrame::Plain);
        setBackgroundRole(QPalette::AlternateBase);
        setAutoFillBackground(true);
        layout->setContentsMargins(10, 6, 6, 4);
    } else {
        layout->setContentsMargins(0, 0, 0, 0);
    }
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(m_body);
    layout->addLayout(footer);

    connect(m_match, &QComboBox::currentIndexChanged, this, [this] {
        updateConnectives();
        emit changed();
    });
    connect(m_addRule, &QToolButton::clicked, this, [this] {
        SegmentRuleRow* row = addRule();
        emit changed();
        row->kindCombo()->setFocus(Qt::TabFocusReason);
    });
    connect(m_addGroup, &QToolButton::clicked, this, [this] {
        SegmentGroupEditor* group = addGroup();
        // A new group starts with one rule to fill in, like a new segment.
        SegmentRuleRow* row = group->addRule();
        emit changed();
        row->kindCombo()->setFocus(Qt::TabFocusReason);
    });
    retranslate();
}

void SegmentGroupEditor::addItem(SegmentRuleRow* row, SegmentGroupEditor* group)
{
    auto* holder = new QWidget(this);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* connective = new QLabel(holder);
    connective->setObjectName(QStringLiteral("connective"));
    connective->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(connective, 0, group ? Qt::AlignTop | Qt::AlignRight : Qt::AlignRight);
    QWidget* content = row ? static_cast<QWidget*>(row) : group;
    content->setParent(holder);
    layout->addWidget(content, 1);
    m_body->addWidget(holder);
    holder->show(); // now, not on the next turn of the event loop: focus can go there at once
    m_items.append({holder, connective, row, group});
    m_empty->hide();
    if (row) {
        connect(row, &SegmentRuleRow::changed, this, &SegmentGroupEditor::changed);
        connect(row, &SegmentRuleRow::removeRequested, this, [this, row] { removeItem(row); });
    } else {
        connect(group, &SegmentGroupEditor::changed, this, &SegmentGroupEditor::changed);
        connect(group, &SegmentGroupEditor::structureChanged, this,
                &SegmentGroupEditor::structureChanged);
        connect(group, &SegmentGroupEditor::removeRequested, this,
                [this, group] { removeItem(group); });
    }
    updateConnectives();
    emit structureChanged();
}

SegmentRuleRow* SegmentGroupEditor::addRule()
{
    auto* row = new SegmentRuleRow(m_choices, this);
    addItem(row, nullptr);
    return row;
}

SegmentGroupEditor* SegmentGroupEditor::addGroup()
{
    if (m_depth >= SegmentRule::MaxDepth)
        return nullptr;
    auto* group = new SegmentGroupEditor(m_choices, m_depth + 1, this);
    addItem(nullptr, group);
    return group;
}

void SegmentGroupEditor::removeItem(QWidget* which)
{
    for (int i = 0; i < m_items.size(); ++i) {
        const Item item = m_items.at(i);
        if (item.row != which && item.group != which)
            continue;
        const bool hadFocus = item.holder->isAncestorOf(QApplication::focusWidget());
        m_items.removeAt(i);
        item.holder->hide();
        item.holder->deleteLater();
        if (hadFocus) { // keep the keyboard user where they were: the next rule, or "Add rule"
            if (i < m_items.size())
                (m_items.at(i).row ? m_items.at(i).row->kindCombo()
                                   : m_items.at(i).group->matchCombo())
                    ->setFocus(Qt::TabFocusReason);
            else
                m_addRule->setFocus(Qt::TabFocusReason);
        }
        m_empty->setVisible(m_items.isEmpty());
        updateConnectives();
        emit structureChanged();
        emit changed();
        return;
    }
}

void SegmentGroupEditor::clear()
{
    for (const Item& item : std::as_const(m_items))
        delete item.holder;
    m_items.clear();
    m_empty->show();
    emit structureChanged();
}

QList<QWidget*> SegmentGroupEditor::items() const
{
    QList<QWidget*> out;
    for (const Item& item : m_items)
        out << (item.row ? static_cast<QWidget*>(item.row) : item.group);
    return out;
}

void SegmentGroupEditor::updateConnectives()
{
    const QString word =
        m_match->currentData().toInt() == int(SegmentRule::Match::Any) ? tr("or") : tr("and");
    const QFontMetrics fm(font());
    const int width = std::max(fm.horizontalAdvance(tr("and")), fm.horizontalAdvance(tr("or"))) + 8;
    for (int i = 0; i < m_items.size(); ++i) {
        QLabel* label = m_items.at(i).connective;
        label->setText(i == 0 ? QString() : word);
        label->setFixedWidth(width);
        if (m_items.at(i).group) // in line with the group's first line
            label->setContentsMargins(0, m_match->sizeHint().height() / 2 - fm.height() / 2 + 6, 0,
                                      0);
    }
}

SegmentRule SegmentGroupEditor::rule() const
{
    QVector<SegmentRule> children;
    for (const Item& item : m_items)
        children << (item.row ? item.row->rule() : item.group->rule());
    return SegmentRule::group(SegmentRule::Match(m_match->currentData().toInt()), children);
}

void SegmentGroupEditor::setRule(const SegmentRule& r)
{
    const QSignalBlocker blocker(this);
    clear();
    if (r.kind != SegmentRule::Kind::Group) {
        m_match->setCurrentIndex(0);
        addRule()->setRule(r);
        return;
    }
    m_match->setCurrentIndex(std::max(0, m_match->findData(int(r.match))));
    for (const SegmentRule& child : r.children) {
        if (child.kind == SegmentRule::Kind::Group && m_depth < SegmentRule::MaxDepth)
            addGroup()->setRule(child);
        else if (child.kind != SegmentRule::Kind::Group)
            addRule()->setRule(child);
    }
    updateConnectives();
}

QString SegmentGroupEditor::problem(bool* pending)
{
    if (m_depth > 1 && m_items.isEmpty()) {
        const QString message = tr("A group has no rules: add a rule to it, or remove the group.");
        m_problem->setToolTip(message);
        m_problem->show();
        *pending = false;
        return message;
    }
    for (const Item& item : std::as_const(m_items)) {
        if (item.row) {
            const QString message = item.row->problem();
            if (!message.isEmpty()) {
                *pending = !item.row->touched();
                if (!*pending) // a rule just added is not wrong yet: no warning sign on it
                    item.row->showProblem(message);
                return message;
            }
        } else if (QString message = item.group->problem(pending); !message.isEmpty()) {
            return message;
        }
    }
    return {};
}

void SegmentGroupEditor::clearProblems()
{
    m_problem->hide();
    for (const Item& item : std::as_const(m_items)) {
        if (item.row)
            item.row->showProblem({});
        else
            item.group->clearProblems();
    }
}

QWidget* SegmentGroupEditor::itemAt(const QString& path, const QString& prefix)
{
    for (int i = 0; i < m_items.size(); ++i) {
        const QString own = prefix.isEmpty() ? QStringLiteral("rules[%1]").arg(i)
                                             : QStringLiteral("%1.rules[%2]").arg(prefix).arg(i);
        if (path != own && !path.startsWith(own + QLatin1Char('.')))
            continue;
        if (SegmentGroupEditor* group = m_items.at(i).group) {
            QWidget* inner = group->itemAt(path, own);
            return inner ? inner : group;
        }
        return m_items.at(i).row;
    }
    return nullptr;
}

QList<QWidget*> SegmentGroupEditor::focusChain() const
{
    QList<QWidget*> chain{m_match};
    if (m_remove)
        chain << m_remove;
    for (const Item& item : m_items)
        chain << (item.row ? item.row->focusChain() : item.group->focusChain());
    chain << m_addRule << m_addGroup;
    return chain;
}

void SegmentGroupEditor::retranslate()
{
    //: "Match [all|any] of these rules": the words before the choice
    m_matchLead->setText(m_depth == 1 ? tr("Contacts that match") : tr("Match"));
    //: "Match [all|any] of these rules": the choice
    m_match->setItemText(0, tr("all"));
    m_match->setItemText(1, tr("any"));
    //: "Match [all|any] of these rules": the words after the choice
    m_matchTail->setText(tr("of these rules:"));
    m_match->setAccessibleName(tr("Match all or any of the rules"));
    m_addRule->setText(tr("Add rule"));
    m_addGroup->setText(tr("Add group"));
    m_addRule->setToolTip(tr("Add a rule to this group"));
    m_addGroup->setToolTip(
        m_depth < SegmentRule::MaxDepth
            ? tr("Add a group of rules with its own “all” or “any”")
            : tr("Groups can be nested at most %1 deep.").arg(SegmentRule::MaxDepth));
    if (m_remove) {
        m_remove->setToolTip(tr("Remove this group and its rules"));
        m_remove->setAccessibleName(tr("Remove this group and its rules"));
    }
    m_empty->setText(m_depth == 1 ? tr("No rules yet. Add a rule to choose which contacts "
                                       "belong to the segment.")
                                  : tr("No rules in this group yet."));
    updateConnectives();
}

// ---------------------------------------------------------------------------------------
// SegmentBuilder

SegmentBuilder::SegmentBuilder(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("segmentBuilder"));
    for (const ContactListInfo& list : workspace.lists().all())
        m_choices.lists.append({list.id, list.uuid, list.name});
    m_choices.tags = workspace.tags().allTags();
    m_choices.customFields = workspace.contacts().customFieldNames();

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("segmentRules"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 10, 10, 10);
    m_root = new SegmentGroupEditor(m_choices, 1, content);
    contentLayout->addWidget(m_root);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    // Deeply nested groups in a narrow window can still be reached.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_root, &SegmentGroupEditor::changed, this, &SegmentBuilder::changed);
    connect(m_root, &SegmentGroupEditor::structureChanged, this, [this] {
        chainTabOrder();
        // Keep a rule just added in view.
        if (QWidget* focus = QApplication::focusWidget(); focus && m_root->isAncestorOf(focus))
            m_scroll->ensureWidgetVisible(focus);
    });
    chainTabOrder();
}

SegmentRule SegmentBuilder::rules() const
{
    return m_root->rule();
}

void SegmentBuilder::setRules(const SegmentRule& rules)
{
    m_root->setRule(rules);
    chainTabOrder();
    emit changed();
}

QString SegmentBuilder::problem(bool* pending)
{
    bool dummy = false;
    bool* p = pending ? pending : &dummy;
    *p = false;
    m_root->clearProblems();
    const QString own = m_root->problem(p);
    if (!own.isEmpty())
        return own;
    // Anything the rows do not check themselves (the number of rules, …): the model's word.
    const Result<void> valid = rules().validate();
    if (valid.ok())
        return {};
    if (auto* row = qobject_cast<SegmentRuleRow*>(m_root->itemAt(valid.error().field, {})))
        row->showProblem(valid.errorMessage());
    return valid.errorMessage();
}

void SegmentBuilder::chainTabOrder()
{
    const QList<QWidget*> chain = m_root->focusChain();
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void SegmentBuilder::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (auto* row : findChildren<SegmentRuleRow*>())
            row->retranslate();
        for (auto* group : findChildren<SegmentGroupEditor*>())
            group->retranslate();
    }
    QWidget::changeEvent(event);
}
