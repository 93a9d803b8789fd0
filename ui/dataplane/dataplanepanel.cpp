#include "ui/dataplane/dataplanepanel.h"

#include <algorithm>

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/dataplane/felixruleset.h"
#include "core/dataplane/rulesetformat.h"
#include "core/eval/nodelist.h"
#include "core/model/excerpt.h"
#include "ui/document.h"
#include "ui/highlight/highlighterfactory.h"
#include "ui/highlight/rulesethighlighter.h"

namespace ps {

/// One finished render, made off the GUI thread.
struct RenderedView {
    quint64 serial = 0;
    QString error;
    Dataplane dataplane = Dataplane::Iptables;
    DataplanePanel::View view = DataplanePanel::View::IptablesRestore;
    QString target; // the endpoint or node rendered
    FelixRuleset ruleset;
    QList<RenderedLine> lines;
    QString text;
    RulesetHighlighter::Syntax syntax = RulesetHighlighter::Syntax::Iptables;
    QList<QList<RulesetHighlighter::Span>> spans; // by line, tokenized off the GUI thread
};

namespace {

constexpr int kTextPage = 1;
constexpr int kMessagePage = 0;

// The ipset input, each line mapped to its set (the purpose says what the set holds).
QList<RenderedLine> ipsetLines(const FelixRuleset &ruleset)
{
    QList<RenderedLine> out;
    const QStringList texts = ipsetRestoreText(ruleset).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &text : texts) {
        RenderedLine line;
        line.text = text;
        const QString name = text.section(u' ', 1, 1);
        if (const IpSetDefinition *set = ruleset.ipset(name)) {
            line.origin.kind = RuleOrigin::Kind::Fixed;
            line.origin.name = set->name;
            line.origin.purpose = set->purpose;
        }
        out.append(line);
    }
    return out;
}

std::shared_ptr<const RenderedView> renderView(const std::shared_ptr<const Analysis> &analysis,
    const RenderRequest &request, DataplanePanel::View view, quint64 serial)
{
    auto out = std::make_shared<RenderedView>();
    out->serial = serial;
    out->dataplane = request.dataplane;
    out->view = view;
    out->target = request.endpoint.isEmpty() ? request.node : request.endpoint;
    Result<FelixRuleset> ruleset = render(*analysis->engine, request);
    if (!ruleset) {
        out->error = ruleset.error().message;
        return out;
    }
    out->ruleset = std::move(ruleset).value();
    if (request.dataplane == Dataplane::Nftables)
        out->lines = nftablesLines(out->ruleset);
    else if (view == DataplanePanel::View::IptablesSave)
        out->lines = iptablesSaveLines(out->ruleset);
    else if (view == DataplanePanel::View::Ipsets)
        out->lines = ipsetLines(out->ruleset);
    else
        out->lines = iptablesRestoreLines(out->ruleset);
    out->syntax = request.dataplane == Dataplane::Nftables ? RulesetHighlighter::Syntax::Nftables
        : view == DataplanePanel::View::Ipsets             ? RulesetHighlighter::Syntax::Ipset
                                                           : RulesetHighlighter::Syntax::Iptables;
    out->spans.reserve(out->lines.size());
    qsizetype size = 0;
    for (const RenderedLine &l : out->lines) {
        size += l.text.size() + 1;
        out->spans.append(RulesetHighlighter::spans(l.text, out->syntax));
    }
    out->text.reserve(size);
    for (qsizetype i = 0; i < out->lines.size(); ++i) {
        if (i > 0)
            out->text += u'\n';
        out->text += out->lines[i].text;
    }
    return out;
}

Direction directionOf(const RuleOrigin &origin)
{
    return origin.direction == u"egress" ? Direction::Egress : Direction::Ingress;
}

QString directionText(const QString &direction)
{
    if (direction == u"ingress")
        return DataplanePanel::tr("ingress");
    if (direction == u"egress")
        return DataplanePanel::tr("egress");
    return direction;
}

const FelixRuleset &emptyRuleset()
{
    static const FelixRuleset empty;
    return empty;
}

const QList<RenderedLine> &emptyLines()
{
    static const QList<RenderedLine> empty;
    return empty;
}

} // namespace

