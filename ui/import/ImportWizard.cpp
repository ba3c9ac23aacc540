#include "ImportWizard.h"

#include "ListRepository.h"
#include "Workspace.h"
#include "import/RecordSource.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace {

using T = ColumnMapping::Target;

constexpr int PreviewRows = 50;   // rows shown on the preview page
constexpr int RejectsShown = 500; // rejected rows listed in the wizard (all are saved)

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QLabel* wrappedLabel(QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    return label;
}

void setProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel* problemLabel(QWidget* parent, const QString& objectName)
{
    QLabel* label = wrappedLabel(parent, objectName);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

// "about 3 min left", for a progress line.
QString timeLeft(double seconds)
{
    if (seconds < 1)
        return ImportWizard::tr("almost done");
    if (seconds < 90)
        return ImportWizard::tr("about %n second(s) left", "", int(seconds + 0.5));
    return ImportWizard::tr("about %n minute(s) left", "", int(seconds / 60 + 0.5));
}

// A column's name as the user should see it: a vCard has no header row, so its columns
// are the fields they fill.
QString columnTitle(const ImportFile& file, const QString& header)
{
    if (file.kind() != ImportFile::Kind::VCard)
        return header;
    if (const auto target = ColumnMapping::targetFromName(header))
        return ColumnMapping::targetLabel(*target);
    return ImportWizard::tr("Other e-mail addresses");
}

QStringList columnTitles(const ImportFile& file, const QStringList& header)
{
    QStringList titles;
    for (const QString& h : header)
        titles << columnTitle(file, h);
    return titles;
}

// "less than a second", "12 seconds", "3 minutes".
QString duration(qint64 ms)
{
    if (ms < 1000)
        return ImportWizard::tr("less than a second");
    if (ms < 90'000)
        return ImportWizard::tr("%n second(s)", "", int((ms + 500) / 1000));
    return ImportWizard::tr("%n minute(s)", "", int((ms + 30'000) / 60'000));
}

// The table of rejected rows (line and problem) of a report.
void fillRejects(QTableWidget* table, const Importer::Report& report)
{
    const int shown = int(std::min<qsizetype>(report.rejects.size(), RejectsShown));
    table->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const auto& r = report.rejects.at(i);
        auto* line = new QTableWidgetItem(QString::number(r.line)); // as problems name lines
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 0, line);
        auto* reason = new QTableWidgetItem(r.reason);
        reason->setToolTip(r.reason);
        table->setItem(i, 1, reason);
        // The row as it is in the file, so the user sees whose row it is.
        QStringList values;
        for (const QString& f : r.fields)
            if (!f.trimmed().isEmpty())
                values << f.simplified();
        auto* row = new QTableWidgetItem(values.join(QStringLiteral(" · ")));
        row->setToolTip(values.join(QLatin1Char('\n')));
        table->setItem(i, 2, row);
    }
    table->setVisible(shown > 0);
}

QTableWidget* rejectsTable(QWidget* parent, const QString& objectName)
{
    auto* table = new QTableWidget(0, 3, parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(
        {ImportWizard::tr("Line"), ImportWizard::tr("Problem"), ImportWizard::tr("Row")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    table->setColumnWidth(1, 380);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->hide();
    return table;
}

// The counts of a report as a short form, for the check and the result.
QString summary(const Importer::Report& r)
{
    QStringList lines;
    const auto row = [&lines](const QString& label, qint64 n) {
        lines << QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>")
                     .arg(label.toHtmlEscaped(), number(n));
    };
    row(r.dryRun ? ImportWizard::tr("New contacts to add") : ImportWizard::tr("Contacts added"),
        r.added);
    row(r.dryRun ? ImportWizard::tr("Existing contacts to update")
                 : ImportWizard::tr("Existing contacts updated"),
        r.updated);
    row(ImportWizard::tr("Already in Sendtrix, unchanged"), r.unchanged);
    row(ImportWizard::tr("Rows rejected"), r.rejected);
    row(ImportWizard::tr("Not subscribed: unsubscribed earlier or on the suppression list"),
        r.suppressed);
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>")
        .arg(lines.join(QString()));
}

// What the chosen options do besides adding and updating, in sentences.
QString optionNotes(ImportWizard* wizard, const Importer::Report& r)
{
    const Importer::Options& o = wizard->options();
    QStringList notes;
    if (o.listId > 0) {
        QString name;
        for (const auto& list : wizard->workspace().lists().all())
            if (list.id == o.listId)
                name = list.name;
        notes << (r.dryRun ? ImportWizard::tr("The imported contacts will be added to the list "
                                              "“%1”.")
                           : ImportWizard::tr("The imported contacts were added to the list "
                                              "“%1”."))
                     .arg(name);
    }
    if (o.consentBasis) {
        const QString source = o.consentDetail.isEmpty() ? o.fileName : o.consentDetail;
        notes << (r.dryRun ? ImportWizard::tr("Their newsletter consent will be recorded with "
                                              "“%1” as its source, except for people who "
                                              "unsubscribed or are on the suppression list.")
                           : ImportWizard::tr("Their newsletter consent was recorded with “%1” "
                                              "as its source, except for people who "
                                              "unsubscribed or are on the suppression list."))
                     .arg(source);
    }
    QString html;
    for (const QString& n : notes)
        html += QStringLiteral("<p>%1</p>").arg(n.toHtmlEscaped());
    return html;
}

// ---------------------------------------------------------------------------------------

class FileStep : public QWizardPage
{
public:
    explicit FileStep(ImportWizard* wizard)
        : m_wizard(wizard)
        , m_path(new QLineEdit(this))
        , m_problem(problemLabel(this, QStringLiteral("fileProblem")))
    {
        setTitle(ImportWizard::tr("Choose a file"));
        setSubTitle(ImportWizard::tr(
            "Import contacts from a CSV file (from Excel, Outlook, Google Contacts or "
            "Mailchimp) or a vCard file. Nothing is changed until you confirm the import."));
        m_path->setObjectName(QStringLiteral("importPath"));
        m_path->setPlaceholderText(ImportWizard::tr("File to import"));
        m_path->setClearButtonEnabled(true);
        auto* browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        browse->setObjectName(QStringLiteral("browseButton"));
        connect(browse, &QPushButton::clicked, this, [this] {
            QString start =
                m_path->text().isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                    : QFileInfo(path()).absolutePath();
            if (!QFileInfo(start).isDir())
                start = QDir::homePath();
            const QString chosen =
                QFileDialog::getOpenFileName(this, ImportWizard::tr("Import contacts"),
                                             QDir(start).absolutePath(), ImportFile::fileFilter());
            if (!chosen.isEmpty())
                m_path->setText(QDir::toNativeSeparators(chosen));
        });
        connect(m_path, &QLineEdit::textChanged, this, [this] {
            const QString p = path();
            setProblem(
                m_problem,
                p.isEmpty() || QFileInfo(p).isFile() ? QString()
                : QFileInfo(p).isDir()
                    ? ImportWizard::tr("%1 is a folder: choose a file in it.")
                          .arg(QDir::toNativeSeparators(p))
                    : ImportWizard::tr("There is no file %1.").arg(QDir::toNativeSeparators(p)));
            emit completeChanged();
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addWidget(m_problem);
        layout->addStretch();
    }

    void setPath(const QString& path) { m_path->setText(QDir::toNativeSeparators(path)); }

    bool isComplete() const override { return QFileInfo(path()).isFile(); }

    bool validatePage() override
    {
        QString error;
        ImportFile file(path());
        if (!file.open(&error)) {
            setProblem(m_problem, error);
            return false;
        }
        m_wizard->file() = file;
        return true;
    }

private:
    QString path() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QLabel* m_problem;
};

// ---------------------------------------------------------------------------------------

class PreviewStep : public QWizardPage
{
public:
    explicit PreviewStep(ImportWizard* wizard)
        : m_wizard(wizard)
        , m_readAs(new QWidget(this))
        , m_encoding(new QComboBox(this))
        , m_delimiter(new QComboBox(this))
        , m_detected(wrappedLabel(this, QStringLiteral("importDetected")))
        , m_table(new QTableWidget(this))
        , m_problem(problemLabel(this, QStringLiteral("previewProblem")))
    {
        setTitle(ImportWizard::tr("Check how the file is read"));
        setSubTitle(ImportWizard::tr(
            "The first rows as Sendtrix reads them. If names show odd characters or everything "
            "is in one column, choose another encoding or delimiter."));
        m_encoding->setObjectName(QStringLiteral("importEncoding"));
        m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
        m_encoding->addItem(ImportWizard::tr("Detect automatically"));
        for (auto e : {TextSource::Encoding::Utf8, TextSource::Encoding::Windows1252,
                       TextSource::Encoding::Utf16LE, TextSource::Encoding::Utf16BE})
            m_encoding->addItem(TextSource::encodingName(e), int(e));
        m_delimiter->addItem(ImportWizard::tr("Detect automatically"));
        for (char d : {';', ',', '\t', '|'})
            m_delimiter->addItem(CsvReader::delimiterName(d), int(d));
        auto* form = new QFormLayout(m_readAs);
        form->setContentsMargins(0, 0, 0, 0);
        form->addRow(ImportWizard::tr("&Encoding:"), m_encoding);
        form->addRow(ImportWizard::tr("&Delimiter:"), m_delimiter);
        m_table->setObjectName(QStringLiteral("importPreview"));
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setWordWrap(false);
        m_table->horizontalHeader()->setDefaultSectionSize(130);
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_detected);
        layout->addWidget(m_readAs);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_problem);
        const auto changed = [this] {
            CsvReader::Options options;
            if (m_encoding->currentIndex() > 0)
                options.encoding = TextSource::Encoding(m_encoding->currentData().toInt());
            if (m_delimiter->currentIndex() > 0)
                options.delimiter = char(m_delimiter->currentData().toInt());
            m_wizard->file().setCsvOptions(options);
            reload();
        };
        connect(m_encoding, &QComboBox::activated, this, changed);
        connect(m_delimiter, &QComboBox::activated, this, changed);
    }

    void initializePage() override
    {
        const CsvReader::Options options = m_wizard->file().csvOptions();
        m_encoding->setCurrentIndex(options.encoding ? m_encoding->findData(int(*options.encoding))
                                                     : 0);
        m_delimiter->setCurrentIndex(
            options.delimiter ? m_delimiter->findData(int(*options.delimiter)) : 0);
        reload();
    }

    bool isComplete() const override { return m_ok; }

private:
    void reload()
    {
        m_ok = false;
        setProblem(m_problem, {});
        const ImportFile& file = m_wizard->file();
        m_readAs->setVisible(file.kind() == ImportFile::Kind::Csv);
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        QString error;
        auto reader = file.open(&error);
        RecordSource::Record record;
        if (reader && !reader->next(record))
            error =
                reader->error().isEmpty()
                    ? ImportWizard::tr("%1 is empty.").arg(QDir::toNativeSeparators(file.path()))
                    : reader->error();
        if (!reader || !error.isEmpty()) {
            m_detected->setText(QString());
            setProblem(m_problem, error);
            emit completeChanged();
            return;
        }
        m_wizard->header() = record.fields;
        m_wizard->samples().clear();
        const auto* csv = dynamic_cast<const CsvReader*>(reader.get());
        m_wizard->setDelimiter(csv ? csv->delimiter() : ';');
        m_detected->setText(ImportWizard::tr("<b>%1</b>: %2")
                                .arg(QFileInfo(file.path()).fileName().toHtmlEscaped(),
                                     ImportFile::describe(*reader).toHtmlEscaped()));
        m_table->setColumnCount(int(record.fields.size()));
        m_table->setHorizontalHeaderLabels(columnTitles(file, record.fields));
        int rows = 0;
        while (rows < PreviewRows && reader->next(record)) {
            m_table->insertRow(rows);
            m_table->setVerticalHeaderItem(rows,
                                           new QTableWidgetItem(QString::number(record.line)));
            for (int c = 0; c < record.fields.size() && c < m_table->columnCount(); ++c)
                m_table->setItem(rows, c, new QTableWidgetItem(record.fields.at(c)));
            m_wizard->samples().push_back(record.fields);
            ++rows;
        }
        // Wide enough for what is in them (an e-mail address), within reason.
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), 80, 260));
        if (!reader->error().isEmpty())
            setProblem(m_problem, reader->error());
        m_ok = true;
        emit completeChanged();
    }

    ImportWizard* m_wizard;
    QWidget* m_readAs;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_detected;
    QTableWidget* m_table;
    QLabel* m_problem;
    bool m_ok = false;
};

// ---------------------------------------------------------------------------------------

class MappingStep : public QWizardPage
{
public:
    explicit MappingStep(ImportWizard* wizard)
        : m_wizard(wizard)
        , m_table(new QTableWidget(0, 3, this))
        , m_problem(problemLabel(this, QStringLiteral("mappingProblem")))
    {
        setTitle(ImportWizard::tr("Match the columns"));
        setSubTitle(ImportWizard::tr(
            "Choose which contact field each column fills. Sendtrix has guessed from the "
            "column names; a column you do not need can be left out or kept as a custom "
            "field."));
        m_table->setObjectName(QStringLiteral("importMapping"));
        m_table->setHorizontalHeaderLabels({ImportWizard::tr("Column in the file"),
                                            ImportWizard::tr("Example"),
                                            ImportWizard::tr("Imports into")});
        m_table->verticalHeader()->hide();
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->setWordWrap(false);
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_problem);
    }

    void initializePage() override
    {
        const QStringList& header = m_wizard->header();
        // A new file, or the same one read differently: guess again.
        if (header != m_guessedFor) {
            m_wizard->mapping() = m_wizard->file().guessMapping(header);
            m_guessedFor = header;
        }
        const QStringList examples = exampleValues();
        m_combos.clear();
        m_table->setRowCount(int(header.size()));
        for (int i = 0; i < header.size(); ++i) {
            m_table->setItem(i, 0,
                             new QTableWidgetItem(columnTitle(m_wizard->file(), header.at(i))));
            auto* example = new QTableWidgetItem(examples.value(i));
            example->setForeground(palette().brush(QPalette::PlaceholderText));
            m_table->setItem(i, 1, example);
            auto* combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("mapColumn%1").arg(i));
            for (int t = int(T::Ignore); t <= int(T::Custom); ++t)
                combo->addItem(ColumnMapping::targetLabel(T(t)), t);
            combo->setCurrentIndex(
                combo->findData(int(m_wizard->mapping().columns().at(i).target)));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, i, combo] {
                // A field takes one column: the column that had it before is let go.
                m_wizard->mapping().setTarget(i, T(combo->currentData().toInt()));
                showMapping();
                check();
            });
            m_combos.push_back(combo);
            m_table->setCellWidget(i, 2, combo);
        }
        m_table->resizeColumnToContents(0);
        m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 220));
        check();
    }

    bool isComplete() const override { return m_ok; }

