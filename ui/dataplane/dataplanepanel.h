#pragma once
// DataplanePanel: what Felix would program for the selected node or endpoint — the
// iptables-restore input (or iptables-save listing, or the ipset input), or the nft script —
// rendered by core/dataplane from the document's current analysis, highlighted, searchable.
// Every line knows where it came from (FelixRuleset's per-line mapping): hovering a line says
// which policy rule or fixed-chain purpose made it, clicking it emits ruleActivated() for its
// source rule, and highlightRule() marks every line rendered from a rule.
//
// Rendering a node of a big cluster takes a few hundred ms, so it runs off the GUI thread;
// at most one render runs at a time and results for an older request are dropped. The panel
// re-renders whenever the document's analysis is ready.

#include <memory>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/rulesetformat.h"
#include "ui/ruleref.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
template<typename T> class QFutureWatcher;

namespace ps {

class Document;
class RulesetHighlighter;
struct RenderedView;

class DataplanePanel : public QWidget {
    Q_OBJECT
public:
    /// What the iptables dataplane shows (nft always shows its script).
    enum class View { IptablesRestore, IptablesSave, Ipsets };

    explicit DataplanePanel(Document *document, QWidget *parent = nullptr);
    ~DataplanePanel() override;

    /// Show what Felix programs for one endpoint (REF as PolicyEngine::resolve takes it).
    void setEndpoint(const QString &ref);
    /// Show a whole node (every local workload and host endpoint).
    void setNode(const QString &node);
    /// Mark every line rendered from `ref` (a rule, or with rule -1 the whole policy and the
    /// jumps to it) and scroll to the first; an invalid ref clears the marks.
    void highlightRule(const RuleRef &ref);

    QString endpoint() const { return m_endpoint; }
    QString node() const { return m_node; }
    Dataplane dataplane() const { return m_dataplane; }
    void setDataplane(Dataplane dataplane);
    View view() const { return m_view; }
    void setView(View view);
    FelixNaming naming() const { return m_naming; }
    void setNaming(FelixNaming naming);
    /// The IP family rendered: 4 or 6 (Felix programs both).
    int ipVersion() const { return m_ipVersion; }
    void setIpVersion(int version);
    RuleRef highlightedRule() const { return m_highlight; }

    /// The text shown (one line per rendered line, no trailing newline); empty before a render.
    QString text() const;
    /// The rendered lines with their origins, in the order shown.
    const QList<RenderedLine> &lines() const;
    /// The ruleset last shown (counts, chain purposes).
    const FelixRuleset &ruleset() const;
    /// Line numbers (0-based) marked by highlightRule().
    const QList<int> &highlightedLines() const { return m_highlightedLines; }
    /// The source rule of a line: a policy rule, or a policy as a whole for its chain
    /// declaration and the jumps to it; invalid for fixed chains, profiles and ipsets.
    RuleRef ruleAtLine(int line) const;
    /// What hovering the line shows: "from <kind> <policy>, <direction> rule N", or the purpose.
    QString toolTipForLine(int line) const;
    /// Emits ruleActivated() for the line's source rule (and highlights it), if it has one.
    void activateLine(int line);
    /// Find the next (or previous) occurrence of the search text, wrapping; false if none.
    bool findNext(bool backward = false);
    bool isRendering() const;
    QPlainTextEdit *textView() const { return m_text; }
    QLineEdit *searchBox() const { return m_search; }
    /// The message shown instead of the text (empty state, error), or "" when text is shown.
    QString message() const;

    /// Does the rendered line come from `ref` (see highlightRule)?
    static bool lineFromRule(const RenderedLine &line, const RuleRef &ref);

Q_SIGNALS:
    void ruleActivated(const RuleRef &ref);
    /// A render finished and is shown (stale results are dropped without it).
    void rendered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void refreshPickers();
    void syncControls();
    void scheduleRender();
    void startRender();
    void onRenderFinished();
    void showResult(std::shared_ptr<const RenderedView> result);
    void showMessage(const QString &message);
    void applyHighlight(bool scroll);
    void updateCounts();
    void onNodePicked(int index);
    void onEndpointPicked(int index);

    Document *m_document;
    QString m_endpoint;
    QString m_node;
    Dataplane m_dataplane = Dataplane::Iptables;
    View m_view = View::IptablesRestore;
    FelixNaming m_naming = FelixNaming::Current;
    int m_ipVersion = 4;
    RuleRef m_highlight;
    QList<int> m_highlightedLines;
    bool m_scrollToHighlight = false;

    quint64 m_serial = 0; // of the latest request
    bool m_renderPending = false;
    QFutureWatcher<std::shared_ptr<const RenderedView>> *m_rendering = nullptr;
    std::shared_ptr<const RenderedView> m_result;

    QComboBox *m_nodeCombo = nullptr;
    QComboBox *m_endpointCombo = nullptr;
    QComboBox *m_dataplaneCombo = nullptr;
    QComboBox *m_viewCombo = nullptr;
    QComboBox *m_namingCombo = nullptr;
    QComboBox *m_familyCombo = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_counts = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_text = nullptr;
    RulesetHighlighter *m_highlighter = nullptr;
    QStringList m_nodes;
    QHash<QString, QString> m_nodeOfEndpoint;
    struct PickedFrom {
        bool valid = false;
        QList<InventoryObject> objects;
        QList<Node> nodes;
    } m_pickedFrom; // what the pickers were filled from
    QHash<QString, QStringList> m_endpointsOfNode; // "" = every endpoint
};

} // namespace ps