DataplanePanel::DataplanePanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    buildUi();
    connect(m_document, &Document::analysisReady, this, [this] {
        refreshPickers();
        scheduleRender();
    });
    connect(m_document, &Document::loadStarted, this,
        [this] { showMessage(tr("Loading the workspace…")); });
    if (m_document->analysis())
        refreshPickers();
    scheduleRender();
}

DataplanePanel::~DataplanePanel()
{
    if (m_rendering)
        m_rendering->waitForFinished();
}

void DataplanePanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Two rows of plain layouts (not toolbars) so that the panel fits a narrow dock.
    auto *scope = new QWidget(this);
    scope->setObjectName(QStringLiteral("dataplaneScopeBar"));
    auto *scopeRow = new QHBoxLayout(scope);
    scopeRow->setContentsMargins(4, 4, 4, 2);
    auto *nodeLabel = new QLabel(tr("Node:"), scope);
    scopeRow->addWidget(nodeLabel);
    m_nodeCombo = new QComboBox(scope);
    m_nodeCombo->setObjectName(QStringLiteral("dataplaneNode"));
    m_nodeCombo->setToolTip(tr("The node whose rules to show"));
    m_nodeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nodeCombo->setMinimumContentsLength(8);
    nodeLabel->setBuddy(m_nodeCombo);
    scopeRow->addWidget(m_nodeCombo, 1);
    scopeRow->addSpacing(6);
    auto *endpointLabel = new QLabel(tr("Endpoint:"), scope);
    scopeRow->addWidget(endpointLabel);
    m_endpointCombo = new QComboBox(scope);
    m_endpointCombo->setObjectName(QStringLiteral("dataplaneEndpoint"));
    m_endpointCombo->setToolTip(
        tr("One pod or host endpoint, as if alone on its node; or the whole node"));
    m_endpointCombo->setEditable(true);
    m_endpointCombo->setInsertPolicy(QComboBox::NoInsert);
    m_endpointCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_endpointCombo->setMinimumContentsLength(12);
    endpointLabel->setBuddy(m_endpointCombo);
    m_endpointCombo->completer()->setFilterMode(Qt::MatchContains);
    m_endpointCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_endpointCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_endpointCombo->lineEdit()->setPlaceholderText(tr("namespace/pod"));
    scopeRow->addWidget(m_endpointCombo, 2);
    layout->addWidget(scope);

    auto *options = new QWidget(this);
    options->setObjectName(QStringLiteral("dataplaneOptionsBar"));
    auto *optionsRow = new QHBoxLayout(options);
    optionsRow->setContentsMargins(4, 2, 4, 2);
    m_dataplaneCombo = new QComboBox(options);
    m_dataplaneCombo->setObjectName(QStringLiteral("dataplaneKind"));
    m_dataplaneCombo->setToolTip(tr("Felix's dataplane mode"));
    m_dataplaneCombo->addItem(tr("iptables"), int(Dataplane::Iptables));
    m_dataplaneCombo->addItem(tr("nftables"), int(Dataplane::Nftables));
    m_dataplaneCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dataplaneCombo->setMinimumContentsLength(6);
    optionsRow->addWidget(m_dataplaneCombo);
    m_viewCombo = new QComboBox(options);
    m_viewCombo->setObjectName(QStringLiteral("dataplaneView"));
    m_viewCombo->setToolTip(tr("Which text to show for the iptables dataplane"));
    m_viewCombo->addItem(tr("iptables-restore input"), int(View::IptablesRestore));
    m_viewCombo->addItem(tr("iptables-save listing"), int(View::IptablesSave));
    m_viewCombo->addItem(tr("IP sets"), int(View::Ipsets));
    m_viewCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_viewCombo->setMinimumContentsLength(10);
    optionsRow->addWidget(m_viewCombo, 1);
    m_namingCombo = new QComboBox(options);
    m_namingCombo->setObjectName(QStringLiteral("dataplaneNaming"));
    m_namingCombo->setToolTip(tr("Which Felix release's chain names to use"));
    m_namingCombo->addItem(tr("Current names"), int(FelixNaming::Current));
    m_namingCombo->addItem(tr("Felix 3.29–3.31 names"), int(FelixNaming::V3_29));
    m_namingCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namingCombo->setMinimumContentsLength(8);
    optionsRow->addWidget(m_namingCombo, 1);
    m_familyCombo = new QComboBox(options);
    m_familyCombo->setObjectName(QStringLiteral("dataplaneFamily"));
    m_familyCombo->setToolTip(tr("The IP family: Felix programs an IPv4 and an IPv6 ruleset"));
    m_familyCombo->addItem(tr("IPv4"), 4);
    m_familyCombo->addItem(tr("IPv6"), 6);
    m_familyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_familyCombo->setMinimumContentsLength(4);
    optionsRow->addWidget(m_familyCombo);
    m_search = new QLineEdit(options);
    m_search->setObjectName(QStringLiteral("dataplaneSearch"));
    m_search->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(80);
    optionsRow->addWidget(m_search, 2);
    layout->addWidget(options);

    // The option combos shrink in a narrow dock but never grow past their longest item.
    for (QComboBox *combo : {m_dataplaneCombo, m_viewCombo, m_namingCombo, m_familyCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaximumWidth(combo->sizeHint().width());
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("dataplaneCounts"));
    m_counts->setContentsMargins(6, 2, 6, 2);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setWordWrap(true);
    // Wrapped to the panel's width, never widening it to the longest word (a policy name).
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_counts);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("dataplaneMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_message);
    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(QStringLiteral("dataplaneText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->viewport()->installEventFilter(this);
    m_text->installEventFilter(this); // Return on a line activates its rule
    m_text->viewport()->setMouseTracking(true);
    m_stack->addWidget(m_text);
    layout->addWidget(m_stack, 1);
    m_highlighter = HighlighterFactory::ruleset(m_text->document(), m_text->palette());

    connect(m_nodeCombo, &QComboBox::activated, this, &DataplanePanel::onNodePicked);
    connect(m_endpointCombo, &QComboBox::activated, this, &DataplanePanel::onEndpointPicked);
    connect(m_dataplaneCombo, &QComboBox::activated, this,
        [this](int index) { setDataplane(Dataplane(m_dataplaneCombo->itemData(index).toInt())); });
    connect(m_viewCombo, &QComboBox::activated, this,
        [this](int index) { setView(View(m_viewCombo->itemData(index).toInt())); });
    connect(m_namingCombo, &QComboBox::activated, this,
        [this](int index) { setNaming(FelixNaming(m_namingCombo->itemData(index).toInt())); });
    connect(m_familyCombo, &QComboBox::activated, this,
        [this](int index) { setIpVersion(m_familyCombo->itemData(index).toInt()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_search->setStyleSheet({}); });

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        if (m_search->hasFocus() && !m_search->text().isEmpty()) {
            findNext();
            return;
        }
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *next = new QShortcut(QKeySequence::FindNext, this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { findNext(); });
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { findNext(true); });

    syncControls();
}

// ---- scope and options ---------------------------------------------------------------------

void DataplanePanel::refreshPickers()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    // The nodes and endpoints come from the Node resources and the inventory: an edit of a
    // policy leaves both as they were (shared with the analysis before), and the pickers too.
    if (analysis && analysis->engine && m_pickedFrom.valid
        && analysis->engine->inventory().objects().isSharedWith(m_pickedFrom.objects)
        && analysis->engine->workspace()->nodes.isSharedWith(m_pickedFrom.nodes))
        return;
    m_pickedFrom = {};
    m_nodes.clear();
    m_nodeOfEndpoint.clear();
    m_endpointsOfNode.clear();
    if (analysis && analysis->engine) {
        m_pickedFrom.valid = true;
        m_pickedFrom.objects = analysis->engine->inventory().objects();
        m_pickedFrom.nodes = analysis->engine->workspace()->nodes;
        NodeList list = NodeList::of(*analysis->engine);
        m_nodes = std::move(list.nodes);
        m_nodeOfEndpoint = std::move(list.nodeOfEndpoint);
        m_endpointsOfNode = std::move(list.endpointsOfNode);
        m_endpointsOfNode.insert(QString(), list.endpoints);
    }
    syncControls();
}

void DataplanePanel::syncControls()
{
    const QSignalBlocker blockNode(m_nodeCombo);
    const QSignalBlocker blockEndpoint(m_endpointCombo);

    m_nodeCombo->clear();
    m_nodeCombo->addItem(tr("Any node"), QString());
    for (const QString &n : std::as_const(m_nodes))
        m_nodeCombo->addItem(n, n);
    if (!m_node.isEmpty() && m_nodeCombo->findData(m_node) < 0)
        m_nodeCombo->addItem(m_node, m_node);
    m_nodeCombo->setCurrentIndex(std::max(0, m_nodeCombo->findData(m_node)));

    m_endpointCombo->clear();
    m_endpointCombo->addItem(
        m_node.isEmpty() ? tr("(choose an endpoint)") : tr("(whole node)"), QString());
    const QStringList endpoints = m_endpointsOfNode.value(m_node);
    for (const QString &e : endpoints)
        m_endpointCombo->addItem(e, e);
    if (!m_endpoint.isEmpty() && m_endpointCombo->findData(m_endpoint) < 0)
        m_endpointCombo->addItem(m_endpoint, m_endpoint);
    m_endpointCombo->setCurrentIndex(std::max(0, m_endpointCombo->findData(m_endpoint)));

    m_dataplaneCombo->setCurrentIndex(m_dataplaneCombo->findData(int(m_dataplane)));
    m_viewCombo->setCurrentIndex(m_viewCombo->findData(int(m_view)));
    m_viewCombo->setEnabled(m_dataplane == Dataplane::Iptables);
    m_namingCombo->setCurrentIndex(m_namingCombo->findData(int(m_naming)));
    m_familyCombo->setCurrentIndex(m_familyCombo->findData(m_ipVersion));
}

void DataplanePanel::onNodePicked(int index)
{
    setNode(m_nodeCombo->itemData(index).toString());
}

void DataplanePanel::onEndpointPicked(int index)
{
    const QString ref = m_endpointCombo->itemData(index).toString();
    if (ref.isEmpty()) {
        setNode(m_node);
        return;
    }
    setEndpoint(ref);
}

void DataplanePanel::setEndpoint(const QString &ref)
{
    m_endpoint = ref;
    const auto node = m_nodeOfEndpoint.constFind(ref);
    if (node != m_nodeOfEndpoint.constEnd())
        m_node = *node;
    syncControls();
    scheduleRender();
}

void DataplanePanel::setNode(const QString &node)
{
    m_node = node;
    m_endpoint.clear();
    syncControls();
    scheduleRender();
}

void DataplanePanel::setDataplane(Dataplane dataplane)
{
    if (dataplane == m_dataplane)
        return;
    m_dataplane = dataplane;
    syncControls();
    scheduleRender();
}

void DataplanePanel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    syncControls();
    scheduleRender();
}

