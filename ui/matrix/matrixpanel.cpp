#include "ui/matrix/matrixpanel.h"

#include <algorithm>

#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/io/workspacestore.h"
#include "core/model/protocol.h"
#include "core/report/matrixreport.h"
#include "ui/document.h"
#include "ui/onscreen.h"

namespace ps {

MatrixModel::MatrixModel(QObject *parent) : QAbstractTableModel(parent) { }

void MatrixModel::setMatrix(ConnectivityMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    updateShown();
    endResetModel();
}

void MatrixModel::setFilter(const QString &text)
{
    beginResetModel();
    m_filter = text.trimmed();
    updateShown();
    endResetModel();
}

void MatrixModel::updateShown()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_matrix.groups.size(); ++i) {
        if (m_filter.isEmpty()
            || m_matrix.groups.at(i).name.contains(m_filter, Qt::CaseInsensitive))
            m_shown.append(int(i));
    }
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int from = m_shown.at(index.row());
    const int to = m_shown.at(index.column());
    const MatrixCell &cell = m_matrix.cells.at(from).at(to);
    switch (role) {
    case Qt::DisplayRole:
        switch (cell.verdict) {
        case CellVerdict::Allow:
            return QStringLiteral("✓");
        case CellVerdict::Deny:
            return QStringLiteral("✗");
        case CellVerdict::Partial:
            return QStringLiteral("◐");
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        switch (cell.verdict) {
        case CellVerdict::Allow:
            return QColor(0xe8, 0xf5, 0xe9);
        case CellVerdict::Deny:
            return QColor(0xfd, 0xec, 0xea);
        case CellVerdict::Partial:
            return QColor(0xff, 0xf4, 0xe5);
        }
        return {};
    case Qt::ForegroundRole:
        return cell.verdict == CellVerdict::Allow ? QColor(0x2e, 0x7d, 0x32)
            : cell.verdict == CellVerdict::Deny   ? QColor(0xc6, 0x28, 0x28)
                                                  : QColor(0x6d, 0x3b, 0x00);
    case Qt::ToolTipRole: {
        const QString pair
            = tr("%1 → %2").arg(m_matrix.groups.at(from).name, m_matrix.groups.at(to).name);
        const QString verdict = cell.verdict == CellVerdict::Allow ? tr("allowed")
            : cell.verdict == CellVerdict::Deny                    ? tr("denied")
                                                                   : tr("partly allowed");
        return tr("%1: %2 (%3 of %4 endpoint pairs allowed) — activate to trace")
            .arg(pair, verdict)
            .arg(cell.allowedPairs)
            .arg(cell.pairs);
    }
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_shown.size())
        return {};
    const QString &name = m_matrix.groups.at(m_shown.at(section)).name;
    if (role == Qt::DisplayRole)
        return name;
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("from %1").arg(name) : tr("to %1").arg(name);
    return {};
}

MatrixPanel::MatrixPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_probe(new ProbeOptions(ProbeOptions::Protocols::One, this)), m_filter(new QLineEdit(this)),
      m_compute(new QPushButton(tr("Co&mpute"), this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_status(new QLabel(this)),
      m_view(new QTableView(this)), m_model(new MatrixModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *options = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter groups…"));
    m_filter->setClearButtonEnabled(true);
    options->addWidget(m_probe);
    options->addWidget(m_compute);
    options->addWidget(m_filter, 1);
    options->addWidget(m_export);
    layout->addLayout(options);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    // Columns as wide as their group's name, up to a limit (the name is in the tooltip).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QFontMetrics metrics = m_view->horizontalHeader()->fontMetrics();
        const int widest = metrics.averageCharWidth() * 24;
        const int narrowest = metrics.height() * 2;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QString name = m_model->headerData(c, Qt::Horizontal).toString();
            m_view->horizontalHeader()->resizeSection(
                c, std::clamp(metrics.horizontalAdvance(name) + 16, narrowest, widest));
        }
    });
    m_view->setAccessibleName(tr("Connectivity matrix"));
    layout->addWidget(m_view, 1);
    m_export->setEnabled(false);
    m_status->setText(tr("Which groups of endpoints may open connections to which: rows are "
                         "sources, columns destinations."));

    connect(m_compute, &QPushButton::clicked, this, &MatrixPanel::compute);
    connect(m_probe, &ProbeOptions::probeChanged, this, &MatrixPanel::compute);
    connect(m_probe, &ProbeOptions::groupingChanged, this, &MatrixPanel::compute);
    connect(m_filter, &QLineEdit::textChanged, m_model, &MatrixModel::setFilter);
    connect(m_export, &QPushButton::clicked, this, &MatrixPanel::exportMatrix);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { traceCell(index.row(), index.column()); });
    connect(&m_watcher, &QFutureWatcher<std::optional<ConnectivityMatrix>>::finished, this,
        &MatrixPanel::onFinished);
    connect(document, &Document::analysisReady, this, &MatrixPanel::onAnalysisReady);
}