private:
    // The first non-empty value of each column in the first rows, to recognise it by.
    // (from the rows the preview read: the file is not read again)
    QStringList exampleValues() const
    {
        QStringList examples;
        for (const QStringList& fields : m_wizard->samples()) {
            for (int i = 0; i < fields.size(); ++i) {
                if (examples.size() <= i)
                    examples.resize(i + 1);
                if (examples.at(i).isEmpty())
                    examples[i] = fields.at(i).simplified();
            }
        }
        return examples;
    }

    void showMapping()
    {
        const auto& columns = m_wizard->mapping().columns();
        for (int i = 0; i < m_combos.size() && i < columns.size(); ++i) {
            const QSignalBlocker block(m_combos.at(i));
            m_combos.at(i)->setCurrentIndex(m_combos.at(i)->findData(int(columns.at(i).target)));
        }
    }

    void check()
    {
        QString problem;
        if (!m_wizard->mapping().hasEmail())
            problem = ImportWizard::tr("Choose the column that holds the e-mail address: "
                                       "without it no contact can be imported.");
        setProblem(m_problem, problem);
        m_ok = problem.isEmpty();
        emit completeChanged();
    }

    ImportWizard* m_wizard;
    QTableWidget* m_table;
    QLabel* m_problem;
    QStringList m_guessedFor;
    QVector<QComboBox*> m_combos;
    bool m_ok = false;
};

