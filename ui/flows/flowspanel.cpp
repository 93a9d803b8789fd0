#include "ui/flows/flowspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QDialog>
#include <QSpinBox>
#include <QFormLayout>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QScrollBar>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/agent/agentcredentials.h"
#include "core/eval/policyengine.h"
#include "core/flows/flowlogreader.h"
#include "core/io/workspacestore.h"
#include "core/report/flowsreport.h"
#include "core/report/tracereport.h"
#include "ui/document.h"
#include "ui/flows/recommenddialog.h"
#include "ui/onscreen.h"

namespace ps {

namespace {

const QString kLastLogKey = QStringLiteral("flows/lastLogFolder");

} // namespace

FlowsPanel::FlowsPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_open(new QPushButton(tr("&Open Log…"), this)),
      m_connect(new QPushButton(tr("Connect to &Whisker…"), this)),
      m_follow(new QPushButton(tr("Fo&llow"), this)),
      m_recommend(new QPushButton(tr("Re&commend…"), this)),
      m_compare(new QCheckBox(tr("Compare with sa&ved"), this)), m_show(new QComboBox(this)),
      m_filterEdit(new QLineEdit(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_status(new QLabel(this)),
      m_view(new QTableView(this)), m_details(new QPlainTextEdit(this)),
      m_model(new FlowsModel(this)), m_filter(new FlowsFilter(this)),
      m_cancelled(std::make_shared<std::atomic<bool>>(false)),
      m_percent(std::make_shared<std::atomic<int>>(-1)), m_followTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *options = new QHBoxLayout;
    m_open->setToolTip(tr("Read a Calico flow log: Whisker or Goldmane JSON, Calico Enterprise "
                          "flow logs; plain or gzip"));
    m_compare->setToolTip(tr("Also replay the log against the saved files: mark the connections "
                             "the edits since then would flip"));
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_show);
    m_show->addItem(tr("All flows"), 0);
    m_show->addItem(tr("Drift"), int(FlowsModel::Drift));
    m_show->addItem(tr("Denied by the engine"), int(FlowsModel::Denied));
    m_show->addItem(tr("Not resolved"), int(FlowsModel::Unresolved));
    m_show->addItem(tr("Flipped by the edits"), int(FlowsModel::Flipped));
    m_filterEdit->setPlaceholderText(tr("Filter by endpoint, port or policy…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(140);
    options->addWidget(m_open);
    options->addWidget(m_connect);
    m_connect->setToolTip(tr("Read the flows of a live Whisker backend (Calico 3.30 and later)"));
    options->addWidget(m_follow);
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Follow the connected Whisker backend's live stream: new flows are "
                            "explained as they arrive, until this is turned off"));
    options->addWidget(m_recommend);
    m_recommend->setEnabled(false);
    m_recommend->setToolTip(tr("Least-privilege staged policies that allow exactly the "
                               "connections the log observed, with the proof"));
    options->addWidget(m_compare);
    options->addWidget(showLabel);
    options->addWidget(m_show);
    options->addWidget(m_filterEdit, 1);
    options->addWidget(m_progress);
    options->addWidget(m_cancel);
    layout->addLayout(options);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Open a flow log to see, for traffic that really happened, whether the "
                         "workspace decides it as the cluster did, and why."));
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the log's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Flow groups"));
    m_view->setColumnHidden(FlowsModel::Saved, true);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setAccessibleName(tr("Flow details"));
    m_details->setPlaceholderText(
        tr("Choose a flow to see what the log and the engine say; activate it to trace it."));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setBusy(false);

    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        const int percent = m_percent->load();
        if (percent < 0)
            m_progress->setRange(0, 0);
        else {
            m_progress->setRange(0, 100);
            m_progress->setValue(percent);
        }
    });
    connect(&m_watcher, &QFutureWatcher<Computation>::started, poll, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<Computation>::finished, poll, &QTimer::stop);
    connect(&m_watcher, &QFutureWatcher<Computation>::finished, this, &FlowsPanel::onFinished);
    connect(m_open, &QPushButton::clicked, this, &FlowsPanel::chooseLog);
    connect(m_connect, &QPushButton::clicked, this, &FlowsPanel::connectDialog);
    connect(m_follow, &QPushButton::toggled, this, [this](bool on) {
        if (on && !m_following && m_whisker)
            follow(*m_whisker);
        else if (!on)
            stopFollowing();
    });
    // A few redraws a second, however fast records come.
    m_followTimer->setInterval(250);
    connect(m_followTimer, &QTimer::timeout, this, &FlowsPanel::takeFollowed);
    connect(m_cancel, &QPushButton::clicked, this, &FlowsPanel::cancel);
    connect(m_recommend, &QPushButton::clicked, this, [this] { showRecommendDialog(); });
    connect(m_compare, &QCheckBox::toggled, this, [this] {
        if (!m_path.isEmpty())
            compute();
    });
    connect(m_show, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setCategories(m_show->currentData().toInt()); });
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &FlowsFilter::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { traceRow(index.row()); });
    connect(document, &Document::analysisReady, this, [this] {
        if (m_path.isEmpty())
            return;
        if (m_following && m_following->isRunning()) {
            if (const std::shared_ptr<const Analysis> analysis = m_document->analysis();
                analysis && analysis->engine) {
                m_following->setEngine(analysis->engine);
                m_generation = analysis->generation;
            }
            return;
        }
        if (m_again || (isOnScreen(this) && m_generation != m_document->generation())) {
            m_again = false;
            compute();
        }
    });
}

