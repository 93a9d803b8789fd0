#include "ui/chain/chainview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/report/explainer.h"
#include "ui/chain/chaindelegate.h"
#include "ui/chain/chainmodel.h"
#include "ui/document.h"

namespace ps {

namespace {

// Below this width the two directions are shown as tabs.
constexpr int kSideBySideWidth = 620;

// Legend items stay on one line; the legend wraps between them.
QString nbsp(const QString &text)
{
    return text.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"));
}

QString pill(const QColor &fill, const QString &textColor, const QString &text)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(fill.name(), textColor, nbsp(text));
}

QString legendHtml()
{
    const QString sep = QStringLiteral(" &nbsp; ");
    QStringList parts;
    for (const char *a : {"Allow", "Deny", "Pass", "Log"}) {
        const QString action = QString::fromLatin1(a);
        const QString label = action == u"Allow" ? ChainView::tr("Allow")
            : action == u"Deny"                  ? ChainView::tr("Deny")
            : action == u"Pass"                  ? ChainView::tr("Pass")
                                                 : ChainView::tr("Log");
        parts.append(pill(ChainDelegate::actionColor(action), QStringLiteral("white"), label));
    }
    parts.append(QStringLiteral("<span style=\"color:%1;\"><b>&#x2503;</b> %2</span>")
                     .arg(ChainDelegate::pathColor().name(), nbsp(ChainView::tr("traced path"))));
    parts.append(QStringLiteral("<span style=\"color:#6b7580;\"><s>%1</s></span>")
                     .arg(nbsp(ChainView::tr("evaluated, no match"))));
    parts.append(pill(
        ChainDelegate::decidedFill(), QStringLiteral("black"), ChainView::tr("deciding rule")));
    parts.append(QStringLiteral("<span style=\"color:#9aa0a6;\">%1</span>")
                     .arg(nbsp(ChainView::tr("not reached"))));
    parts.append(pill(QColor(0xf3, 0xe2, 0xb5), QStringLiteral("#6d4c00"),
        ChainView::tr("staged (not enforced)")));
    return parts.join(sep);
}

} // namespace

ChainView::ChainView(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_ingress(new ChainModel(Direction::Ingress, this)),
      m_egress(new ChainModel(Direction::Egress, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    m_whyDenied = new QToolButton(this);
    m_whyDenied->setText(tr("Why is this denied?…"));
    m_whyDenied->setToolTip(tr("Trace a flow to or from this endpoint"));
    m_whyDenied->setToolButtonStyle(Qt::ToolButtonTextOnly);
    header->addWidget(m_whyDenied);
    layout->addLayout(header);

    auto *traceRow = new QHBoxLayout;
    m_traceLabel = new QLabel(this);
    m_traceLabel->setWordWrap(true);
    m_traceLabel->setTextFormat(Qt::RichText);
    traceRow->addWidget(m_traceLabel, 1);
    m_clearTrace = new QToolButton(this);
    m_clearTrace->setText(tr("Clear trace"));
    m_clearTrace->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_clearTrace->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    traceRow->addWidget(m_clearTrace);
    layout->addLayout(traceRow);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    QPalette emptyPalette = m_empty->palette();
    emptyPalette.setColor(QPalette::WindowText, QColor(0x6b, 0x75, 0x80));
    m_empty->setPalette(emptyPalette);
    m_stack->addWidget(m_empty);
    // Ingress and egress side by side when there is room, else as tabs (a narrow dock).
    auto *chainPage = new QWidget(m_stack);
    auto *chainLayout = new QVBoxLayout(chainPage);
    chainLayout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, chainPage);
    m_splitter->setChildrenCollapsible(false);
    m_ingressPane = createPane(Direction::Ingress);
    m_egressPane = createPane(Direction::Egress);
    m_splitter->addWidget(m_ingressPane);
    m_splitter->addWidget(m_egressPane);
    m_tabs = new QTabWidget(chainPage);
    m_tabs->setDocumentMode(true);
    m_tabs->hide();
    chainLayout->addWidget(m_splitter);
    chainLayout->addWidget(m_tabs);
    m_stack->addWidget(chainPage);
    layout->addWidget(m_stack, 1);

    auto *legend = new QLabel(legendHtml(), this);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    QFont legendFont = legend->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    legend->setFont(legendFont);
    layout->addWidget(legend);

    connect(m_clearTrace, &QToolButton::clicked, this, &ChainView::clearTrace);
    connect(m_whyDenied, &QToolButton::clicked, this,
        [this] { Q_EMIT whyDeniedRequested(m_resolved.isEmpty() ? m_endpoint : m_resolved); });
    connect(m_document, &Document::analysisReady, this, &ChainView::rebuild);
    setFocusProxy(m_ingressView);
    rebuild();
}

ChainView::~ChainView() = default;

void ChainView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangePanes();
}