// ---------------------------------------------------------------------------------------

class OptionsStep : public QWizardPage
{
public:
    explicit OptionsStep(ImportWizard* wizard)
        : m_wizard(wizard)
        , m_policy(new QButtonGroup(this))
        , m_list(new QComboBox(this))
        , m_consent(new QCheckBox(this))
        , m_consentSource(new QLineEdit(this))
    {
        setTitle(ImportWizard::tr("Options"));
        setSubTitle(ImportWizard::tr("What to do with people already in Sendtrix, and with "
                                     "the new ones."));
        auto* duplicates = new QGroupBox(ImportWizard::tr("Contacts already in Sendtrix"), this);
        auto* dupLayout = new QVBoxLayout(duplicates);
        const struct
        {
            Importer::OnDuplicate policy;
            const char* name;
            QString text;
        } choices[] = {
            {Importer::OnDuplicate::Skip, "dupSkip", ImportWizard::tr("&Leave them as they are")},
            {Importer::OnDuplicate::Fill, "dupFill",
             ImportWizard::tr("&Fill in only their empty fields from the file")},
            {Importer::OnDuplicate::Overwrite, "dupOverwrite",
             ImportWizard::tr("&Overwrite their fields with the file's values")},
        };
        for (const auto& choice : choices) {
            auto* radio = new QRadioButton(choice.text, duplicates);
            radio->setObjectName(QLatin1String(choice.name));
            m_policy->addButton(radio, int(choice.policy));
            dupLayout->addWidget(radio);
        }
        m_policy->button(int(Importer::OnDuplicate::Skip))->setChecked(true);
        auto* sameAddress = wrappedLabel(duplicates);
        sameAddress->setText(ImportWizard::tr("A row is the same contact when it has the same "
                                              "e-mail address. Empty cells never erase "
                                              "anything."));
        sameAddress->setForegroundRole(QPalette::PlaceholderText);
        dupLayout->addWidget(sameAddress);

        auto* listBox = new QGroupBox(ImportWizard::tr("List"), this);
        auto* listLayout = new QFormLayout(listBox);
        m_list->setObjectName(QStringLiteral("importList"));
        listLayout->addRow(ImportWizard::tr("Add the imported contacts &to:"), m_list);
        connect(m_list, &QComboBox::activated, this, [this](int index) {
            if (m_list->itemData(index).toLongLong() != NewList)
                return;
            // A list for this import, made here: named after the file to start with.
            bool ok = false;
            const QString name = QInputDialog::getText(
                this, ImportWizard::tr("New list"), ImportWizard::tr("Name of the new list:"),
                QLineEdit::Normal, QFileInfo(m_wizard->file().path()).completeBaseName(), &ok);
            if (!ok || name.trimmed().isEmpty()) {
                m_list->setCurrentIndex(0);
                return;
            }
            auto created = m_wizard->workspace().createList(name.trimmed());
            if (!created.ok()) {
                QMessageBox::warning(this, ImportWizard::tr("New list"), created.errorMessage());
                m_list->setCurrentIndex(0);
                return;
            }
            fillLists(created.value().id);
        });

        auto* consentBox = new QGroupBox(ImportWizard::tr("Newsletter consent"), this);
        auto* consentLayout = new QVBoxLayout(consentBox);
        m_consent->setObjectName(QStringLiteral("importConsent"));
        m_consent->setText(ImportWizard::tr("These people &gave their consent to receive the "
                                            "newsletter"));
        m_consentSource->setObjectName(QStringLiteral("importConsentSource"));
        m_consentSource->setEnabled(false);
        auto* sourceForm = new QFormLayout;
        sourceForm->setContentsMargins(24, 0, 0, 0);
        sourceForm->addRow(ImportWizard::tr("&Where they gave it:"), m_consentSource);
        auto* never = wrappedLabel(consentBox, QStringLiteral("consentNote"));
        never->setText(ImportWizard::tr(
            "Consent is recorded for each new or not yet subscribed contact, with this file "
            "as its source. People who unsubscribed or are on the suppression list stay "
            "unsubscribed: an import never subscribes them again."));
        never->setForegroundRole(QPalette::PlaceholderText);
        connect(m_consent, &QCheckBox::toggled, m_consentSource, &QWidget::setEnabled);
        consentLayout->addWidget(m_consent);
        consentLayout->addLayout(sourceForm);
        consentLayout->addWidget(never);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(duplicates);
        layout->addWidget(listBox);
        layout->addWidget(consentBox);
        layout->addStretch();
    }

