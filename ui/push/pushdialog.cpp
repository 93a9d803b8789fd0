#include "ui/push/pushdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QFile>
#include <QStandardPaths>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/agent/agentcredentials.h"
#include "core/io/writer.h"
#include "core/push/kubeconfig.h"
#include "core/report/etcdpushreport.h"
#include "core/report/kubepushreport.h"
#include "core/report/pushreport.h"

namespace ps {

namespace {

// Where the targets are remembered (never a password or a token).
const QString kSettingsGroup = QStringLiteral("push");
const QString kRollbackFileName = QStringLiteral(".policy-studio-etcd-rollback.json");

QString actionText(ResourceChange::Action action)
{
    switch (action) {
    case ResourceChange::Action::Create:
        return PushDialog::tr("create");
    case ResourceChange::Action::Update:
        return PushDialog::tr("update");
    case ResourceChange::Action::Delete:
        return PushDialog::tr("delete");
    case ResourceChange::Action::Unchanged:
        break;
    }
    return PushDialog::tr("unchanged");
}

QString resultText(PushOutcome::Status status, ResourceChange::Action action)
{
    if (action == ResourceChange::Action::Unchanged)
        return PushDialog::tr("unchanged");
    switch (status) {
    case PushOutcome::Status::Applied:
        return PushDialog::tr("applied");
    case PushOutcome::Status::DryRun:
        return PushDialog::tr("planned");
    case PushOutcome::Status::Failed:
        break;
    }
    return PushDialog::tr("not applied");
}

QColor actionColor(ResourceChange::Action action)
{
    switch (action) {
    case ResourceChange::Action::Create:
        return {0x2e, 0x7d, 0x32};
    case ResourceChange::Action::Delete:
        return {0xc6, 0x28, 0x28};
    case ResourceChange::Action::Update:
        return {0xb2, 0x5e, 0x00};
    case ResourceChange::Action::Unchanged:
        break;
    }
    return {};
}

} // namespace

PushDialog::PushDialog(
    const Workspace &workspace, int errors, const QString &folder, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_errors(errors), m_folder(folder),
      m_targets(new QTabWidget(this)), m_plan(new QPushButton(tr("&Plan"), this)),
      m_push(new QPushButton(tr("P&ush…"), this)),
      m_rollback(new QPushButton(tr("&Roll Back…"), this)),
      m_close(new QPushButton(tr("Close"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_changes(new QTreeWidget(this)),
      m_report(new QPlainTextEdit(this))
{
    m_cancel = new QPushButton(tr("Cancel"), this);
    setWindowTitle(tr("Push"));
    auto *layout = new QVBoxLayout(this);
    const WorkspaceData &d = workspace.data();
    auto *intro = new QLabel(
        tr("Send the workspace as it is edited (%1, %2) to where it is enforced. Plan shows what "
           "would change without writing anything; Push applies it as one transaction.")
            .arg(tr("%n policies", nullptr, int(d.policies.size() + d.kubernetesPolicies.size())),
                tr("%n host endpoints", nullptr, int(d.hostEndpoints.size()))),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_targets->addTab(agentPage(), tr("&Node agent"));
    m_targets->addTab(etcdPage(), tr("&etcd datastore"));
    m_targets->addTab(kubePage(), tr("&Kubernetes API"));
    layout->addWidget(m_targets);

    auto *actions = new QHBoxLayout;
    m_plan->setToolTip(tr("Ask the target what the push would change; nothing is written"));
    m_push->setToolTip(tr("Plan, confirm, then apply the plan as one transaction"));
    m_rollback->setToolTip(
        tr("Node agent: apply again the workspace the node held before the last push. etcd: put "
           "back what the last push replaced (from its rollback file), guarded like a push"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    actions->addWidget(m_plan);
    actions->addWidget(m_push);
    actions->addWidget(m_rollback);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    m_cancel->setToolTip(tr("Stop a Kubernetes push before its next change (the rest is not "
                            "sent; what was applied stays)"));
    actions->addStretch(1);
    layout->addLayout(actions);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_changes->setColumnCount(4);
    m_changes->setHeaderLabels({tr("Action"), tr("Kind"), tr("Name"), tr("Result")});
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setAccessibleName(tr("Changes"));
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setAccessibleName(tr("Push report"));
    m_report->setPlaceholderText(tr("The plan and the result, as policyctl push prints them."));
    splitter->addWidget(m_changes);
    splitter->addWidget(m_report);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    connect(m_plan, &QPushButton::clicked, this, [this] { start(Operation::Plan); });
    connect(m_push, &QPushButton::clicked, this, [this] { start(Operation::Push); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { start(Operation::Rollback); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &PushDialog::cancel);
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        const int percent = m_percent->load();
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        if (percent >= 0)
            m_progress->setValue(percent);
    });
    connect(&m_watcher, &QFutureWatcher<Done>::started, poll, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<Done>::finished, poll, &QTimer::stop);
    connect(m_targets, &QTabWidget::currentChanged, this, &PushDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<Done>::finished, this, &PushDialog::onFinished);

    restoreSettings();
    setBusy(false);
    setStatus(m_errors > 0 ? tr("The workspace has %n error(s): the resources in error are "
                                "pushed as the target reads them, or refused by it.",
                  nullptr, m_errors)
                           : QString(),
        m_errors > 0);
    resize(820, 680);
}

PushDialog::~PushDialog()
{
    m_watcher.waitForFinished();
}

QLineEdit *PushDialog::fileField(QWidget *page, const QString &placeholder, QWidget **row)
{
    auto *box = new QWidget(page);
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(box);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *browse = new QToolButton(box);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose a file"));
    h->addWidget(edit, 1);
    h->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a File"),
            edit->text().isEmpty() ? m_folder : QFileInfo(edit->text()).path());
        if (!file.isEmpty())
            edit->setText(file);
    });
    *row = box;
    return edit;
}

QWidget *PushDialog::agentPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_agentUrl = new QLineEdit(page);
    m_agentUrl->setPlaceholderText(QStringLiteral("https://node-1:9443"));
    m_agentUrl->setClearButtonEnabled(true);
    m_agentNode = new QLineEdit(page);
    m_agentNode->setPlaceholderText(tr("the node the agent serves (checked first)"));
    QWidget *tokenRow = nullptr;
    m_agentToken = fileField(page, tr("the agent's token file (mode 0600)"), &tokenRow);
    QWidget *caRow = nullptr;
    m_agentCa = fileField(page, tr("the agent's cert.pem (default: the system's CAs)"), &caRow);
    form->addRow(tr("&URL:"), m_agentUrl);
    form->addRow(tr("N&ode:"), m_agentNode);
    form->addRow(tr("&Token file:"), tokenRow);
    form->addRow(tr("&CA file:"), caRow);
    return page;
}

QWidget *PushDialog::etcdPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_etcdEndpoints = new QLineEdit(page);
    m_etcdEndpoints->setPlaceholderText(
        QStringLiteral("https://10.0.0.1:2379,https://10.0.0.2:2379"));
    m_etcdEndpoints->setToolTip(tr("etcd's client URLs, separated by commas, tried in order"));
    m_etcdEndpoints->setClearButtonEnabled(true);
    QWidget *caRow = nullptr;
    m_etcdCa = fileField(page, tr("CA bundle (default: the system's CAs)"), &caRow);
    QWidget *certRow = nullptr;
    m_etcdCert = fileField(page, tr("client certificate, when etcd asks for one"), &certRow);
    QWidget *keyRow = nullptr;
    m_etcdKey = fileField(page, tr("its key"), &keyRow);
    m_etcdUser = new QLineEdit(page);
    m_etcdUser->setPlaceholderText(tr("none: etcd without authentication"));
    m_etcdPassword = new QLineEdit(page);
    m_etcdPassword->setEchoMode(QLineEdit::Password);
    m_rememberPassword = new QCheckBox(tr("Re&member (in the keychain)"), page);
    m_rememberPassword->setToolTip(tr("Kept in the desktop's keychain (GNOME Keyring, KWallet); "
                                      "without one, in %1, which only you can read (mode 0600). "
                                      "Untick to forget it.")
                                       .arg(QDir::toNativeSeparators(secretFile())));
    m_stack = new QLineEdit(QStringLiteral("default"), page);
    m_stack->setToolTip(tr("The name this push marks what it writes with (annotation "
                           "policy-studio.io/stack)"));
    m_prune = new QCheckBox(tr("Delete what this stack wrote before that the workspace no "
                               "longer has (&prune)"),
        page);
    m_adopt = new QCheckBox(
        tr("Overwrite stored objects this stack did not write (calicoctl's, another "
           "stack's) (&adopt)"),
        page);
    QWidget *rollbackRow = nullptr;
    m_rollbackFile = fileField(page,
        m_folder.isEmpty() ? tr("where the push keeps what it replaced")
                           : QDir(m_folder).filePath(kRollbackFileName),
        &rollbackRow);
    m_rollbackFile->setToolTip(tr("Where a push keeps what it replaced, for Roll Back"));
    form->addRow(tr("&Endpoints:"), m_etcdEndpoints);
    form->addRow(tr("C&A file:"), caRow);
    form->addRow(tr("Client ce&rtificate:"), certRow);
    form->addRow(tr("Client &key:"), keyRow);
    form->addRow(tr("U&ser:"), m_etcdUser);
    auto *passwordRow = new QWidget(page);
    auto *passwordLayout = new QHBoxLayout(passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_etcdPassword, 1);
    passwordLayout->addWidget(m_rememberPassword);
    form->addRow(tr("Pass&word:"), passwordRow);
    form->addRow(tr("S&tack:"), m_stack);
    form->addRow(QString(), m_prune);
    form->addRow(QString(), m_adopt);
    form->addRow(tr("Rollback &file:"), rollbackRow);
    return page;
}

QWidget *PushDialog::kubePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    QWidget *fileRow = nullptr;
    m_kubeconfig = fileField(page, Kubeconfig::defaultFile(), &fileRow);
    m_kubeconfig->setToolTip(tr("The kubeconfig file (default: the first file of $KUBECONFIG, "
                                "else ~/.kube/config)"));
    m_kubeContext = new QLineEdit(page);
    m_kubeContext->setPlaceholderText(tr("the file's current context"));
    m_kubeStack = new QLineEdit(QStringLiteral("default"), page);
    m_kubeStack->setToolTip(tr("The name this push marks what it writes with (annotation "
                               "policy-studio.io/stack)"));
    m_kubePrune = new QCheckBox(tr("Delete what this stack wrote before that the workspace no "
                                   "longer has (pr&une)"),
        page);
    m_kubeAdopt = new QCheckBox(tr("Update objects this stack did not write (ad&opt)"), page);
    m_kubeForce
        = new QCheckBox(tr("Take over fields another field manager owns (&force conflicts)"), page);
    auto *note = new QLabel(tr("Kubernetes has no transactions: every change is first checked "
                               "by the server (dry run) and nothing is sent if it refuses one; "
                               "each change carries the version read, so a change made "
                               "meanwhile is refused, not overwritten."),
        page);
    note->setWordWrap(true);
    form->addRow(tr("&Kubeconfig:"), fileRow);
    form->addRow(tr("Con&text:"), m_kubeContext);
    form->addRow(tr("St&ack:"), m_kubeStack);
    form->addRow(QString(), m_kubePrune);
    form->addRow(QString(), m_kubeAdopt);
    form->addRow(QString(), m_kubeForce);
    form->addRow(note);
    return page;
}

PushDialog::Target PushDialog::target() const
{
    switch (m_targets->currentIndex()) {
    case 1:
        return Target::Etcd;
    case 2:
        return Target::Kubernetes;
    default:
        return Target::Agent;
    }
}

void PushDialog::setTarget(Target target)
{
    m_targets->setCurrentIndex(target == Target::Etcd ? 1 : target == Target::Kubernetes ? 2 : 0);
}

void PushDialog::cancel()
{
    m_cancelled->store(true);
}

std::optional<KubeTarget> PushDialog::kubeTarget()
{
    if (m_kubeStack->text().trimmed().isEmpty()) {
        setStatus(tr("Name the stack this push marks what it writes with."), true);
        m_kubeStack->setFocus();
        return std::nullopt;
    }
    KubeconfigOptions options;
    options.file = m_kubeconfig->text().trimmed();
    options.context = m_kubeContext->text().trimmed();
    const Result<KubeTarget> target = Kubeconfig::load(options);
    if (!target) {
        setStatus(target.error().toString(), true);
        m_kubeconfig->setFocus();
        return std::nullopt;
    }
    return *target;
}

template<class Outcome> bool PushDialog::hasPlanToApply(const std::optional<Outcome> &outcome)
{
    if (outcome && outcome->planned && outcome->status == PushOutcome::Status::DryRun)
        return true;
    setStatus(PushDialog::tr("Plan first: the push applies the plan you have seen."), true);
    return false;
}

template<class Outcome>
auto PushDialog::confirmedPlan(const std::optional<Outcome> &outcome, const QString &where,
    const QString &adoptionRefused, const QString &nothingToPush)
    -> std::optional<std::decay_t<decltype(outcome->plan)>>
{
    if (!hasPlanToApply(outcome))
        return std::nullopt;
    const auto &plan = outcome->plan;
    if (plan.adoptionRefused) {
        setStatus(adoptionRefused, true);
        return std::nullopt;
    }
    if (!plan.changesSomething()) {
        setStatus(nothingToPush, false);
        return std::nullopt;
    }
    const QString counts
        = PushDialog::tr("%1 to create, %2 to update, %3 to delete; %n flow(s) change "
                         "verdict.",
            nullptr, int(plan.diff.flows.size()))
              .arg(plan.count(ResourceChange::Action::Create))
              .arg(plan.count(ResourceChange::Action::Update))
              .arg(plan.count(ResourceChange::Action::Delete));
    if (!confirmPush(where, counts))
        return std::nullopt;
    return plan;
}

bool PushDialog::startKube(Operation operation)
{
    if (operation == Operation::Rollback) {
        setStatus(tr("A Kubernetes push has no rollback of its own: push the previous workspace "
                     "again (Git keeps it)."),
            true);
        return false;
    }
    const std::optional<KubeTarget> t = kubeTarget();
    if (!t)
        return false;
    KubePushOptions options;
    options.stack = m_kubeStack->text().trimmed();
    options.prune = m_kubePrune->isChecked();
    options.adopt = m_kubeAdopt->isChecked();
    options.force = m_kubeForce->isChecked();
    std::optional<KubePlan> confirmed;
    if (operation == Operation::Push) {
        if (!hasPlanToApply(m_kubeOutcome))
            return false;
        const KubePlan &plan = m_kubeOutcome->plan;
        confirmed = confirmedPlan(m_kubeOutcome,
            tr("the cluster at %1 (stack %2)").arg(plan.server, plan.stack),
            tr("The plan updates objects this stack did not write: tick “adopt” and plan again, "
               "or leave them out of the workspace."),
            tr("Nothing to push: the cluster holds this workspace already."));
        if (!confirmed)
            return false;
    }
    saveSettings();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_percent->store(-1);
    setBusy(true,
        confirmed ? tr("Checking every change with the server, then applying…")
                  : tr("Reading the cluster and planning…"));
    m_watcher.setFuture(QtConcurrent::run([target = *t, workspace = m_workspace, options, confirmed,
                                              cancelled = m_cancelled, percent = m_percent] {
        Done done;
        done.operation = confirmed ? Operation::Push : Operation::Plan;
        done.target = Target::Kubernetes;
        const KubeClient client(target);
        if (!confirmed) {
            KubePushOutcome out;
            Result<KubePlan> plan = KubePush::plan(client, workspace, options);
            if (!plan) {
                out.message = plan.error().message;
            } else {
                out.plan = std::move(*plan);
                out.planned = true;
                out.status = PushOutcome::Status::DryRun;
            }
            done.kube = std::move(out);
            return done;
        }
        done.kube = KubePush::apply(client, *confirmed, false, [&](int sent, int total) {
            percent->store(total > 0 ? sent * 100 / total : -1);
            return !cancelled->load();
        });
        return done;
    }));
    return true;
}

QString PushDialog::statusText() const
{
    return m_status->text();
}

QString PushDialog::reportText() const
{
    return m_report->toPlainText();
}

void PushDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

std::optional<AgentTarget> PushDialog::agentTarget()
{
    AgentTarget t;
    t.url = m_agentUrl->text().trimmed();
    t.node = m_agentNode->text().trimmed();
    t.caFile = m_agentCa->text().trimmed();
    if (!t.url.startsWith(QStringLiteral("https://"))) {
        setStatus(
            tr("The agent's URL must start with https:// (the agent serves HTTPS only)."), true);
        m_agentUrl->setFocus();
        return std::nullopt;
    }
    if (m_agentToken->text().trimmed().isEmpty()) {
        setStatus(tr("Choose the agent's token file (policy-agent init writes it)."), true);
        m_agentToken->setFocus();
        return std::nullopt;
    }
    const Result<QByteArray> token = AgentCredentials::readToken(m_agentToken->text().trimmed());
    if (!token) {
        setStatus(token.error().message, true);
        m_agentToken->setFocus();
        return std::nullopt;
    }
    t.token = *token;
    return t;
}

std::optional<EtcdTarget> PushDialog::etcdTarget()
{
    EtcdTarget t;
    for (const QString &url : m_etcdEndpoints->text().split(u',', Qt::SkipEmptyParts)) {
        const QString endpoint = url.trimmed();
        if (!endpoint.startsWith(QStringLiteral("http://"))
            && !endpoint.startsWith(QStringLiteral("https://"))) {
            setStatus(tr("“%1” is not an etcd client URL: write http://HOST:PORT or "
                         "https://HOST:PORT.")
                          .arg(endpoint),
                true);
            m_etcdEndpoints->setFocus();
            return std::nullopt;
        }
        t.endpoints.append(endpoint);
    }
    if (t.endpoints.isEmpty()) {
        setStatus(tr("Give etcd's client URL, such as https://10.0.0.1:2379."), true);
        m_etcdEndpoints->setFocus();
        return std::nullopt;
    }
    t.caFile = m_etcdCa->text().trimmed();
    t.certFile = m_etcdCert->text().trimmed();
    t.keyFile = m_etcdKey->text().trimmed();
    if (t.certFile.isEmpty() != t.keyFile.isEmpty()) {
        setStatus(tr("A client certificate needs its key, and a key its certificate."), true);
        (t.certFile.isEmpty() ? m_etcdCert : m_etcdKey)->setFocus();
        return std::nullopt;
    }
    t.username = m_etcdUser->text().trimmed();
    t.password = m_etcdPassword->text().toUtf8();
    if (!t.username.isEmpty() && t.password.isEmpty()) {
        setStatus(tr("Give the password of etcd user “%1”.").arg(t.username), true);
        m_etcdPassword->setFocus();
        return std::nullopt;
    }
    if (m_stack->text().trimmed().isEmpty()) {
        setStatus(tr("Name the stack this push marks what it writes with."), true);
        m_stack->setFocus();
        return std::nullopt;
    }
    return t;
}

bool PushDialog::confirmPush(const QString &where, const QString &counts)
{
    QString question = tr("Push to %1?\n\n%2").arg(where, counts);
    if (m_errors > 0)
        question
            += QStringLiteral("\n\n") + tr("The workspace has %n error(s).", nullptr, m_errors);
    return ask(tr("Push"), question);
}

bool PushDialog::ask(const QString &title, const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(
               this, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

bool PushDialog::start(Operation operation)
{
    if (isBusy())
        return false;
    const QString rollbackFile = m_rollbackFile->text().trimmed().isEmpty()
        ? (m_folder.isEmpty() ? QString() : QDir(m_folder).filePath(kRollbackFileName))
        : m_rollbackFile->text().trimmed();
    if (target() == Target::Kubernetes)
        return startKube(operation);
    if (target() == Target::Agent) {
        const std::optional<AgentTarget> t = agentTarget();
        if (!t)
            return false;
        if (operation == Operation::Rollback) {
            const QString question = tr("Ask the agent at %1 to apply again the workspace it "
                                        "held before its last push?")
                                         .arg(t->url);
            if (!ask(tr("Roll Back"), question))
                return false;
            saveSettings();
            setBusy(true, tr("Rolling back on the node…"));
            m_watcher.setFuture(QtConcurrent::run([target = *t] {
                Done done;
                done.operation = Operation::Rollback;
                done.target = Target::Agent;
                done.agentTarget = target;
                done.agent = AgentPush::rollback(AgentClient(target));
                return done;
            }));
            return true;
        }
        const QByteArray yaml = Writer().write(m_workspace);
        qint64 expected = -1;
        if (operation == Operation::Push) {
            // The plan the user confirms is the one applied: same workspace, same generation.
            if (!hasPlanToApply(m_agentOutcome))
                return false;
            const AgentPlan &plan = m_agentOutcome->plan;
            if (plan.count(ResourceChange::Action::Create)
                        + plan.count(ResourceChange::Action::Update)
                        + plan.count(ResourceChange::Action::Delete)
                    == 0
                && !plan.changesKernel()) {
                setStatus(
                    tr("Nothing to push: node %1 holds this workspace already.").arg(plan.node),
                    false);
                return false;
            }
            if (!confirmPush(tr("node %1 at %2").arg(plan.node, t->url),
                    tr("%1 to create, %2 to update, %3 to delete; %4 rules and %5 IP sets after.")
                        .arg(plan.count(ResourceChange::Action::Create))
                        .arg(plan.count(ResourceChange::Action::Update))
                        .arg(plan.count(ResourceChange::Action::Delete))
                        .arg(plan.rules)
                        .arg(plan.setCount)))
                return false;
            expected = plan.generation;
        }
        saveSettings();
        setBusy(true,
            operation == Operation::Plan ? tr("Asking the agent for its plan…")
                                         : tr("Applying on the node…"));
        m_watcher.setFuture(QtConcurrent::run([target = *t, yaml, operation, expected] {
            Done done;
            done.operation = operation;
            done.target = Target::Agent;
            done.agentTarget = target;
            done.agent = AgentPush::push(
                AgentClient(target), yaml, operation == Operation::Plan, expected);
            return done;
        }));
        return true;
    }

    const std::optional<EtcdTarget> t = etcdTarget();
    if (!t)
        return false;
    EtcdPushOptions options;
    options.stack = m_stack->text().trimmed();
    options.prune = m_prune->isChecked();
    options.adopt = m_adopt->isChecked();
    if (operation == Operation::Rollback) {
        if (rollbackFile.isEmpty()) {
            setStatus(tr("Choose the rollback file the push wrote."), true);
            return false;
        }
        const Result<EtcdRollback> state = EtcdPush::readRollback(rollbackFile);
        if (!state) {
            setStatus(state.error().message, true);
            return false;
        }
        const QString question = tr("Put back the %n key(s) the push at %1 (revision %2) "
                                    "replaced?",
            nullptr, int(state->entries.size()))
                                     .arg(state->appliedAt)
                                     .arg(state->revision);
        if (!ask(tr("Roll Back"), question))
            return false;
        saveSettings();
        setBusy(true, tr("Restoring what the push replaced…"));
        m_watcher.setFuture(QtConcurrent::run([target = *t, rollback = *state] {
            Done done;
            done.operation = Operation::Rollback;
            done.target = Target::Etcd;
            done.rollback = rollback;
            done.restored = EtcdPush::rollback(EtcdClient(target), rollback);
            return done;
        }));
        return true;
    }
    std::optional<EtcdPlan> confirmed;
    if (operation == Operation::Push) {
        if (!hasPlanToApply(m_etcdOutcome))
            return false;
        const EtcdPlan &plan = m_etcdOutcome->plan;
        confirmed = confirmedPlan(m_etcdOutcome,
            tr("etcd at %1 (stack %2)").arg(plan.endpoint, plan.stack),
            tr("The plan overwrites objects this stack did not write: tick “adopt” and plan "
               "again, or leave them out of the workspace."),
            tr("Nothing to push: etcd holds this workspace already."));
        if (!confirmed)
            return false;
    }
    saveSettings();
    setBusy(true,
        operation == Operation::Plan ? tr("Reading etcd and planning…")
                                     : tr("Writing the plan in one transaction…"));
    m_watcher.setFuture(
        QtConcurrent::run([target = *t, workspace = m_workspace, options, confirmed, rollbackFile] {
            Done done;
            done.operation = confirmed ? Operation::Push : Operation::Plan;
            done.target = Target::Etcd;
            const EtcdClient client(target);
            done.etcd = confirmed ? EtcdPush::applyPlanned(client, *confirmed, rollbackFile)
                                  : EtcdPush::push(client, workspace, options, true, {});
            return done;
        }));
    return true;
}

void PushDialog::onFinished()
{
    const Done done = m_watcher.result();
    setBusy(false);
    if (done.agent) {
        m_agentOutcome = done.agent;
        showAgent(*done.agent, done.agentTarget);
    } else if (done.etcd) {
        m_etcdOutcome = done.etcd;
        showEtcd(*done.etcd);
    } else if (done.kube) {
        m_kubeOutcome = done.kube;
        showKube(*done.kube);
    } else if (done.restored && done.rollback) {
        m_changes->clear();
        if (!*done.restored) {
            setStatus(done.restored->error().message, true);
        } else {
            const EtcdRollback &state = done.rollback->value();
            setStatus(tr("Restored %n key(s) as they were before the push; etcd is at revision "
                         "%1 now.",
                          nullptr, int(state.entries.size()))
                          .arg(**done.restored),
                false);
            m_report->setPlainText(EtcdPushReport::rollbackText(state, **done.restored));
            m_etcdOutcome.reset(); // plan again before the next push
        }
    }
    updateButtons();
    Q_EMIT finished();
}

void PushDialog::showAgent(const PushOutcome &outcome, const AgentTarget &target)
{
    m_changes->clear();
    if (outcome.planned) {
        for (const ResourceChange &c : outcome.plan.resources) {
            if (c.action == ResourceChange::Action::Unchanged)
                continue;
            auto *item = new QTreeWidgetItem(m_changes,
                {actionText(c.action), c.kind, c.name, resultText(outcome.status, c.action)});
            item->setForeground(0, actionColor(c.action));
        }
    }
    m_report->setPlainText(PushReport::text(outcome, target));
    const qsizetype unchanged
        = outcome.planned ? outcome.plan.count(ResourceChange::Action::Unchanged) : 0;
    switch (outcome.status) {
    case PushOutcome::Status::DryRun:
        setStatus(m_changes->topLevelItemCount() == 0 && !outcome.plan.changesKernel()
                ? tr("Node %1 holds this workspace already: nothing to push.")
                      .arg(outcome.plan.node)
                : tr("The plan for node %1 (generation %2): %n change(s), %3 unchanged. Nothing "
                     "was applied; Push applies this plan.",
                    nullptr, m_changes->topLevelItemCount())
                      .arg(outcome.plan.node)
                      .arg(outcome.plan.generation)
                      .arg(unchanged),
            false);
        break;
    case PushOutcome::Status::Applied:
        setStatus(tr("Applied on node %1: generation %2, %3 rules, %4 IP sets, in %5 ms. %6")
                      .arg(outcome.state.node)
                      .arg(outcome.state.generation)
                      .arg(outcome.state.rules)
                      .arg(outcome.state.sets)
                      .arg(outcome.milliseconds)
                      .arg(outcome.message),
            false);
        break;
    case PushOutcome::Status::Failed:
        setStatus(tr("Nothing was applied: %1").arg(outcome.message), true);
        break;
    }
}

void PushDialog::showEtcd(const EtcdPushOutcome &outcome)
{
    m_changes->clear();
    if (outcome.planned) {
        for (const EtcdChange &c : outcome.plan.changes) {
            if (c.action == ResourceChange::Action::Unchanged)
                continue;
            QString result = resultText(outcome.status, c.action);
            if (c.adopted)
                result += tr(" (adopted)");
            auto *item = new QTreeWidgetItem(
                m_changes, {actionText(c.action), kindName(c.kind), c.name, result});
            item->setForeground(0, actionColor(c.action));
            item->setToolTip(2, QString::fromUtf8(c.key));
        }
    }
    m_report->setPlainText(EtcdPushReport::text(outcome));
    switch (outcome.status) {
    case PushOutcome::Status::DryRun:
        if (outcome.plan.adoptionRefused) {
            setStatus(tr("The plan overwrites objects this stack did not write: tick “adopt” "
                         "to take them over, or leave them out of the workspace."),
                true);
        } else {
            setStatus(!outcome.plan.changesSomething()
                    ? tr("etcd at %1 holds this workspace already: nothing to push.")
                          .arg(outcome.plan.endpoint)
                    : tr("The plan at revision %1: %n change(s); %2 flow(s) change verdict. "
                         "Nothing was written; Push writes this plan.",
                        nullptr, m_changes->topLevelItemCount())
                          .arg(outcome.plan.revision)
                          .arg(outcome.plan.diff.flows.size()),
                false);
        }
        break;
    case PushOutcome::Status::Applied:
        setStatus(outcome.message.isEmpty()
                ? tr("Written in one transaction (revision %1). Roll Back puts back what it "
                     "replaced.")
                      .arg(outcome.rollback.revision)
                : outcome.message,
            !outcome.message.isEmpty());
        break;
    case PushOutcome::Status::Failed:
        setStatus(tr("Nothing was written: %1").arg(outcome.message), true);
        break;
    }
}

void PushDialog::showKube(const KubePushOutcome &outcome)
{
    m_changes->clear();
    if (outcome.planned) {
        for (qsizetype i = 0; i < outcome.plan.changes.size(); ++i) {
            const KubeChange &c = outcome.plan.changes.at(i);
            if (c.action == ResourceChange::Action::Unchanged)
                continue;
            QString result = resultText(outcome.status, c.action);
            QString tip;
            if (i < outcome.results.size()) {
                const KubeChangeResult &r = outcome.results.at(i);
                switch (r.state) {
                case KubeChangeResult::State::Applied:
                    result = tr("applied");
                    break;
                case KubeChangeResult::State::Checked:
                    result = tr("checked");
                    break;
                case KubeChangeResult::State::Failed:
                    result = tr("failed");
                    break;
                case KubeChangeResult::State::NotApplied:
                    result = tr("not applied");
                    break;
                case KubeChangeResult::State::Unchanged:
                    result = tr("unchanged");
                    break;
                }
                tip = r.message;
            }
            if (c.adopted)
                result += tr(" (adopted)");
            auto *item = new QTreeWidgetItem(
                m_changes, {actionText(c.action), kindName(c.kind), c.name, result});
            item->setForeground(0, actionColor(c.action));
            item->setToolTip(2, c.path);
            if (!tip.isEmpty())
                item->setToolTip(3, tip);
        }
    }
    m_report->setPlainText(KubePushReport::text(outcome));
    switch (outcome.status) {
    case PushOutcome::Status::DryRun:
        if (outcome.plan.adoptionRefused) {
            setStatus(tr("The plan updates objects this stack did not write: tick “adopt” to "
                         "take them over, or leave them out of the workspace."),
                true);
        } else {
            setStatus(!outcome.plan.changesSomething()
                    ? tr("The cluster at %1 holds this workspace already: nothing to push.")
                          .arg(outcome.plan.server)
                    : tr("The plan for %1: %n change(s); %2 flow(s) change verdict. Nothing was "
                         "sent; Push checks every change with the server, then applies them.",
                        nullptr, m_changes->topLevelItemCount())
                          .arg(outcome.plan.server)
                          .arg(outcome.plan.diff.flows.size()),
                false);
        }
        break;
    case PushOutcome::Status::Applied:
        setStatus(tr("Applied: %n change(s) on the cluster.", nullptr,
                      int(outcome.count(KubeChangeResult::State::Applied))),
            false);
        break;
    case PushOutcome::Status::Failed:
        setStatus(outcome.partial
                ? tr("Stopped part way: %1 change(s) applied, the rest left as it was: %2")
                      .arg(outcome.count(KubeChangeResult::State::Applied))
                      .arg(outcome.message)
                : tr("Nothing was applied: %1").arg(outcome.message),
            true);
        break;
    }
}

void PushDialog::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy && target() == Target::Kubernetes);
    m_targets->setEnabled(!busy);
    if (busy)
        setStatus(what, false);
    updateButtons();
}

void PushDialog::updateButtons()
{
    const bool busy = isBusy();
    m_plan->setEnabled(!busy);
    m_push->setEnabled(!busy);
    m_rollback->setEnabled(!busy);
    m_close->setEnabled(true);
}

void PushDialog::closeEvent(QCloseEvent *event)
{
    // A transaction under way is finished, not abandoned: its result is the node's state.
    if (isBusy()) {
        event->ignore();
        setStatus(tr("Wait for the operation under way to finish; nothing is ever left half "
                     "applied."),
            false);
        return;
    }
    QDialog::closeEvent(event);
}

void PushDialog::reject()
{
    if (isBusy()) {
        setStatus(tr("Wait for the operation under way to finish; nothing is ever left half "
                     "applied."),
            false);
        return;
    }
    QDialog::reject();
}

void PushDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("target"), m_targets->currentIndex());
    settings.setValue(QStringLiteral("agentUrl"), m_agentUrl->text());
    settings.setValue(QStringLiteral("agentNode"), m_agentNode->text());
    settings.setValue(QStringLiteral("agentToken"), m_agentToken->text());
    settings.setValue(QStringLiteral("agentCa"), m_agentCa->text());
    settings.setValue(QStringLiteral("etcdEndpoints"), m_etcdEndpoints->text());
    settings.setValue(QStringLiteral("etcdCa"), m_etcdCa->text());
    settings.setValue(QStringLiteral("etcdCert"), m_etcdCert->text());
    settings.setValue(QStringLiteral("etcdKey"), m_etcdKey->text());
    settings.setValue(QStringLiteral("etcdUser"), m_etcdUser->text());
    keepPassword();
    settings.setValue(QStringLiteral("stack"), m_stack->text());
    settings.setValue(QStringLiteral("kubeconfig"), m_kubeconfig->text());
    settings.setValue(QStringLiteral("kubeContext"), m_kubeContext->text());
    settings.setValue(QStringLiteral("kubeStack"), m_kubeStack->text());
}