void DataplanePanel::setIpVersion(int version)
{
    if (version == m_ipVersion || (version != 4 && version != 6))
        return;
    m_ipVersion = version;
    syncControls();
    scheduleRender();
}

void DataplanePanel::setNaming(FelixNaming naming)
{
    if (naming == m_naming)
        return;
    m_naming = naming;
    syncControls();
    scheduleRender();
}

// ---- rendering -----------------------------------------------------------------------------

bool DataplanePanel::isRendering() const
{
    return m_rendering != nullptr || m_renderPending;
}

void DataplanePanel::scheduleRender()
{
    ++m_serial;
    if (m_endpoint.isEmpty() && m_node.isEmpty()) {
        m_result.reset();
        m_highlightedLines.clear();
        m_text->clear();
        showMessage(tr("Select a pod or a node to see what Felix would program."));
        updateCounts();
        return;
    }
    if (!m_document->analysis()) {
        showMessage(tr("Analysing the workspace…"));
        return;
    }
    if (m_rendering) {
        m_renderPending = true; // started when the running render finishes
        updateCounts();
        return;
    }
    startRender();
}

void DataplanePanel::startRender()
{
    m_renderPending = false;
    if (m_stack->currentIndex() == kMessagePage)
        showMessage(tr("Rendering…"));
    RenderRequest request;
    request.endpoint = m_endpoint;
    request.node = m_node;
    request.dataplane = m_dataplane;
    request.options.naming = m_naming;
    request.options.ipVersion = m_ipVersion;
    request.options.localizedPurposes = true;
    m_rendering = new QFutureWatcher<std::shared_ptr<const RenderedView>>(this);
    connect(m_rendering, &QFutureWatcherBase::finished, this, &DataplanePanel::onRenderFinished);
    m_rendering->setFuture(
        QtConcurrent::run(renderView, m_document->analysis(), request, m_view, m_serial));
    updateCounts();
}