    void initializePage() override
    {
        // The list chosen before, or the one open in the contacts view.
        fillLists(m_list->count() > 0 ? m_list->currentData().toLongLong()
                                      : m_wizard->options().listId);
        m_consentSource->setPlaceholderText(
            ImportWizard::tr("e.g. sign-up form on the website; empty: %1")
                .arg(QFileInfo(m_wizard->file().path()).fileName()));
    }

    void fillLists(qint64 chosen)
    {
        m_list->clear();
        m_list->addItem(ImportWizard::tr("No list"), 0);
        for (const auto& list : m_wizard->workspace().lists().all())
            m_list->addItem(list.name, list.id);
        m_list->addItem(ImportWizard::tr("New list…"), NewList);
        m_list->setCurrentIndex(std::max(0, m_list->findData(chosen)));
    }

    bool validatePage() override
    {
        Importer::Options& o = m_wizard->options();
        o.onDuplicate = Importer::OnDuplicate(m_policy->checkedId());
        o.listId = std::max<qint64>(0, m_list->currentData().toLongLong());
        o.fileName = QFileInfo(m_wizard->file().path()).fileName();
        o.consentBasis.reset();
        o.consentDetail.clear();
        if (m_consent->isChecked()) {
            o.consentBasis = ConsentEvent::Basis::Consent;
            o.consentDetail = m_consentSource->text().trimmed();
        }
        return true;
    }

private:
    static constexpr qint64 NewList = -1;