FlowsPanel::~FlowsPanel()
{
    m_cancelled->store(true);
    m_following.reset(); // stops the stream and waits for its thread
    m_watcher.waitForFinished();
}

QString FlowsPanel::statusText() const
{
    return m_status->text();
}

QString FlowsPanel::detailsText() const
{
    return m_details->toPlainText();
}

void FlowsPanel::chooseLog()
{
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a Flow Log"),
        settings.value(kLastLogKey).toString(),
        tr("Flow logs (*.json *.ndjson *.jsonl *.log *.gz);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(kLastLogKey, QFileInfo(file).absolutePath());
    openLog(file);
}

void FlowsPanel::openLog(const QString &path)
{
    endFollow();
    m_whisker.reset();
    m_whiskerData.reset();
    m_path = path;
    m_model->clear();
    m_details->clear();
    compute();
}

void FlowsPanel::openWhisker(const WhiskerSource &source)
{
    endFollow();
    m_whisker = source;
    m_whiskerData.reset();
    m_path = source.url;
    m_model->clear();
    m_details->clear();
    compute();
}

void FlowsPanel::connectDialog()
{
    QSettings settings;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Connect to Whisker"));
    auto *form = new QFormLayout(&dialog);
    auto *url = new QLineEdit(settings.value(QStringLiteral("flows/whiskerUrl")).toString());
    url->setPlaceholderText(QStringLiteral("http://localhost:8081/whisker-backend"));
    url->setToolTip(tr("The Whisker backend: through the Whisker pod's nginx, "
                       "http://HOST:8081/whisker-backend (kubectl port-forward -n calico-system "
                       "service/whisker 8081:8081)"));
    auto *since = new QSpinBox;
    since->setRange(0, 7 * 24 * 60);
    since->setSuffix(tr(" min"));
    since->setSpecialValueText(tr("everything it holds"));
    since->setValue(settings.value(QStringLiteral("flows/whiskerSince"), 15).toInt());
    auto *watch = new QSpinBox;
    watch->setRange(0, 3600);
    watch->setSuffix(tr(" s"));
    watch->setSpecialValueText(tr("no: the flows it holds"));
    watch->setToolTip(tr("Read the live stream of new flows for this long instead"));
    auto *ca = new QLineEdit(settings.value(QStringLiteral("flows/whiskerCa")).toString());
    ca->setPlaceholderText(tr("HTTPS: the CA file (default: the system's CAs)"));
    auto *token = new QLineEdit(settings.value(QStringLiteral("flows/whiskerToken")).toString());
    token->setPlaceholderText(tr("a file holding a bearer token (mode 0600), if needed"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    form->addRow(tr("&URL:"), url);
    form->addRow(tr("&Since:"), since);
    form->addRow(tr("&Watch:"), watch);
    form->addRow(tr("C&A file:"), ca);
    form->addRow(tr("&Token file:"), token);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("flows/whiskerUrl"), url->text().trimmed());
    settings.setValue(QStringLiteral("flows/whiskerSince"), since->value());
    settings.setValue(QStringLiteral("flows/whiskerCa"), ca->text().trimmed());
    settings.setValue(QStringLiteral("flows/whiskerToken"), token->text().trimmed());
    WhiskerSource source;
    source.url = url->text().trimmed();
    source.sinceSeconds = qint64(since->value()) * 60;
    source.watchSeconds = watch->value();
    source.caFile = ca->text().trimmed();
    if (!isWhiskerUrl(source.url)) {
        m_status->setText(tr("A Whisker backend's URL starts with http:// or https://."));
        return;
    }
    if (!token->text().trimmed().isEmpty()) {
        const Result<QByteArray> read = AgentCredentials::readToken(token->text().trimmed());
        if (!read) {
            m_status->setText(read.error().message);
            return;
        }
        source.token = *read;
    }
    openWhisker(source);
}

void FlowsPanel::cancel()
{
    m_cancelled->store(true);
}

void FlowsPanel::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_open->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_follow->setEnabled(!busy && m_whisker.has_value());
    // A followed stream's records are not kept: nothing to replay or recommend from.
    m_recommend->setEnabled(!busy && !m_followed && !m_path.isEmpty() && m_model->rowCount() > 0);
    m_compare->setEnabled(!busy && !m_followed);
}

void FlowsPanel::follow(const WhiskerSource &source)
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine || isComputing()) {
        const QSignalBlocker blocker(m_follow);
        m_follow->setChecked(false);
        return;
    }
    endFollow();
    m_whisker = source;
    m_whiskerData.reset();
    m_path = source.url;
    m_followed = true;
    m_generation = analysis->generation;
    m_model->clear();
    m_details->clear();
    m_view->setColumnHidden(FlowsModel::Saved, true);
    m_following = std::make_unique<FlowFollow>(source, analysis->engine);
    connect(m_following.get(), &FlowFollow::finished, this, &FlowsPanel::takeFollowed);
    {
        const QSignalBlocker blocker(m_follow);
        m_follow->setChecked(true);
    }
    m_status->setText(tr("Following %1 — connecting…").arg(m_path));
    m_followTimer->start();
    setBusy(false);
}

