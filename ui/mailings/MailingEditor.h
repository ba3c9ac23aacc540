#pragma once

#include "Audience.h"
#include "Contact.h"
#include "Mailing.h"
#include "MailingPlanner.h"

#include <QHash>
#include <QWidget>
#include <optional>

class BackgroundCounter;
class HtmlPreview;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTableWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;
class Workspace;

// One mailing open (issue 10): the form of a draft (name, subject, preheader, sender,
// template, audience, tracking, send time) next to three tabs: the pre-send checklist with
// the Schedule button, the recipients (counted on a worker thread, with who is left out
// and why; the frozen list once sealed) and a preview for any recipient.
//
// A draft is saved by itself like a template: AutosaveIdleMs after typing stops, at least
// every AutosaveMaxDelayMs while it goes on, and when the editor is hidden or another
// mailing opens. A field that cannot be saved (an empty or taken name, an address that is
// not one) is held back with a note while the rest is saved. A sealed mailing opens read
// only, with a banner offering a copy.
class MailingEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutosaveIdleMs = 1500;
    static constexpr int AutosaveMaxDelayMs = 4000;
    static constexpr int ChecksDelayMs = 300;
    static constexpr int RecountDelayMs = 250;
    static constexpr int RecipientPageSize = 100;

    explicit MailingEditor(Workspace& workspace, QWidget* parent = nullptr);
    ~MailingEditor() override;

    // Saves what is pending for the open mailing, then shows this one.
    bool open(qint64 mailingId);
    qint64 mailingId() const { return m_mailing ? m_mailing->id : 0; }
    // As last saved (none when nothing is open).
    std::optional<Mailing> mailing() const { return m_mailing; }
    // Writes pending edits now. False when the store refused them.
    bool flush();
    bool hasUnsavedChanges() const { return m_dirty; }
    bool isSealed() const { return m_mailing && m_mailing->isSealed(); }
    // The checklist as shown (the audience's count from the worker thread, or "counting").
    const Checklist& checklist() const { return m_checklist; }
    std::optional<RecipientCount> recipientCount() const { return m_count; }
    bool isCounting() const;

    // The widgets, for the window and the tests.
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QLineEdit* preheaderEdit() const { return m_preheader; }
    QLineEdit* fromNameEdit() const { return m_fromName; }
    QLineEdit* fromEmailEdit() const { return m_fromEmail; }
    QLineEdit* replyToEdit() const { return m_replyTo; }
    QComboBox* templateCombo() const { return m_template; }
    QListWidget* includeList() const { return m_include; }
    QListWidget* excludeList() const { return m_exclude; }
    QCheckBox* openTrackingCheck() const { return m_openTracking; }
    QCheckBox* clickTrackingCheck() const { return m_clickTracking; }
    QRadioButton* asapRadio() const { return m_asap; }
    QRadioButton* atRadio() const { return m_at; }
    QDateTimeEdit* scheduleEdit() const { return m_scheduleEdit; }
    QComboBox* timeZoneCombo() const { return m_timeZone; }
    QPushButton* scheduleButton() const { return m_scheduleButton; }
    QFrame* sealedBanner() const { return m_banner; }
    QPushButton* copyButton() const { return m_copyButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QLabel* saveStateLabel() const { return m_saveState; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* recipientsHeadline() const { return m_countHeadline; }
    QTableWidget* recipientTable() const { return m_recipientTable; }
    QLineEdit* recipientFilter() const { return m_recipientFilter; }
    QLineEdit* previewContactEdit() const { return m_previewContact; }
    HtmlPreview* preview() const { return m_preview; }
    QPlainTextEdit* previewText() const { return m_previewText; }
    QLabel* envelopeLabel() const { return m_envelope; }
    // The number shown for a reason a contact is left out: "notSubscribed", "suppressed",
    // "excluded", "deleted", or a consent state ("pending", "unsubscribed", …).
    QString shownExcluded(const QString& reason) const;

    // The lists and segments ticked now (saved with the next autosave).
    Audience chosenAudience() const { return typedAudience(); }
    // Ticks a list or segment (by uuid) to include or to leave out, as a click would.
    bool setAudienceItem(const QString& uuid, bool exclude, bool checked);
    // Preview as this contact or recipient (by e-mail); false when there is none.
    bool previewFor(const QString& email);
    void updateChecklistNow();
    void updatePreviewNow();

public slots:
    // Asks for confirmation with the recipient count and time, then schedules (seals).
    bool scheduleMailing();
    // Another program or another part of the app changed the open mailing.
    void reloadIfChangedElsewhere();
    // Templates, lists or segments changed: the choices are filled again.
    void refreshChoices();
    // Contacts or consent changed, or the audience: count again (on the worker thread).
    void recount();
    // Settings changed (the sender profile): the placeholders and the checklist follow.
    void settingsChanged();

signals:
    void message(const QString& text);
    void backRequested();
    void copyRequested(qint64 mailingId);
    void cancelRequested(qint64 mailingId);
    void settingsRequested();
    void templateRequested(qint64 templateId);
    // A draft's audience was counted (the list shows the number).
    void recipientsCounted(qint64 mailingId, qint64 selected);

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void load(const Mailing& m);
    void edited();
    void audienceEdited(QListWidgetItem* item);
    void nameEdited();
    void addressEdited(QLineEdit* edit, QLabel* problem);
    // As typed (what the checklist and the preview judge) and as it can be saved.
    Mailing typed() const;
    Mailing savable() const;
    Audience typedAudience() const;
    bool write();
    void updateSaveState();
    void updateReadOnly();
    void updateSenderPlaceholders();
    void updateSubjectPlaceholder();
    void fillTemplates();
    void fillAudience(const Audience& chosen);
    void showCount();
    void showChecklist();
    void showSealedRecipients();
    void searchPreviewContacts(const QString& text);
    void fillFieldMenu();
    std::optional<qint64> typedScheduleAt() const;
    QString typedTimeZone() const;
    void selectTimeZone(const QString& zone);

    Workspace& m_workspace;
    BackgroundCounter* m_counter;
    std::optional<Mailing> m_mailing; // as last saved
    bool m_loading = false;
    bool m_dirty = false;
    bool m_saving = false;
    qint64 m_dirtySince = 0;
    qint64 m_savedAt = 0;
    QString m_saveError;
    std::optional<Audience> m_countedAudience; // the request whose answer is awaited
    std::optional<RecipientCount> m_count;
    QString m_countError;
    Checklist m_checklist;
    Contact m_previewPerson;
    bool m_previewChosen = false;
    int m_recipientOffset = 0;
    bool m_scheduling = false;
    QHash<QString, QLabel*> m_reasonValues; // what the breakdown shows, by reason

    // Header.
    QToolButton* m_back;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    QLabel* m_saveState;
    QLabel* m_stateBadge;
    // The banner of a sealed mailing.
    QFrame* m_banner;
    QLabel* m_bannerText;
    QPushButton* m_copyButton;
    QPushButton* m_cancelButton;

    // The form.
    QSplitter* m_split;
    QScrollArea* m_formScroll;
    QLabel* m_messageHeading;
    QLabel* m_subjectLabel;
    QLineEdit* m_subject;
    QToolButton* m_fieldButton;
    QLabel* m_preheaderLabel;
    QLineEdit* m_preheader;
    QLabel* m_preheaderHint;
    QLabel* m_templateLabel;
    QComboBox* m_template;
    QPushButton* m_openTemplate;
    QLabel* m_senderHeading;
    QLabel* m_fromNameLabel;
    QLineEdit* m_fromName;
    QLabel* m_fromEmailLabel;
    QLineEdit* m_fromEmail;
    QLabel* m_fromProblem;
    QLabel* m_replyToLabel;
    QLineEdit* m_replyTo;
    QLabel* m_replyProblem;
    QLabel* m_senderHint;
    QLabel* m_audienceHeading;
    QLabel* m_includeLabel;
    QLabel* m_excludeLabel;
    QListWidget* m_include;
    QListWidget* m_exclude;
    QLabel* m_audienceHint;
    QLabel* m_trackingHeading;
    QCheckBox* m_openTracking;
    QLabel* m_openHint;
    QCheckBox* m_clickTracking;
    QLabel* m_clickHint;
    QLabel* m_whenHeading;
    QRadioButton* m_asap;
    QRadioButton* m_at;
    QDateTimeEdit* m_scheduleEdit;
    QLabel* m_zoneLabel;
    QComboBox* m_timeZone;

    // The tabs.
    QTabWidget* m_tabs;
    // Checklist.
    QLabel* m_checklistIntro;
    QLabel* m_sealedInfo;
    QWidget* m_checklistItems;
    QVBoxLayout* m_checklistLayout;
    QLabel* m_scheduleNote;
    QPushButton* m_scheduleButton;
    // Recipients.
    QLabel* m_countHeadline;
    QLabel* m_countSub;
    QLabel* m_countBusy;
    QLabel* m_filterHint;
    QWidget* m_breakdown;
    QGridLayout* m_breakdownLayout;
    QWidget* m_sealedRecipients;
    QLineEdit* m_recipientFilter;
    QTableWidget* m_recipientTable;
    QPushButton* m_previousPage;
    QPushButton* m_nextPage;
    QLabel* m_pageLabel;
    // Preview.
    QLabel* m_previewForLabel;
    QLineEdit* m_previewContact;
    QLabel* m_envelope;
    QTabWidget* m_previewTabs;
    HtmlPreview* m_preview;
    QPlainTextEdit* m_previewText;

    QTimer* m_autosave;
    QTimer* m_checksTimer;
    QTimer* m_recountTimer;
    QTimer* m_contactTimer;
    QTimer* m_filterTimer;
};