void ChainView::arrangePanes()
{
    const bool wide = width() >= kSideBySideWidth;
    if (wide == !m_splitter->isHidden())
        return;
    if (wide) {
        m_splitter->addWidget(m_ingressPane);
        m_splitter->addWidget(m_egressPane);
        // The tab widget hid the page that was not current.
        m_ingressPane->show();
        m_egressPane->show();
        m_tabs->hide();
        m_splitter->show();
    } else {
        m_tabs->addTab(m_ingressPane, tr("Ingress"));
        m_tabs->addTab(m_egressPane, tr("Egress"));
        m_splitter->hide();
        m_tabs->show();
    }
}

QWidget *ChainView::createPane(Direction direction)
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *title = new QLabel(pane);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    // One line whatever its length, so both panes' lists start at the same height.
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(title);
    auto *view = new QListView(pane);
    view->setModel(direction == Direction::Ingress ? m_ingress : m_egress);
    view->setItemDelegate(new ChainDelegate(view));
    view->setUniformItemSizes(false);
    view->setMouseTracking(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->setMinimumWidth(180);
    view->setFrameShape(QFrame::StyledPanel);
    view->setAccessibleName(
        direction == Direction::Ingress ? tr("Ingress rule chain") : tr("Egress rule chain"));
    layout->addWidget(view, 1);
    connect(view, &QListView::clicked, this, &ChainView::activate);
    connect(view, &QListView::activated, this, &ChainView::activate);
    connect(view, &QListView::customContextMenuRequested, this,
        [this, view](const QPoint &pos) { showContextMenu(view, pos); });
    if (direction == Direction::Ingress) {
        m_ingressView = view;
        m_ingressTitle = title;
    } else {
        m_egressView = view;
        m_egressTitle = title;
    }
    return pane;
}

ChainModel *ChainView::model(Direction direction) const
{
    return direction == Direction::Ingress ? m_ingress : m_egress;
}

QListView *ChainView::view(Direction direction) const
{
    return viewFor(direction);
}

QListView *ChainView::viewFor(Direction direction) const
{
    return direction == Direction::Ingress ? m_ingressView : m_egressView;
}

QString ChainView::emptyMessage() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ChainView::setEndpoint(const QString &ref)
{
    if (ref == m_endpoint)
        return;
    m_endpoint = ref.trimmed();
    rebuild();
}

void ChainView::showTrace(const FlowTrace &trace)
{
    m_trace = trace;
    applyTrace();
}

void ChainView::clearTrace()
{
    m_trace.reset();
    applyTrace();
}

void ChainView::showEmpty(const QString &message)
{
    m_resolved.clear();
    m_ingress->clear();
    m_egress->clear();
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
    m_whyDenied->setEnabled(false);
    m_title->setText(
        m_endpoint.isEmpty() ? tr("Rule chain") : tr("Rule chain of %1").arg(m_endpoint));
}

void ChainView::rebuild()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (m_endpoint.isEmpty()) {
        showEmpty(tr("Select an endpoint in the inventory, or trace a flow, to see the rules "
                     "that apply to it in the order Calico evaluates them."));
    } else if (!analysis || !analysis->engine) {
        showEmpty(tr("Analysing the workspace…"));
    } else {
        const PolicyEngine &engine = *analysis->engine;
        const Result<EndpointRef> ref = engine.resolve(m_endpoint);
        if (!ref) {
            showEmpty(tr("%1 is not in the workspace any more.\n%2")
                          .arg(m_endpoint, ref.error().message));
        } else if (!ref->isEndpoint()) {
            showEmpty(
                tr("%1 is outside the inventory: Calico applies no policy there.").arg(m_endpoint));
        } else {
            const int ingressScroll = m_ingressView->verticalScrollBar()->value();
            const int egressScroll = m_egressView->verticalScrollBar()->value();
            const bool same = m_stack->currentWidget() != m_empty;
            const EndpointChain chain = engine.chain(ref->object);
            m_resolved = chain.endpoint;
            m_ingress->setChain(chain.endpoint, chain.ingress);
            m_egress->setChain(chain.endpoint, chain.egress);
            m_title->setText(tr("Rule chain of %1 (%2)").arg(chain.endpoint, chain.kind));
            m_ingressBase = tr("Ingress — arriving at %1").arg(chain.endpoint);
            m_egressBase = tr("Egress — leaving %1").arg(chain.endpoint);
            m_stack->setCurrentIndex(1);
            m_whyDenied->setEnabled(true);
            if (same) {
                m_ingressView->verticalScrollBar()->setValue(ingressScroll);
                m_egressView->verticalScrollBar()->setValue(egressScroll);
            }
        }
    }
    applyTrace();
}

