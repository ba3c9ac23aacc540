#pragma once

#include "Segment.h"

#include <QFrame>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;
class Workspace;

// What the rule editors offer: the store's lists, tags and custom field names, read once
// when the builder opens.
struct SegmentChoices
{
    struct List
    {
        qint64 id = 0;
        QString uuid;
        QString name;
    };
    QVector<List> lists;
    QStringList tags;
    QStringList customFields; // names, without "custom."
};

// One rule ("City contains Utrecht", "is in list Klanten", …): what it is about, an
// operator that fits, and a value editor that fits the operator.
class SegmentRuleRow : public QWidget
{
    Q_OBJECT

public:
    SegmentRuleRow(SegmentChoices& choices, QWidget* parent = nullptr);

    SegmentRule rule() const;
    void setRule(const SegmentRule& rule);

    // What keeps the rule from being used, in the user's words; empty when it can be.
    QString problem() const;
    void showProblem(const QString& message); // empty: clears the mark
    bool touched() const { return m_touched; }

    // Selects "what the rule is about" by its key: "field:first_name", "field:custom.NAME",
    // "list", "tag", "consent", "date:created_at", "date:updated_at", "date:subscribed_since".
    bool selectKind(const QString& key);
    QString kindKey() const;

    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* operatorCombo() const { return m_operator; }
    QLineEdit* textEdit() const { return m_text; }
    QComboBox* listCombo() const { return m_list; }
    QComboBox* tagCombo() const { return m_tag; }
    QComboBox* stateCombo() const { return m_state; }
    QSpinBox* daysSpin() const { return m_days; }
    QDateEdit* dateEdit() const { return m_date; }
    QToolButton* removeButton() const { return m_remove; }
    // The focusable editors in visual order (the builder chains them for Tab).
    QList<QWidget*> focusChain() const;

    void retranslate();

signals:
    void changed();
    void removeRequested();

private:
    enum class Category { Text, List, Tag, Consent, Date };
    static Category categoryOf(const QString& key);
    void fillKinds();
    void fillOperators(Category category);
    void fillStates();
    void kindChosen();
    void askCustomField();
    void updateValuePage();
    void edited();   // a value: the rule was touched
    void reshaped(); // the kind or operator
    QString kindLabel() const;

    SegmentChoices& m_choices;
    QComboBox* m_kind;
    QComboBox* m_operator;
    QStackedWidget* m_value;
    QLineEdit* m_text;
    QComboBox* m_list;
    QComboBox* m_tag;
    QComboBox* m_state;
    QWidget* m_daysPage;
    QSpinBox* m_days;
    QLabel* m_daysLabel;
    QDateEdit* m_date;
    QWidget* m_nothing;
    QLabel* m_problem;
    QToolButton* m_remove;
    Category m_category = Category::Text;
    QString m_lastKind; // the kind chosen before "Custom field…"
    bool m_touched = false;
    bool m_loading = false;
};

// A group: "Match all/any of these rules", its rules and groups, and buttons to add more.
// Nested groups are indented in a light frame.
class SegmentGroupEditor : public QFrame
{
    Q_OBJECT

public:
    SegmentGroupEditor(SegmentChoices& choices, int depth, QWidget* parent = nullptr);

    SegmentRule rule() const;
    void setRule(const SegmentRule& rule);
    int depth() const { return m_depth; }

    SegmentRuleRow* addRule();
    SegmentGroupEditor* addGroup();
    void clear();

    QComboBox* matchCombo() const { return m_match; }
    QToolButton* addRuleButton() const { return m_addRule; }
    QToolButton* addGroupButton() const { return m_addGroup; }
    QToolButton* removeButton() const { return m_remove; } // null for the top group
    // The direct rules and groups, in order: each is a SegmentRuleRow or SegmentGroupEditor.
    QList<QWidget*> items() const;

    // The first problem in the group, its rows marked; `pending`: only in rules the user has
    // not touched yet (a rule just added).
    QString problem(bool* pending);
    void clearProblems();
    // The row or group a validation path ("rules[1].rules[0].value") is about.
    QWidget* itemAt(const QString& path, const QString& prefix);
    QList<QWidget*> focusChain() const;

    void retranslate();

signals:
    void changed();
    void structureChanged(); // rows added or removed: the tab order follows
    void removeRequested();

private:
    struct Item
    {
        QWidget* holder;
        QLabel* connective; // "and" / "or" before every rule but the first
        SegmentRuleRow* row;
        SegmentGroupEditor* group;
    };
    void addItem(SegmentRuleRow* row, SegmentGroupEditor* group);
    void removeItem(QWidget* which);
    void updateConnectives();

    SegmentChoices& m_choices;
    int m_depth;
    QLabel* m_matchLead;
    QComboBox* m_match;
    QLabel* m_matchTail;
    QLabel* m_problem;
    QToolButton* m_remove = nullptr;
    QVBoxLayout* m_body;
    QLabel* m_empty;
    QToolButton* m_addRule;
    QToolButton* m_addGroup;
    QVector<Item> m_items;
};

// Edits a segment's rule tree (issue 10): the top group, its rules and nested groups.
// Values stay as typed. Emits changed() on every edit.
class SegmentBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentBuilder(Workspace& workspace, QWidget* parent = nullptr);

    // Always a group (the top one).
    SegmentRule rules() const;
    // A rule that is not a group becomes the top group's only rule.
    void setRules(const SegmentRule& rules);

    // What keeps the rules from being used, naming the rule in the user's words, with that
    // rule marked; empty when they can be used. `pending`: the problem is only that a rule
    // just added is not filled in yet.
    QString problem(bool* pending = nullptr);

    SegmentGroupEditor* rootGroup() const { return m_root; }
    const SegmentChoices& choices() const { return m_choices; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void chainTabOrder();

    SegmentChoices m_choices;
    QScrollArea* m_scroll;
    SegmentGroupEditor* m_root;
};
