#pragma once
// FlowsPanel: the Flows dock. Opens a Calico flow log (Whisker, Goldmane or Enterprise; plain
// or gzip) and explains every flow group against the workspace as edited — what the log says
// decided, what the engine says, drift and what could not be resolved — as policyctl flows
// explain does. "Compare with saved" replays the log from the saved files to the edits: the
// connections the edit flips are marked. The log is read off the GUI thread with progress and
// Cancel, and explained again after edits while the dock is shown. Choosing a row shows the
// group in full (the trace, why earlier rules missed); activating it traces the flow in the
// Trace panel. Follow keeps a connected backend's live stream open (FlowFollow): records are
// explained off the GUI thread as they arrive and the table grows a few times a second, keeping
// the selection, until Follow is turned off, another log is opened or the dock is closed.

#include <atomic>
#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QWidget>

#include "core/eval/flow.h"
#include "core/flows/flowreplay.h"
#include "core/flows/whiskersource.h"
#include "core/graph/graphobserved.h"
#include "core/model/result.h"
#include "ui/flows/flowfollow.h"
#include "ui/flows/flowsmodel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace ps {

class Document;
class RecommendDialog;

class FlowsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FlowsPanel(Document *document, QWidget *parent = nullptr);
    ~FlowsPanel() override;

    /// Read and explain the log in `path` (replacing the one shown).
    void openLog(const QString &path);
    /// Read the flows of a live Whisker backend (its list, or its event stream for
    /// source.watchSeconds) and explain them; kept until connected again, explained again after
    /// edits like a file.
    void openWhisker(const WhiskerSource &source);
    /// Connect to Whisker…: asks for the backend, then openWhisker().
    void connectDialog();
    /// Follow the backend's live stream (from source.sinceSeconds ago): the table starts empty
    /// and grows as records arrive; edits explain what was received again.
    void follow(const WhiskerSource &source);
    /// Ask the stream to stop; the status says why it stopped once it has.
    void stopFollowing();
    bool isFollowing() const;
    QPushButton *followButton() const { return m_follow; }
    /// Explain the open log again against the current analysis.
    void compute();
    void cancel();
    bool isComputing() const { return m_watcher.isRunning(); }
    /// The log's file, or the Whisker backend's URL.
    QString logPath() const { return m_path; }
    /// The connections the log observed (each once, whichever side logged it), with the
    /// engine's verdict: what the graph overlays.
    QList<ObservedFlow> observedFlows() const;

    FlowsModel *model() const { return m_model; }
    FlowsFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *showCombo() const { return m_show; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *compareCheck() const { return m_compare; }
    QPushButton *recommendButton() const { return m_recommend; }
    /// Recommend…: the recommendation dialog for the open log (window-modal, deleted when
    /// closed); its policies are added to the workspace in one undoable edit.
    RecommendDialog *showRecommendDialog();
    QString statusText() const;
    QString detailsText() const;
    /// Show the group in that row of the view (what choosing it does).
    void showRow(int viewRow);
    /// Emit traceRequested() for that row of the view (what activating it does).
    void traceRow(int viewRow);

    /// Bring the flows up to date with the workspace when they can be seen.
    void refresh();

Q_SIGNALS:
    void traceRequested(const ps::Flow &flow);
    /// A log was read and explained (or could not be: see statusText()).
    void computed();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Computation {
        FlowLogWhatIf result;
        QString error;
        quint64 generation = 0;
        std::optional<QByteArray> fetched; // a Whisker backend's flows, read this time
    };
    void chooseLog();
    void onFinished();
    void setBusy(bool busy);
    void takeFollowed();
    void endFollow();

    Document *m_document;
    QPushButton *m_open;
    QPushButton *m_connect;
    QPushButton *m_follow;
    QPushButton *m_recommend;
    QCheckBox *m_compare;
    QComboBox *m_show;
    QLineEdit *m_filterEdit;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    FlowsModel *m_model;
    FlowsFilter *m_filter;
    QFutureWatcher<Computation> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<std::atomic<int>> m_percent; // progress of the read, -1 when unknown
    QString m_path;
    std::optional<WhiskerSource> m_whisker; // the log is a live backend
    std::optional<QByteArray> m_whiskerData; // its flows, once read
    quint64 m_generation = 0; // of the analysis the flows were explained against
    bool m_again = false;
    std::unique_ptr<FlowFollow> m_following; // while the stream is followed
    QTimer *m_followTimer;
    bool m_followed = false; // the table holds a followed stream's groups
    QObject *m_dock = nullptr; // the dock watched for closing
};

} // namespace ps
