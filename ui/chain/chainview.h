#pragma once
// ChainView: the rule chain of one endpoint (PolicyEngine::chain), ingress and egress side by
// side, drawn as a pipeline: tiers in evaluation order, their policies and rules, the
// end-of-tier markers, the profiles and the final default. A traced flow through the endpoint
// is shown on it (the path, rules that did not match, the deciding row). Rebuilt whenever the
// Document's analysis is ready; it never edits anything — activating a rule asks the window to
// open it.

#include <optional>

#include <QWidget>

#include "core/eval/trace.h"
#include "ui/ruleref.h"

class QLabel;
class QListView;
class QSplitter;
class QTabWidget;
class QStackedWidget;
class QToolButton;
class QModelIndex;

namespace ps {

class ChainModel;
class Document;

class ChainView : public QWidget {
    Q_OBJECT
public:
    explicit ChainView(Document *document, QWidget *parent = nullptr);
    ~ChainView() override;

    /// Show the chain of `ref` ("namespace/name", "hep:name" or an IP, as
    /// PolicyEngine::resolve takes it). Keeps a shown trace if it passes through the endpoint.
    void setEndpoint(const QString &ref);
    QString endpoint() const { return m_endpoint; }
    /// Highlight the path of `trace` through this endpoint's chain (its egress side when the
    /// endpoint is the source, its ingress side when it is the destination).
    void showTrace(const FlowTrace &trace);
    void clearTrace();

    /// The rows of one direction (for tests and accessibility).
    ChainModel *model(Direction direction) const;
    QListView *view(Direction direction) const;
    /// The message shown instead of the chain (no endpoint, unknown endpoint...); empty while
    /// a chain is shown.
    QString emptyMessage() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void ruleActivated(const RuleRef &ref);
    void whyDeniedRequested(const QString &endpointRef);

private:
    void rebuild();
    void arrangePanes();
    void applyTrace();
    void showEmpty(const QString &message);
    void activate(const QModelIndex &index);
    void showContextMenu(QListView *view, const QPoint &pos);
    QWidget *createPane(Direction direction);
    QListView *viewFor(Direction direction) const;

    Document *m_document;
    QString m_endpoint;
    QString m_resolved; // the endpoint's REF as the engine names it, when shown
    std::optional<FlowTrace> m_trace;
    ChainModel *m_ingress = nullptr;
    ChainModel *m_egress = nullptr;
    QListView *m_ingressView = nullptr;
    QListView *m_egressView = nullptr;
    QWidget *m_ingressPane = nullptr;
    QWidget *m_egressPane = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_ingressTitle = nullptr;
    QLabel *m_egressTitle = nullptr;
    QString m_ingressBase;
    QString m_egressBase;
    QLabel *m_title = nullptr;
    QLabel *m_traceLabel = nullptr;
    QToolButton *m_clearTrace = nullptr;
    QToolButton *m_whyDenied = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace ps