    ImportWizard* m_wizard;
    QButtonGroup* m_policy;
    QComboBox* m_list;
    QCheckBox* m_consent;
    QLineEdit* m_consentSource;
};

// ---------------------------------------------------------------------------------------

// Shows a running import's progress: rows read, rows per second and the time left.
class ProgressView : public QWidget
{
public:
    ProgressView(ImportWizard* wizard, QWidget* parent, const QString& name)
        : QWidget(parent)
        , m_wizard(wizard)
        , m_bar(new QProgressBar(this))
        , m_status(wrappedLabel(this, name + QStringLiteral("Status")))
        , m_timer(new QTimer(this))
    {
        m_bar->setObjectName(name + QStringLiteral("Progress"));
        m_bar->setRange(0, 1000);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_bar);
        layout->addWidget(m_status);
        m_timer->setInterval(200);
        connect(m_timer, &QTimer::timeout, this, &ProgressView::update);
    }

    // `totalRows`: the rows the dry run counted (0 when not known).
    void start(qint64 totalRows, bool dryRun)
    {
        m_total = totalRows;
        m_dryRun = dryRun;
        m_clock.start();
        m_bar->setValue(0);
        m_status->setText(ImportWizard::tr("Starting…"));
        m_timer->start();
    }
    void stop() { m_timer->stop(); }