void FlowsPanel::stopFollowing()
{
    if (m_following)
        m_following->stop();
}

bool FlowsPanel::isFollowing() const
{
    return m_following && m_following->isRunning();
}

// Drops the follow without a word (another log replaces it).
void FlowsPanel::endFollow()
{
    m_followTimer->stop();
    m_following.reset();
    m_followed = false;
    const QSignalBlocker blocker(m_follow);
    m_follow->setChecked(false);
}

void FlowsPanel::takeFollowed()
{
    if (!m_following)
        return;
    FlowFollow::Batch batch = m_following->take();
    if (batch.all) {
        // Explained again after an edit: the same groups, so the same row is chosen again.
        QString chosen;
        const QModelIndex current = m_filter->mapToSource(m_view->selectionModel()->currentIndex());
        if (current.isValid())
            chosen = flowGroupKey(m_model->group(current.row()).record);
        const int scroll = m_view->verticalScrollBar()->value();
        m_model->setResult(std::move(*batch.all), std::nullopt);
        for (int row = 0; !chosen.isEmpty() && row < m_model->rowCount(); ++row) {
            if (flowGroupKey(m_model->group(row).record) == chosen) {
                const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
                m_view->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
        }
        m_view->verticalScrollBar()->setValue(scroll);
    }
    const bool first = m_model->rowCount() == 0 && !batch.newGroups.isEmpty();
    m_model->appendGroups(batch.newGroups);
    for (auto it = batch.counts.cbegin(); it != batch.counts.cend(); ++it)
        m_model->setCounts(it.key(), it->records, it->packets, it->bytes);
    m_model->setRecords(batch.records, batch.invalid);
    if (first) {
        m_view->resizeColumnsToContents();
        for (int column = 0; column < FlowsModel::ColumnCount; ++column) {
            if (m_view->columnWidth(column) > 320)
                m_view->setColumnWidth(column, 320);
        }
    }
    const QString summary = flowExplanationSummary(m_model->explanation());
    if (batch.result) {
        m_followTimer->stop();
        m_status->setText(
            tr("Stopped following %1: %2 %3").arg(m_path, batch.result->message(), summary));
        // Not deleted here: this may run from its own finished() signal.
        m_following.release()->deleteLater();
        const QSignalBlocker blocker(m_follow);
        m_follow->setChecked(false);
        setBusy(false);
        Q_EMIT computed();
        return;
    }
    m_status->setText(tr("Following %1 — %2. %3").arg(m_path, batch.state.text(), summary));
}

bool FlowsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::Close)
        stopFollowing();
    return QWidget::eventFilter(watched, event);
}

