#include "ui/migrationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/report/migrationreport.h"

namespace ps {

MigrationDialog::MigrationDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_from(new QComboBox(this)),
      m_verdict(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_report(new QPlainTextEdit(this)), m_apply(new QPushButton(tr("&Apply Migration"), this))
{
    setWindowTitle(tr("Migrate to ClusterNetworkPolicy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Calico 3.32 enforces ClusterNetworkPolicy and no longer AdminNetworkPolicy or "
           "BaselineAdminNetworkPolicy. This rewrites the %n admin policy(ies) of the workspace "
           "and proves the result: the workspace as the release below evaluates it is compared, "
           "flow by flow, with the migrated one as Calico 3.32 evaluates it.",
            nullptr, int(sourcesIn(workspace))),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Migrate &from Calico:"), this);
    fromLabel->setBuddy(m_from);
    const CalicoVersion preferred = defaultMigrationSource(workspace->calicoVersion);
    for (const QString &name : calicoVersionNames()) {
        const std::optional<CalicoVersion> version = calicoVersionFromName(name);
        if (version && isMigrationSource(*version)) {
            m_from->addItem(name, int(*version));
            if (*version == preferred)
                m_from->setCurrentIndex(m_from->count() - 1);
        }
    }
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(m_progress);
    row->addStretch(1);
    layout->addLayout(row);
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setAccessibleName(tr("Migration report"));
    layout->addWidget(m_report, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    m_apply->setToolTip(tr("Replace the admin policies in the workspace by their "
                           "ClusterNetworkPolicies (undoable) and evaluate it as Calico 3.32"));
    layout->addWidget(buttons);

    connect(m_apply, &QPushButton::clicked, this, &MigrationDialog::applyMigration);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &MigrationDialog::run);
    connect(
        &m_watcher, &QFutureWatcher<AdminMigration>::finished, this, &MigrationDialog::onFinished);
    resize(860, 620);
    run();
}

MigrationDialog::~MigrationDialog()
{
    m_watcher.waitForFinished();
}

qsizetype MigrationDialog::sourcesIn(const Workspace &workspace)
{
    return std::count_if(workspace->adminPolicies.cbegin(), workspace->adminPolicies.cend(),
        [](const AdminPolicy &p) { return p.kind != ResourceKind::ClusterNetworkPolicy; });
}

void MigrationDialog::run()
{
    if (m_watcher.isRunning())
        return; // the choice is read again when this one ends
    m_apply->setEnabled(false);
    m_progress->setVisible(true);
    m_verdict->setText(tr("Rewriting and comparing every flow…"));
    const auto from = CalicoVersion(m_from->currentData().toInt());
    m_watcher.setFuture(QtConcurrent::run(
        [workspace = m_workspace, from] { return migrateAdminPolicies(workspace, from); }));
}

void MigrationDialog::onFinished()
{
    m_progress->setVisible(false);
    AdminMigration m = m_watcher.result();
    if (m.from != CalicoVersion(m_from->currentData().toInt())) {
        run(); // another release was chosen meanwhile
        return;
    }
    const qsizetype rewritten = m.rewrite.rewritten.size();
    if (m.equivalent()) {
        m_verdict->setText(tr("Equivalent: %n policy(ies) rewritten; no flow changes its "
                              "verdict.",
            nullptr, int(rewritten)));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    } else if (hasErrors(m.rewrite.problems)) {
        m_verdict->setText(tr("Not equivalent: some policies cannot be rewritten (they stay "
                              "as they are); see below."));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    } else if (!m.proved()) {
        m_verdict->setText(tr("Not proved: the workspace has no endpoints to compare flows "
                              "between. Open it with its pods and namespaces."));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #b25e00; }"));
    } else {
        m_verdict->setText(tr("Not equivalent: %n flow(s) change their verdict; see below "
                              "which rules decide them.",
            nullptr, int(m.diff.flows.size())));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    }
    m_report->setPlainText(migrationToText(m));
    m_apply->setEnabled(rewritten > 0);
    m_migration = std::move(m);
    Q_EMIT finished();
}

QString MigrationDialog::verdictText() const
{
    return m_verdict->text();
}

QString MigrationDialog::reportText() const
{
    return m_report->toPlainText();
}

void MigrationDialog::applyMigration()
{
    if (!m_migration || m_migration->rewrite.rewritten.isEmpty())
        return;
    if (!m_migration->equivalent()) {
        const QString question = tr("The migration is not proved equivalent: %1\n\nApply it "
                                    "anyway? (Edit ▸ Undo takes it back.)")
                                     .arg(m_verdict->text());
        const bool yes = m_confirm ? m_confirm(question)
                                   : QMessageBox::question(this, windowTitle(), question,
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes;
        if (!yes)
            return;
    }
    m_accepted = m_migration->rewrite.migrated;
    accept();
}

} // namespace ps