private:
    void update()
    {
        const qint64 rows = m_wizard->rowsDone();
        const double seconds = m_clock.elapsed() / 1000.0;
        double fraction = m_wizard->fractionDone();
        if (m_total > 0)
            fraction = std::min(1.0, double(rows) / double(m_total));
        m_bar->setValue(int(fraction * 1000));
        if (rows == 0 || seconds < 0.3)
            return;
        const double rate = rows / seconds;
        if (fraction >= 1.0) {
            m_status->setText(m_dryRun
                                  ? ImportWizard::tr("%1 rows read; finishing…").arg(number(rows))
                                  : ImportWizard::tr("%1 rows read; finishing (search "
                                                     "index, saving)…")
                                        .arg(number(rows)));
            return;
        }
        const double left = fraction > 0 ? seconds * (1 - fraction) / fraction : 0;
        m_status->setText(ImportWizard::tr("%1 rows · %2 rows per second · %3")
                              .arg(number(rows), number(qint64(rate)), timeLeft(left)));
    }

    ImportWizard* m_wizard;
    QProgressBar* m_bar;
    QLabel* m_status;
    QTimer* m_timer;
    QElapsedTimer m_clock;
    qint64 m_total = 0;
    bool m_dryRun = false;
};

// ---------------------------------------------------------------------------------------

class CheckStep : public QWizardPage
{
public:
    explicit CheckStep(ImportWizard* wizard)
        : m_wizard(wizard)
        , m_progress(new ProgressView(wizard, this, QStringLiteral("check")))
        , m_summary(wrappedLabel(this, QStringLiteral("checkSummary")))
        , m_rejects(rejectsTable(this, QStringLiteral("checkRejects")))
        , m_save(new QPushButton(ImportWizard::tr("&Save rejected rows…"), this))
        , m_problem(problemLabel(this, QStringLiteral("checkProblem")))
    {
        setTitle(ImportWizard::tr("What the import will do"));
        // Its Import button commits: after it there is no way back, only Stop.
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        m_save->setObjectName(QStringLiteral("saveRejectedButton"));
        m_save->hide();
        connect(m_save, &QPushButton::clicked, this,
                [this] { m_wizard->saveRejected(m_wizard->lastReport(), m_save); });
        auto* saveRow = new QHBoxLayout;
        saveRow->addStretch();
        saveRow->addWidget(m_save);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_summary);
        layout->addWidget(m_rejects, 1);
        layout->addLayout(saveRow);
        layout->addWidget(m_problem);
        layout->addStretch();
    }

    void initializePage() override
    {
        m_done = false;
        setSubTitle(ImportWizard::tr("Sendtrix reads the whole file as the import would, but "
                                     "changes nothing yet."));
        m_summary->clear();
        m_rejects->hide();
        m_save->hide();
        setProblem(m_problem, {});
        m_progress->show();
        m_progress->start(0, true);
        m_wizard->startImport(true, [this](const Importer::Report& report) { finished(report); });
    }

    void cleanupPage() override
    {
        // Back while checking: stop the check.
        if (m_wizard->importRunning())
            m_wizard->stopImport();
        m_progress->stop();
    }

    bool isComplete() const override { return m_done; }

