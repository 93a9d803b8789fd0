#include "ui/flows/recommenddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/report/flowsreport.h"

namespace ps {

namespace {

// The host endpoints, in the namespace list.
constexpr int kHostEndpointsRow = 0;

} // namespace

RecommendDialog::RecommendDialog(std::shared_ptr<const PolicyEngine> engine, const QString &logPath,
    std::optional<QByteArray> data, QWidget *parent)
    : QDialog(parent), m_engine(std::move(engine)), m_path(logPath), m_data(std::move(data)),
      m_namespace(new QComboBox(this)), m_tier(new QComboBox(this)), m_by(new QComboBox(this)),
      m_global(new QCheckBox(tr("As StagedGlobalNetworkPolicy (&global)"), this)),
      m_run(new QPushButton(tr("&Recommend"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_verdict(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_policies(new QPlainTextEdit(this)), m_report(new QPlainTextEdit(this)),
      m_add(new QPushButton(tr("&Add to Workspace"), this)),
      m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    setWindowTitle(tr("Recommend Policies"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Staged policies that allow exactly the connections the log "
                                "observed as allowed, and nothing else, with the engine's proof."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_namespace->addItem(tr("(the host endpoints)"));
    QStringList namespaces;
    for (const Namespace &ns : m_engine->workspace()->namespaces)
        namespaces.append(ns.meta.name);
    namespaces.sort();
    m_namespace->addItems(namespaces);
    m_namespace->setCurrentIndex(namespaces.isEmpty() ? kHostEndpointsRow : 1);
    for (const OrderedTier &tier : m_engine->tiers()) {
        if (tier.defined || tier.name == u"default")
            m_tier->addItem(tier.name);
    }
    if (m_tier->findText(QStringLiteral("default")) < 0)
        m_tier->addItem(QStringLiteral("default"));
    m_tier->setCurrentText(QStringLiteral("default"));
    m_by->addItem(tr("Workload"), int(RecommendGrouping::Workload));
    m_by->addItem(tr("Service account"), int(RecommendGrouping::ServiceAccount));
    form->addRow(tr("&Endpoints of:"), m_namespace);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&One policy per:"), m_by);
    form->addRow(QString(), m_global);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    row->addWidget(m_run);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addStretch(1);
    layout->addLayout(row);
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);
    for (QPlainTextEdit *text : {m_policies, m_report}) {
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_policies->setAccessibleName(tr("Recommended policies"));
    m_report->setAccessibleName(tr("Proof and report"));
    m_tabs->addTab(m_policies, tr("Policies (YAML)"));
    m_tabs->addTab(m_report, tr("Proof"));
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    m_add->setEnabled(false);
    m_add->setToolTip(tr("Add the staged policies to the workspace (one undoable edit); they "
                         "enforce nothing until they are made real"));
    layout->addWidget(buttons);

    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    connect(m_run, &QPushButton::clicked, this, &RecommendDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &RecommendDialog::cancel);
    connect(m_add, &QPushButton::clicked, this, &RecommendDialog::addToWorkspace);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_namespace, &QComboBox::currentIndexChanged, this, [this](int row) {
        m_by->setEnabled(row != kHostEndpointsRow);
        m_global->setEnabled(row != kHostEndpointsRow);
    });
    connect(&m_watcher, &QFutureWatcher<FlowRecommendation>::finished, this,
        &RecommendDialog::onFinished);
    resize(900, 680);
}

RecommendDialog::~RecommendDialog()
{
    m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void RecommendDialog::run()
{
    if (m_watcher.isRunning())
        return;
    FlowRecommendOptions options;
    options.hostEndpoints = m_namespace->currentIndex() == kHostEndpointsRow;
    if (!options.hostEndpoints)
        options.namespace_ = m_namespace->currentText();
    options.tier = m_tier->currentText();
    options.grouping = RecommendGrouping(m_by->currentData().toInt());
    options.global = m_global->isChecked();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    options.read.progress
        = [cancelled = m_cancelled](qint64, qint64, qint64) { return !cancelled->load(); };
    options.computing = [cancelled = m_cancelled](int, int) { return !cancelled->load(); };
    m_run->setEnabled(false);
    m_add->setEnabled(false);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Reading the log, choosing selectors and proving…"));
    m_watcher.setFuture(
        QtConcurrent::run([engine = m_engine, path = m_path, data = m_data, options] {
            FlowLogReader reader;
            if (data) {
                reader.openData(*data, path);
            } else if (const Result<void> opened = reader.open(path); !opened) {
                FlowRecommendation failed;
                failed.error = opened.error().message;
                return failed;
            }
            return recommendFlows(*engine, reader, options);
        }));
}

void RecommendDialog::cancel()
{
    m_cancelled->store(true);
}

void RecommendDialog::onFinished()
{
    m_run->setEnabled(true);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    FlowRecommendation r = m_watcher.result();
    if (!r.error.isEmpty()) {
        m_verdict->setText(tr("No recommendation: %1").arg(r.error));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    } else if (r.cancelled) {
        m_verdict->setText(tr("Cancelled."));
    } else if (r.policies.isEmpty()) {
        m_verdict->setText(tr("No policy to recommend: the log observed no allowed connection "
                              "of these endpoints that a rule can name (see the proof)."));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #b25e00; }"));
    } else if (r.proven()) {
        m_verdict->setText(tr("Proven: %n staged policy(ies); every observed allowed connection "
                              "stays allowed and every denied one denied once they are "
                              "enforced. They also allow %1 connection(s) the log did not "
                              "observe (see the proof).",
            nullptr, int(r.policies.size()))
                               .arg(r.alsoAllowedTotal));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    } else {
        m_verdict->setText(tr("Not proven: %n staged policy(ies), but some observed connection "
                              "would change its verdict or a selector is not exact (see the "
                              "proof).",
            nullptr, int(r.policies.size())));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    }
    m_policies->setPlainText(QString::fromUtf8(flowRecommendationPolicies(r, false)));
    m_report->setPlainText(flowRecommendationToText(r));
    m_add->setEnabled(r.error.isEmpty() && !r.cancelled && !r.policies.isEmpty());
    m_result = std::move(r);
    Q_EMIT finished();
}

QString RecommendDialog::verdictText() const
{
    return m_verdict->text();
}

QString RecommendDialog::policiesText() const
{
    return m_policies->toPlainText();
}

QString RecommendDialog::reportText() const
{
    return m_report->toPlainText();
}

void RecommendDialog::addToWorkspace()
{
    if (!m_result || m_result->policies.isEmpty())
        return;
    m_accepted.clear();
    for (const RecommendedPolicy &p : m_result->policies)
        m_accepted.append(p.policy);
    accept();
}

} // namespace ps