void ChainView::applyTrace()
{
    m_clearTrace->setVisible(m_trace.has_value());
    m_ingressTitle->setText(m_ingressBase);
    m_egressTitle->setText(m_egressBase);
    m_ingressTitle->setToolTip(m_ingressBase);
    m_egressTitle->setToolTip(m_egressBase);
    if (!m_trace || !m_trace->ok() || m_resolved.isEmpty()) {
        m_ingress->clearTrace();
        m_egress->clearTrace();
        m_traceLabel->setVisible(m_trace.has_value());
        if (m_trace && !m_trace->ok())
            m_traceLabel->setText(tr("The traced flow could not be evaluated: %1")
                                      .arg(m_trace->error.toHtmlEscaped()));
        else if (m_trace)
            m_traceLabel->setText(tr("Traced: %1").arg(flowDescription(*m_trace).toHtmlEscaped()));
        return;
    }
    const FlowTrace &t = *m_trace;
    const bool egressHere = t.egress.isEndpoint && t.egress.endpoint == m_resolved;
    // A flow forwarded through this host endpoint meets its ingress stages (untracked,
    // pre-DNAT, forward); a flow to it meets them as the destination.
    const bool forwardHere
        = !t.via.isEmpty() && t.forward.isEndpoint && t.forward.endpoint == m_resolved;
    const bool ingressHere
        = forwardHere || (t.ingress.isEndpoint && t.ingress.endpoint == m_resolved);
    m_ingressTitle->setText(
        ingressHere ? m_ingressBase : tr("%1 · not in this trace").arg(m_ingressBase));
    m_egressTitle->setText(
        egressHere ? m_egressBase : tr("%1 · not in this trace").arg(m_egressBase));
    m_ingressTitle->setToolTip(m_ingressTitle->text());
    m_egressTitle->setToolTip(m_egressTitle->text());
    if (egressHere)
        m_egress->setTrace(t.egress);
    else
        m_egress->clearTrace();
    if (forwardHere)
        m_ingress->setTrace(t.forward);
    else if (ingressHere)
        m_ingress->setTrace(t.ingress);
    else
        m_ingress->clearTrace();

    const bool allowed = t.verdict == Verdict::Allow;
    const QString verdict = QStringLiteral("<b style=\"color:%1;\">%2</b>")
                                .arg(ChainDelegate::actionColor(
                                         allowed ? QStringLiteral("Allow") : QStringLiteral("Deny"))
                                         .name(),
                                    allowed ? tr("ALLOWED") : tr("DENIED"));
    QString text = tr("Traced %1: %2").arg(flowDescription(t).toHtmlEscaped(), verdict);
    if (!egressHere && !ingressHere)
        text += QStringLiteral("<br>")
            + tr("The flow does not pass through %1's policy.").arg(m_resolved.toHtmlEscaped());
    m_traceLabel->setText(text);
    m_traceLabel->setVisible(true);

    if (!m_tabs->isHidden() && (egressHere != ingressHere))
        m_tabs->setCurrentWidget(egressHere ? m_egressPane : m_ingressPane);
    for (const Direction dir : {Direction::Egress, Direction::Ingress}) {
        const QModelIndex deciding = model(dir)->decidingIndex();
        if (deciding.isValid())
            viewFor(dir)->scrollTo(deciding, QAbstractItemView::EnsureVisible);
    }
}

void ChainView::activate(const QModelIndex &index)
{
    const QVariant ref = index.data(ChainModel::RuleRefRole);
    if (ref.isValid())
        Q_EMIT ruleActivated(ref.value<RuleRef>());
}

void ChainView::showContextMenu(QListView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    QMenu menu(this);
    const QVariant ref = index.data(ChainModel::RuleRefRole);
    if (ref.isValid()) {
        const RuleRef rule = ref.value<RuleRef>();
        QAction *open = menu.addAction(rule.rule >= 0
                ? tr("Open rule %1 of %2").arg(rule.rule).arg(rule.policy)
                : tr("Open %1").arg(rule.policy));
        connect(open, &QAction::triggered, this, [this, rule] { Q_EMIT ruleActivated(rule); });
        menu.addSeparator();
    }
    QAction *why = menu.addAction(tr("Why is this denied?…"));
    why->setEnabled(!m_resolved.isEmpty());
    connect(why, &QAction::triggered, this, [this] { Q_EMIT whyDeniedRequested(m_resolved); });
    if (m_trace) {
        QAction *clear = menu.addAction(tr("Clear trace"));
        connect(clear, &QAction::triggered, this, &ChainView::clearTrace);
    }
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace ps
