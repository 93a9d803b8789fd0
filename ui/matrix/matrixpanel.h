#pragma once
// MatrixPanel: the connectivity matrix of `policyctl matrix` in the window — which groups of
// endpoints (by pod, workload, namespace or service account) may open connections to which, for
// one protocol and port. Computed off the GUI thread from the current analysis, again after each
// edit while shown; a filter narrows rows and columns to the groups whose names contain its
// text; a cell's tooltip says how many endpoint pairs are allowed, and activating it traces a
// pair of its endpoints. Export writes the matrix in the CLI's formats (CSV, Markdown, JSON,
// DOT, text).

#include <optional>

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QWidget>

#include "core/eval/flow.h"
#include "core/eval/matrix.h"
#include "ui/matrix/probeoptions.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ps {

class Document;

/// The matrix as a table: rows are "from" groups, columns "to" groups, narrowed by a filter.
class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit MatrixModel(QObject *parent = nullptr);

    void setMatrix(ConnectivityMatrix matrix);
    const ConnectivityMatrix &matrix() const { return m_matrix; }
    /// Show only the groups whose names contain `text` (case-insensitive; "" = all).
    void setFilter(const QString &text);
    /// The group index (into matrix().groups) of a row or column shown.
    int groupAt(int section) const { return m_shown.value(section, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateShown();

    ConnectivityMatrix m_matrix;
    QString m_filter;
    QList<int> m_shown; // group indexes shown, as rows and as columns
};

class MatrixPanel : public QWidget {
    Q_OBJECT
public:
    explicit MatrixPanel(Document *document, QWidget *parent = nullptr);
    ~MatrixPanel() override;

    /// Compute the matrix for the options chosen, from the current analysis.
    void compute();
    bool isComputing() const { return m_watcher.isRunning(); }
    MatrixModel *model() const { return m_model; }
    QComboBox *groupingCombo() const { return m_probe->groupingCombo(); }
    QComboBox *protocolCombo() const { return m_probe->protocolCombo(); }
    QLineEdit *portEdit() const { return m_probe->portEdit(); }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QString statusText() const;
    /// Ask for the trace of a pair of endpoints of the cell (row, column) shown.
    void traceCell(int row, int column);
    /// The matrix in `format` (csv, md, json, dot, txt), as `policyctl matrix -o` prints it.
    QString exportText(const QString &format) const;
    /// Most groups the window shows; a larger grouping asks for another one.
    static constexpr int kMaxGroups = 3000;

    /// Bring the view up to date with the workspace when it can be seen (its dock's tab came to
    /// the front, or it was shown).
    void refresh();

Q_SIGNALS:
    /// Trace `flow` in the Trace panel (every field: ICMP type and code, the host endpoint it is
    /// forwarded through).
    void traceRequested(const ps::Flow &flow);
    /// A matrix was computed and is shown (or refused: see statusText()).
    void computed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onAnalysisReady();
    void onFinished();
    void exportMatrix();

    Document *m_document;
    ProbeOptions *m_probe;
    QLineEdit *m_filter;
    QPushButton *m_compute;
    QPushButton *m_export;
    QLabel *m_status;
    QTableView *m_view;
    MatrixModel *m_model;
    QFutureWatcher<std::optional<ConnectivityMatrix>> m_watcher;
    std::shared_ptr<const PolicyEngine> m_engine; // the engine of the matrix shown
    quint64 m_generation = 0; // of the analysis the matrix shown came from
    bool m_again = false;
};

} // namespace ps