void FlowsPanel::compute()
{
    if (m_path.isEmpty())
        return;
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (isFollowing()) {
        if (analysis && analysis->engine) {
            m_following->setEngine(analysis->engine);
            m_generation = analysis->generation;
        }
        return;
    }
    if (!analysis || !analysis->engine || m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const bool compare = m_compare->isChecked();
    const Workspace saved = compare ? m_document->store().saved() : Workspace();
    m_generation = analysis->generation;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_percent->store(-1);
    if (m_followed) {
        // A followed stream's records are gone: its groups are explained again.
        m_status->setText(tr("Explaining the followed flows again…"));
        setBusy(true);
        m_watcher.setFuture(
            QtConcurrent::run([engine = analysis->engine, groups = m_model->explanation(),
                                  generation = m_generation] {
                Computation c;
                c.generation = generation;
                FlowExplainer explainer(*engine);
                for (const FlowGroup &g : groups.groups)
                    explainer.addExplainedAgain(g);
                c.result.explanation = explainer.take();
                c.result.explanation.invalid = groups.invalid;
                return c;
            }));
        return;
    }
    const bool fetch = m_whisker && !m_whiskerData;
    m_status->setText(fetch && m_whisker->watchSeconds > 0
            ? tr(
                "Reading the flows %1 streams, for %n second(s)…", nullptr, m_whisker->watchSeconds)
                  .arg(m_path)
            : tr("Reading %1…").arg(m_whisker ? m_path : QFileInfo(m_path).fileName()));
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([engine = analysis->engine, path = m_path, compare, saved,
                                              cancelled = m_cancelled, percent = m_percent,
                                              generation = m_generation, whisker = m_whisker,
                                              data = m_whiskerData] {
        Computation c;
        c.generation = generation;
        FlowLogReader reader;
        if (whisker) {
            std::optional<QByteArray> flows = data;
            if (!flows) {
                const Result<QByteArray> read = WhiskerClient::fetch(
                    *whisker, [cancelled](qint64) { return !cancelled->load(); });
                if (!read) {
                    c.error = read.error().message;
                    return c;
                }
                flows = *read;
                c.fetched = *read;
            }
            reader.openData(*flows, QString::fromUtf8(whiskerFlowsUrl(*whisker)));
        } else if (const Result<void> opened = reader.open(path); !opened) {
            c.error = opened.error().message;
            return c;
        }
        FlowExplainOptions options;
        options.progress = [cancelled, percent](qint64 read, qint64 total, qint64) {
            percent->store(total > 0 ? int(read * 100 / total) : -1);
            return !cancelled->load();
        };
        std::optional<PolicyEngine> before;
        if (compare)
            before.emplace(saved);
        c.result = explainAndReplayFlowLog(*engine, before ? &*before : nullptr, reader, options);
        return c;
    }));
}