void DataplanePanel::onRenderFinished()
{
    std::shared_ptr<const RenderedView> result = m_rendering->result();
    m_rendering->deleteLater();
    m_rendering = nullptr;
    if (!result || result->serial != m_serial) {
        // Stale: the scope, options or workspace changed while it ran; render the latest.
        scheduleRender();
        return;
    }
    showResult(std::move(result));
}

void DataplanePanel::showResult(std::shared_ptr<const RenderedView> result)
{
    const bool sameTarget = m_result && m_result->target == result->target
        && m_result->dataplane == result->dataplane && m_result->view == result->view;
    const int scroll = m_text->verticalScrollBar()->value();
    m_result = std::move(result);
    if (!m_result->error.isEmpty()) {
        m_text->clear();
        m_highlightedLines.clear();
        showMessage(tr("Cannot render %1: %2").arg(m_result->target, m_result->error));
        updateCounts();
        Q_EMIT rendered();
        return;
    }
    // Colour with the spans the worker computed: only applying them is left to this thread.
    // Clearing first keeps a change of syntax from rehighlighting the old text.
    m_text->clear();
    m_highlighter->setSyntax(m_result->syntax);
    m_highlighter->setPrecomputedSpans(m_result->spans);
    m_text->setPlainText(m_result->text);
    m_stack->setCurrentIndex(kTextPage);
    m_message->clear();
    if (sameTarget && !m_scrollToHighlight)
        m_text->verticalScrollBar()->setValue(scroll);
    applyHighlight(m_scrollToHighlight);
    updateCounts();
    Q_EMIT rendered();
}

void DataplanePanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentIndex(kMessagePage);
}

QString DataplanePanel::message() const
{
    return m_stack->currentIndex() == kMessagePage ? m_message->text() : QString();
}

QString DataplanePanel::text() const
{
    return m_result ? m_result->text : QString();
}

const QList<RenderedLine> &DataplanePanel::lines() const
{
    return m_result ? m_result->lines : emptyLines();
}

const FelixRuleset &DataplanePanel::ruleset() const
{
    return m_result ? m_result->ruleset : emptyRuleset();
}

void DataplanePanel::updateCounts()
{
    if (!m_result || !m_result->error.isEmpty()) {
        m_counts->setText(isRendering() ? tr("Rendering…") : QString());
        return;
    }
    const FelixRuleset &rs = m_result->ruleset;
    qsizetype members = 0;
    for (const IpSetDefinition &s : rs.ipsets)
        members += s.members.size();
    QStringList parts;
    parts << tr("%n chain(s)", "", int(rs.chains.size()))
          << tr("%n rule(s)", "", int(rs.ruleCount()))
          << tr("%n IP set(s)", "", int(rs.ipsets.size())) << tr("%n member(s)", "", int(members));
    if (!rs.tables.isEmpty()) {
        QStringList tables;
        for (const FelixTable &t : rs.tables)
            tables.append(t.name);
        parts << tr("tables %1 and filter").arg(tables.join(QStringLiteral(", ")));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (m_highlight.isValid()) {
        // A 200 KB name (invalid, but loaded) is not laid out whole.
        const QString policy = excerpt(m_highlight.policy, 0, 100);
        const QString what = m_highlight.rule >= 0
            ? tr("%1, %2 rule %3")
                  .arg(policy, directionText(directionName(m_highlight.direction)))
                  .arg(m_highlight.rule)
            : policy;
        text += QStringLiteral("  —  ")
            + tr("%n line(s) from %1", "", int(m_highlightedLines.size())).arg(what);
    }
    if (isRendering())
        text += QStringLiteral("  ") + tr("(rendering…)");
    m_counts->setText(text);
}

// ---- highlight, hover, activation --------------------------------------------------------------

bool DataplanePanel::lineFromRule(const RenderedLine &line, const RuleRef &ref)
{
    const RuleOrigin &o = line.origin;
    if (!ref.isValid())
        return false;
    // By resource when both know it (a renamed policy, two policies of one name); else by name.
    const bool samePolicy = !o.policy.isNull() && !ref.id.isNull()
        ? o.policy == ref.id
        : o.name == ref.policy && o.policyKind == ref.kind;
    if (!samePolicy)
        return false;
    if (ref.rule < 0)
        return true; // the policy as a whole: its chains and the jumps to them
    return o.kind == RuleOrigin::Kind::Policy && line.rule >= 0 && o.ruleIndex == ref.rule
        && o.direction == directionName(ref.direction);
}

void DataplanePanel::highlightRule(const RuleRef &ref)
{
    m_highlight = ref;
    m_scrollToHighlight = true;
    applyHighlight(true);
    updateCounts();
}

void DataplanePanel::applyHighlight(bool scroll)
{
    m_highlightedLines.clear();
    QList<QTextEdit::ExtraSelection> selections;
    if (m_result && m_highlight.isValid()) {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        const QColor background = dark ? QColor(0x5a, 0x4a, 0x12) : QColor(0xff, 0xec, 0x99);
        const QList<RenderedLine> &all = m_result->lines;
        QTextBlock block = m_text->document()->firstBlock();
        for (qsizetype i = 0; i < all.size() && block.isValid(); ++i, block = block.next()) {
            if (!lineFromRule(all[i], m_highlight))
                continue;
            m_highlightedLines.append(int(i));
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(block);
            sel.format.setBackground(background);
            sel.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(sel);
        }
    }
    m_text->setExtraSelections(selections);
    if (scroll && m_result) {
        m_scrollToHighlight = false;
        if (!m_highlightedLines.isEmpty()) {
            const QTextBlock first
                = m_text->document()->findBlockByNumber(m_highlightedLines.first());
            QTextCursor cursor(first);
            m_text->setTextCursor(cursor);
            m_text->centerCursor();
        }
    }
}

RuleRef DataplanePanel::ruleAtLine(int index) const
{
    if (!m_result || index < 0 || index >= m_result->lines.size())
        return {};
    const RenderedLine &line = m_result->lines[index];
    const RuleOrigin &o = line.origin;
    RuleRef ref;
    if (o.name.isEmpty() || o.policyKind.isEmpty() || o.policyKind == u"Profile")
        return ref;
    if (o.kind != RuleOrigin::Kind::Policy && o.kind != RuleOrigin::Kind::Endpoint
        && o.kind != RuleOrigin::Kind::PolicyGroup)
        return ref;
    ref.kind = o.policyKind;
    ref.policy = o.name;
    ref.id = o.policy;
    ref.direction = directionOf(o);
    if (o.kind == RuleOrigin::Kind::Policy && line.rule >= 0)
        ref.rule = o.ruleIndex;
    return ref;
}

QString DataplanePanel::toolTipForLine(int index) const
{
    if (!m_result || index < 0 || index >= m_result->lines.size())
        return {};
    const RenderedLine &line = m_result->lines[index];
    const RuleOrigin &o = line.origin;
    const QString direction = directionText(o.direction);
    if (m_result->view == View::Ipsets && m_result->dataplane == Dataplane::Iptables) {
        if (o.name.isEmpty())
            return {};
        return tr("IP set %1: %2").arg(o.name, o.purpose);
    }
    if (line.chain.isEmpty())
        return {};
    const FelixChain *chain = m_result->ruleset.chain(line.chain);
    switch (o.kind) {
    case RuleOrigin::Kind::Policy:
        if (line.rule >= 0 && o.ruleIndex >= 0)
            return tr("from %1 %2, %3 rule %4")
                .arg(o.policyKind, o.name, direction)
                .arg(o.ruleIndex);
        if (line.rule >= 0 && !o.purpose.isEmpty())
            return tr("%1 %2, %3: %4").arg(o.policyKind, o.name, direction, o.purpose);
        return tr("chain of %1 %2, %3").arg(o.policyKind, o.name, direction);
    case RuleOrigin::Kind::Profile:
        if (line.rule >= 0 && o.ruleIndex >= 0)
            return tr("from profile %1, %2 rule %3").arg(o.name, direction).arg(o.ruleIndex);
        if (line.rule >= 0 && !o.purpose.isEmpty())
            return tr("profile %1, %2: %3").arg(o.name, direction, o.purpose);
        return tr("chain of profile %1, %2").arg(o.name, direction);
    default:
        break;
    }
    QString purpose = o.purpose;
    if (line.rule < 0 || purpose.isEmpty())
        purpose = chain ? chain->purpose : QString();
    if (purpose.isEmpty())
        purpose = tr("Calico chain %1").arg(line.chain);
    if (line.rule >= 0 && !o.policyKind.isEmpty() && !o.name.isEmpty())
        return tr("%1: %2 %3").arg(purpose, o.policyKind, o.name);
    if (line.rule >= 0 && !o.endpoint.isEmpty())
        return tr("%1 (endpoint %2)").arg(purpose, o.endpoint);
    return purpose;
}

void DataplanePanel::activateLine(int line)
{
    const RuleRef ref = ruleAtLine(line);
    if (!ref.isValid())
        return;
    m_highlight = ref;
    applyHighlight(false);
    updateCounts();
    Q_EMIT ruleActivated(ref);
}

bool DataplanePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activateLine(m_text->textCursor().blockNumber());
            return true;
        }
    }
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const int line = m_text->cursorForPosition(help->pos()).blockNumber();
            const QString tip = toolTipForLine(line);
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, m_text->viewport());
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection())
                activateLine(m_text->cursorForPosition(mouse->position().toPoint()).blockNumber());
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool DataplanePanel::findNext(bool backward)
{
    const QString needle = m_search->text();
    if (needle.isEmpty() || !m_result)
        return false;
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_text->find(needle, flags);
    if (!found) {
        QTextCursor wrap(m_text->document());
        wrap.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        const QTextCursor saved = m_text->textCursor();
        m_text->setTextCursor(wrap);
        found = m_text->find(needle, flags);
        if (!found)
            m_text->setTextCursor(saved);
    }
    m_search->setStyleSheet(
        found ? QString() : QStringLiteral("QLineEdit { background: #f8d7da; }"));
    return found;
}

} // namespace ps
