#pragma once
// ChangesPanel: what the edits since the last save change — the semantic diff (the same as
// `policyctl diff`) of the saved files against the workspace being edited, or of another
// folder against it. It lists the policies added, removed and changed (with the fields) and the
// flows whose verdict changes (representative endpoints, protocol and port, before → after, how
// many endpoint pairs change the same way); activating a flow asks for its trace. The saved
// side's engine is built off the GUI thread, again only when that side changed; the comparison
// runs again after each analysis while the panel is shown.

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QWidget>

#include "core/eval/flow.h"
#include "core/eval/semanticdiff.h"
#include "core/model/workspace.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ps {

class Document;

class ChangesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChangesPanel(Document *document, QWidget *parent = nullptr);
    ~ChangesPanel() override;

    /// Compare now (the saved files, or the folder chosen with compareWith()).
    void compare();
    /// Compare `workspace` (read from `label`, e.g. a folder) against the edited workspace,
    /// instead of the saved files, until another workspace is opened.
    void compareWith(const Workspace &workspace, const QString &label);

    /// The last comparison shown; empty before the first.
    const SemanticDiff &diff() const { return m_diff; }
    bool isComparing() const { return m_watcher.isRunning(); }
    QString statusText() const;
    QTreeWidget *view() const { return m_view; }
    /// The flow-change item of row `row` under the flows group, or nullptr.
    QTreeWidgetItem *flowItem(int row) const;
    /// Ask for the trace of flow change `row` of the last comparison (what activating it does).
    void traceFlow(int row);

    /// Bring the view up to date with the workspace when it can be seen (its dock's tab came to
    /// the front, or it was shown).
    void refresh();

Q_SIGNALS:
    /// Trace `flow` in the Trace panel (every field: ICMP type and code, the host endpoint it is
    /// forwarded through).
    void traceRequested(const ps::Flow &flow);
    /// A comparison finished and is shown.
    void compared();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Result {
        SemanticDiff diff;
        std::shared_ptr<const PolicyEngine> before;
        Workspace beforeWorkspace;
        quint64 generation = 0;
    };
    void onAnalysisReady();
    void onFinished();
    void showDiff(const SemanticDiff &diff);
    void chooseFolder();

    Document *m_document;
    QLabel *m_against;
    QLabel *m_status;
    QPushButton *m_compare;
    QPushButton *m_folder;
    QTreeWidget *m_view;
    QFutureWatcher<Result> m_watcher;
    bool m_again = false; // an analysis came while comparing
    // The "before" side: the saved files unless another folder was chosen.
    std::optional<Workspace> m_other;
    QString m_otherLabel;
    // Its engine, kept while the before workspace stays the same.
    Workspace m_beforeWorkspace;
    std::shared_ptr<const PolicyEngine> m_beforeEngine;
    quint64 m_shownGeneration = 0;
    SemanticDiff m_diff;
};

} // namespace ps