private:
    void finished(const Importer::Report& report)
    {
        m_progress->stop();
        m_progress->hide();
        if (report.cancelled)
            return;
        setSubTitle(ImportWizard::tr("Sendtrix has read the whole file without changing "
                                     "anything. Check the counts, then import."));
        if (!report.error.isEmpty()) {
            setProblem(m_problem,
                       ImportWizard::tr("The file cannot be imported: %1").arg(report.error));
            return;
        }
        QString text = summary(report) + optionNotes(m_wizard, report);
        if (report.rejected > 0)
            text += QStringLiteral("<p>%1</p>")
                        .arg(ImportWizard::tr("Rejected rows are left out; the others are "
                                              "imported. Save them to correct them and import "
                                              "them later.")
                                 .toHtmlEscaped());
        m_summary->setText(text);
        fillRejects(m_rejects, report);
        m_save->setVisible(report.rejected > 0);
        const Importer::Options& o = m_wizard->options();
        if (report.added == 0 && report.updated == 0 && o.listId == 0 && !o.consentBasis) {
            setProblem(m_problem, ImportWizard::tr("There is nothing to import: every row is "
                                                   "already in Sendtrix as it is, or was "
                                                   "rejected."));
            return;
        }
        m_done = true;
        emit completeChanged();
    }

    ImportWizard* m_wizard;
    ProgressView* m_progress;
    QLabel* m_summary;
    QTableWidget* m_rejects;
    QPushButton* m_save;
    QLabel* m_problem;
    bool m_done = false;
};

// ---------------------------------------------------------------------------------------

class RunStep : public QWizardPage
{
public:
    explicit RunStep(ImportWizard* wizard)
        : m_wizard(wizard)
        , m_progress(new ProgressView(wizard, this, QStringLiteral("import")))
        , m_stop(new QPushButton(ImportWizard::tr("&Stop import"), this))
        , m_result(wrappedLabel(this, QStringLiteral("importResult")))
        , m_rejects(rejectsTable(this, QStringLiteral("importRejects")))
        , m_save(new QPushButton(ImportWizard::tr("&Save rejected rows…"), this))
    {
        setTitle(ImportWizard::tr("Importing"));
        setFinalPage(true);
        m_stop->setObjectName(QStringLiteral("stopImportButton"));
        m_save->setObjectName(QStringLiteral("saveRejectedButton"));
        m_save->hide();
        connect(m_stop, &QPushButton::clicked, this, [this] {
            m_stop->setEnabled(false);
            m_wizard->stopImport();
        });
        connect(m_save, &QPushButton::clicked, this,
                [this] { m_wizard->saveRejected(m_wizard->lastReport(), m_save); });
        auto* stopRow = new QHBoxLayout;
        stopRow->addStretch();
        stopRow->addWidget(m_stop);
        auto* saveRow = new QHBoxLayout;
        saveRow->addStretch();
        saveRow->addWidget(m_save);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addLayout(stopRow);
        layout->addWidget(m_result);
        layout->addWidget(m_rejects, 1);
        layout->addLayout(saveRow);
        layout->addStretch();
    }

    void initializePage() override
    {
        m_done = false;
        setSubTitle(ImportWizard::tr("You can stop at any moment: a stopped import changes "
                                     "nothing."));
        m_stop->setEnabled(true);
        m_stop->show();
        m_progress->start(m_wizard->lastReport().rows, false);
        wizard()->button(QWizard::CancelButton)->setEnabled(false);
        m_wizard->startImport(false, [this](const Importer::Report& report) { finished(report); });
    }

