#pragma once
// RecommendDialog: the Flows dock's Recommend. Least-privilege staged policies for the
// endpoints of one namespace (grouped by workload or service account) or for the host
// endpoints, from the flow log open in the dock — as policyctl flows recommend makes them
// (core/flows/flowrecommend.h), off the GUI thread with progress and Cancel — with the proof:
// every observed allowed connection stays allowed and every denied one denied once they are
// enforced, each selector exact, and what else they would allow. "Add to Workspace" adds the
// staged policies to the workspace as one undoable edit (staged: nothing is enforced until
// they are made real).

#include <atomic>
#include <memory>
#include <optional>

#include <QDialog>
#include <QFutureWatcher>

#include "core/eval/policyengine.h"
#include "core/flows/flowrecommend.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace ps {

class RecommendDialog : public QDialog {
    Q_OBJECT
public:
    /// `data`: the log's bytes when it is not a file (a Whisker backend's flows, read once).
    RecommendDialog(std::shared_ptr<const PolicyEngine> engine, const QString &logPath,
        std::optional<QByteArray> data = std::nullopt, QWidget *parent = nullptr);
    ~RecommendDialog() override;

    /// Recommend for the choices made (off the GUI thread).
    void run();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<FlowRecommendation> &recommendation() const { return m_result; }
    /// The policies chosen with "Add to Workspace".
    const QList<CalicoPolicy> &accepted() const { return m_accepted; }

    QComboBox *namespaceCombo() const { return m_namespace; }
    QComboBox *tierCombo() const { return m_tier; }
    QComboBox *groupingCombo() const { return m_by; }
    QCheckBox *globalCheck() const { return m_global; }
    QPushButton *addButton() const { return m_add; }
    QString verdictText() const;
    QString policiesText() const;
    QString reportText() const;
    /// What "Add to Workspace" does: keep the policies and close.
    void addToWorkspace();

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    std::shared_ptr<const PolicyEngine> m_engine;
    QString m_path;
    std::optional<QByteArray> m_data;
    QComboBox *m_namespace;
    QComboBox *m_tier;
    QComboBox *m_by;
    QCheckBox *m_global;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_verdict;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_policies;
    QPlainTextEdit *m_report;
    QPushButton *m_add;
    QFutureWatcher<FlowRecommendation> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::optional<FlowRecommendation> m_result;
    QList<CalicoPolicy> m_accepted;
};

} // namespace ps