SecretStore PushDialog::secretStore()
{
    return SecretStore(QStringLiteral("policy-studio"),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
}

QString PushDialog::secretFile()
{
    return secretStore().fileOf(QString::fromLatin1(kPasswordKey));
}

void PushDialog::keepPassword() const
{
    const QString key = QString::fromLatin1(kPasswordKey);
    if (!m_rememberPassword->isChecked() || m_etcdPassword->text().isEmpty()) {
        secretStore().remove(key);
        m_passwordKept.reset();
        return;
    }
    const Result<SecretStore::Where> kept = secretStore().store(key, m_etcdPassword->text());
    m_passwordKept = kept ? std::optional(*kept) : std::nullopt;
}

void PushDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    m_targets->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("target"), 0).toInt(), 0, 2));
    m_agentUrl->setText(settings.value(QStringLiteral("agentUrl")).toString());
    m_agentNode->setText(settings.value(QStringLiteral("agentNode")).toString());
    m_agentToken->setText(settings.value(QStringLiteral("agentToken")).toString());
    m_agentCa->setText(settings.value(QStringLiteral("agentCa")).toString());
    m_etcdEndpoints->setText(settings.value(QStringLiteral("etcdEndpoints")).toString());
    m_etcdCa->setText(settings.value(QStringLiteral("etcdCa")).toString());
    m_etcdCert->setText(settings.value(QStringLiteral("etcdCert")).toString());
    m_etcdKey->setText(settings.value(QStringLiteral("etcdKey")).toString());
    m_etcdUser->setText(settings.value(QStringLiteral("etcdUser")).toString());
    m_stack->setText(settings.value(QStringLiteral("stack"), QStringLiteral("default")).toString());
    m_kubeconfig->setText(settings.value(QStringLiteral("kubeconfig")).toString());
    m_kubeContext->setText(settings.value(QStringLiteral("kubeContext")).toString());
    m_kubeStack->setText(
        settings.value(QStringLiteral("kubeStack"), QStringLiteral("default")).toString());
    SecretStore::Where where = SecretStore::Where::File;
    if (const std::optional<QString> password
        = secretStore().load(QString::fromLatin1(kPasswordKey), &where)) {
        m_etcdPassword->setText(*password);
        m_rememberPassword->setChecked(true);
        m_passwordKept = where;
    }
}

} // namespace ps