    bool isComplete() const override { return m_done; }

private:
    void finished(const Importer::Report& report)
    {
        m_progress->stop();
        m_progress->hide();
        m_stop->hide();
        m_done = true;
        if (report.cancelled) {
            setTitle(ImportWizard::tr("Import stopped"));
            setSubTitle(ImportWizard::tr("Nothing was changed."));
            m_result->setText(ImportWizard::tr("The import was stopped before it finished, so "
                                               "none of its rows were imported."));
        } else if (!report.error.isEmpty()) {
            setTitle(ImportWizard::tr("Import failed"));
            setSubTitle(ImportWizard::tr("Nothing was changed."));
            m_result->setText(
                ImportWizard::tr("Nothing was imported: %1").arg(report.error).toHtmlEscaped());
        } else {
            setTitle(ImportWizard::tr("Import finished"));
            setSubTitle(ImportWizard::tr("%Ln row(s) read in %1.", "", int(report.rows))
                            .arg(duration(report.elapsedMs)));
            m_result->setText(
                summary(report) + optionNotes(m_wizard, report) +
                QStringLiteral("<p>%1</p>")
                    .arg(ImportWizard::tr("Changed your mind? File → Undo last import removes "
                                          "the contacts it added and restores the ones it "
                                          "updated.")
                             .toHtmlEscaped()));
            fillRejects(m_rejects, report);
            m_save->setVisible(report.rejected > 0);
        }
        wizard()->button(QWizard::CancelButton)->setEnabled(true);
        emit completeChanged();
    }

    ImportWizard* m_wizard;
    ProgressView* m_progress;
    QPushButton* m_stop;
    QLabel* m_result;
    QTableWidget* m_rejects;
    QPushButton* m_save;
    bool m_done = false;
};

} // namespace

// ---------------------------------------------------------------------------------------

ImportWizard::ImportWizard(Workspace& workspace, const QString& path, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import contacts"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage); // after the import there is no way back
    auto* filePage = new FileStep(this);
    setPage(FilePage, filePage);
    setPage(PreviewPage, new PreviewStep(this));
    setPage(MappingPage, new MappingStep(this));
    setPage(OptionsPage, new OptionsStep(this));
    setPage(CheckPage, new CheckStep(this));
    setPage(ImportPage, new RunStep(this));
    if (!path.isEmpty()) {
        filePage->setPath(path);
        m_file = ImportFile(path);
        setStartId(PreviewPage);
    }
    resize(820, 620);
}

ImportWizard::~ImportWizard()
{
    m_stop = true;
    waitForWorker();
}

void ImportWizard::startImport(bool dryRun,
                               const std::function<void(const Importer::Report&)>& done)
{
    waitForWorker();
    m_stop = false;
    m_rows = 0;
    m_fraction = 0;
    Importer::Options options = m_options;
    options.dryRun = dryRun;
    const ImportFile file = m_file;
    const ColumnMapping mapping = m_mapping;
    const QString storePath = m_workspace.storePath();
    const QString actor = m_workspace.actor();
    m_worker = QThread::create([this, file, mapping, options, storePath, actor, done] {
        const Importer::Report report = file.importInto(storePath, actor, mapping, options,
                                                        [this](double fraction, qint64 rows) {
                                                            m_fraction = fraction;
                                                            m_rows = rows;
                                                            return !m_stop.load();
                                                        });
        QMetaObject::invokeMethod(
            this,
            [this, report, done] {
                waitForWorker();
                m_report = report;
                if (!report.dryRun && report.ok())
                    m_workspace.noticeChanges(); // the table and File → Undo show it now
                done(report);
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void ImportWizard::waitForWorker()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

void ImportWizard::reject()
{
    if (m_worker) {
        // Closing while it runs stops it; the store keeps what it had.
        m_stop = true;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        waitForWorker();
        QApplication::restoreOverrideCursor();
    }
    QWizard::reject();
}

void ImportWizard::saveRejected(const Importer::Report& report, QPushButton* button)
{
    const QFileInfo source(m_file.path());
    const QString suggested =
        source.absoluteDir().filePath(tr("%1 - rejected rows.csv").arg(source.completeBaseName()));
    QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested,
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const auto saved = ImportFile::saveRejected(path, m_header, report.rejects, delimiter());
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("Save rejected rows"), saved.errorMessage());
        return;
    }
    if (report.rejected > report.rejects.size())
        QMessageBox::information(this, tr("Save rejected rows"),
                                 tr("The first %1 of %2 rejected rows were saved.")
                                     .arg(number(report.rejects.size()), number(report.rejected)));
    // Said on the button itself: the file is there.
    if (button) {
        button->setText(tr("Saved as %1").arg(QFileInfo(path).fileName()));
        button->setToolTip(QDir::toNativeSeparators(path));
    }
}