MatrixPanel::~MatrixPanel()
{
    m_watcher.waitForFinished();
}

void MatrixPanel::compute()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine || m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const Result<ProbeChoice> choice = m_probe->choice();
    if (!choice) {
        m_status->setText(choice.error().message);
        return;
    }
    const MatrixGrouping by = choice->by;
    const QString protocol = protocolCombo()->currentText();
    const std::optional<int> port = choice->port;
    std::shared_ptr<const PolicyEngine> engine = analysis->engine;
    m_generation = analysis->generation;
    m_engine = engine;
    m_status->setText(tr("Computing the matrix…"));
    m_compute->setEnabled(false);
    m_watcher.setFuture(
        QtConcurrent::run([engine, by, protocol, port]() -> std::optional<ConnectivityMatrix> {
            if (matrixGroups(*engine, by).size() > kMaxGroups)
                return std::nullopt;
            return computeMatrix(*engine, by, protocol, port);
        }));
}

void MatrixPanel::onFinished()
{
    m_compute->setEnabled(true);
    std::optional<ConnectivityMatrix> matrix = m_watcher.result();
    if (!matrix) {
        m_model->setMatrix({});
        m_export->setEnabled(false);
        m_status->setText(tr("More than %1 groups by %2: choose a coarser grouping (namespace or "
                             "service account), or use policyctl matrix for the whole table.")
                              .arg(kMaxGroups)
                              .arg(groupingCombo()->currentText().toLower()));
    } else {
        qint64 allowed = 0;
        qint64 cells = 0;
        for (const QList<MatrixCell> &row : std::as_const(matrix->cells)) {
            for (const MatrixCell &cell : row) {
                ++cells;
                allowed += cell.verdict == CellVerdict::Allow;
            }
        }
        m_status->setText(tr("%1 groups, %2 endpoint classes; %3 of %4 cells allowed "
                             "(✓ allowed, ✗ denied, ◐ some pairs allowed). Activate a cell to "
                             "trace it.")
                              .arg(matrix->groups.size())
                              .arg(matrix->classes)
                              .arg(allowed)
                              .arg(cells));
        m_model->setMatrix(std::move(*matrix));
        m_export->setEnabled(true);
    }
    Q_EMIT computed();
    if (m_again) {
        m_again = false;
        compute();
    }
}

void MatrixPanel::onAnalysisReady()
{
    if (m_again || (isOnScreen(this) && m_generation != 0)) {
        m_again = false;
        compute();
    }
}

void MatrixPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Once laid out: a dock behind another tab is shown too, out of the window.
    QTimer::singleShot(0, this, &MatrixPanel::refresh);
}

void MatrixPanel::refresh()
{
    if (isOnScreen(this) && m_generation != m_document->generation())
        compute();
}

QString MatrixPanel::statusText() const
{
    return m_status->text();
}

void MatrixPanel::traceCell(int row, int column)
{
    const int from = m_model->groupAt(row);
    const int to = m_model->groupAt(column);
    const ConnectivityMatrix &m = m_model->matrix();
    if (from < 0 || to < 0 || !m_engine)
        return;
    const QList<int> &sources = m.groups.at(from).members;
    const QList<int> &destinations = m.groups.at(to).members;
    if (sources.isEmpty() || destinations.isEmpty())
        return;
    // A pair of distinct endpoints where the group has more than one.
    const int source = sources.first();
    int destination = destinations.first();
    if (destination == source && destinations.size() > 1)
        destination = destinations.at(1);
    const Inventory &inventory = m_engine->inventory();
    Flow flow;
    flow.from = inventory.object(source).ref();
    flow.to = inventory.object(destination).ref();
    flow.protocol = m.protocol;
    flow.port = m.port;
    Q_EMIT traceRequested(flow);
}

QString MatrixPanel::exportText(const QString &format) const
{
    const ConnectivityMatrix &m = m_model->matrix();
    if (format == u"csv")
        return matrixToCsv(m);
    if (format == u"md")
        return matrixToMarkdown(m);
    if (format == u"json")
        return QString::fromUtf8(matrixToJson(m));
    if (format == u"dot")
        return matrixToDot(m);
    return matrixToText(m);
}

void MatrixPanel::exportMatrix()
{
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Matrix"), QString(),
        tr("CSV (*.csv);;Markdown (*.md);;JSON (*.json);;Graphviz DOT (*.dot);;Text (*.txt)"),
        &selected);
    if (file.isEmpty())
        return;
    QString format = QFileInfo(file).suffix().toLower();
    if (!QStringList {QStringLiteral("csv"), QStringLiteral("md"), QStringLiteral("json"),
            QStringLiteral("dot"), QStringLiteral("txt")}
             .contains(format))
        format = QStringLiteral("csv");
    const Result<FileFingerprint> written = writeFileAtomically(file, exportText(format).toUtf8());
    if (!written)
        QMessageBox::warning(this, tr("Export Matrix"), written.error().message);
}

} // namespace ps