void FlowsPanel::onFinished()
{
    setBusy(false);
    Computation c = m_watcher.result();
    if (c.fetched && m_whisker && m_path == m_whisker->url)
        m_whiskerData = std::move(c.fetched);
    if (!c.error.isEmpty()) {
        m_model->clear();
        m_status->setText(tr("The flow log could not be read: %1").arg(c.error));
        Q_EMIT computed();
        return;
    }
    const FlowExplanation &e = c.result.explanation;
    QString status = tr("%1: %2").arg(
        m_whisker ? m_path : QFileInfo(m_path).fileName(), flowExplanationSummary(e));
    if (e.cancelled)
        status = tr("Cancelled after %n record(s). ", nullptr, int(e.records)) + status;
    if (c.result.replay) {
        status += u' '
            + tr("%n connection(s) flip with the edits since the saved files.", nullptr,
                c.result.replay->changed);
    }
    if (!e.errors.isEmpty())
        status += u' ' + tr("First unreadable record: %1").arg(e.errors.first().toString());
    const bool compared = c.result.replay.has_value();
    m_model->setResult(std::move(c.result.explanation), std::move(c.result.replay));
    m_recommend->setEnabled(!m_followed && m_model->rowCount() > 0);
    m_view->setColumnHidden(FlowsModel::Saved, !compared);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < FlowsModel::ColumnCount; ++column) {
        if (m_view->columnWidth(column) > 320)
            m_view->setColumnWidth(column, 320);
    }
    m_status->setText(status);
    m_details->clear();
    Q_EMIT computed();
    if (m_again) {
        m_again = false;
        compute();
    }
}

void FlowsPanel::showRow(int viewRow)
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(viewRow, 0));
    if (!source.isValid()) {
        m_details->clear();
        return;
    }
    QString text = flowGroupToText(m_model->group(source.row()));
    if (const ReplayFlow *flip = m_model->flipped(source.row())) {
        text += u'\n' + tr("With the saved files:") + u'\n' + toText(flip->before);
        text += u'\n' + tr("As edited:") + u'\n' + toText(flip->after);
    }
    m_details->setPlainText(text);
}

void FlowsPanel::traceRow(int viewRow)
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(viewRow, 0));
    if (!source.isValid())
        return;
    const FlowGroup &g = m_model->group(source.row());
    if (!g.resolved)
        return;
    Flow flow;
    flow.from = g.trace.from;
    flow.to = g.trace.to;
    flow.via = g.trace.via;
    flow.protocol = g.trace.protocol;
    flow.port = g.trace.port;
    flow.sourcePort = g.trace.sourcePort;
    flow.icmpType = g.trace.icmpType;
    flow.icmpCode = g.trace.icmpCode;
    Q_EMIT traceRequested(flow);
}

QList<ObservedFlow> FlowsPanel::observedFlows() const
{
    QList<ObservedFlow> out;
    QSet<QString> seen;
    for (const FlowGroup &g : m_model->explanation().groups) {
        if (!g.resolved || !g.trace.ok())
            continue;
        if (const QString key = flowGroupKey(g.record, false); !seen.contains(key)) {
            seen.insert(key);
            out.append({g.trace.from, g.trace.to, g.trace.verdict == Verdict::Allow});
        }
    }
    return out;
}

RecommendDialog *FlowsPanel::showRecommendDialog()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (m_path.isEmpty() || !analysis || !analysis->engine)
        return nullptr;
    auto *dialog = new RecommendDialog(
        analysis->engine, m_path, m_whisker ? m_whiskerData : std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_document->addPolicies(dialog->accepted(),
            tr("Add %n recommended policy(ies)", nullptr, int(dialog->accepted().size())));
    });
    dialog->show();
    return dialog;
}

void FlowsPanel::refresh()
{
    if (!m_path.isEmpty() && isOnScreen(this) && m_generation != m_document->generation())
        compute();
}

void FlowsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Closing the dock stops a follow (hiding it among tabs does not).
    for (QWidget *w = parentWidget(); w && !m_dock; w = w->parentWidget()) {
        if (qobject_cast<QDockWidget *>(w)) {
            m_dock = w;
            w->installEventFilter(this);
        }
    }
    QTimer::singleShot(0, this, &FlowsPanel::refresh);
}

} // namespace ps
