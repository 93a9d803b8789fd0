// The dataplane panel on the embedded demo workspace: it renders what Felix would program for a
// pod or a node off the GUI thread, maps every line back to its source rule (highlight, hover,
// click), switches between iptables views and nft, and drops results of superseded requests.

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QTranslator>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"
#include "core/dataplane/rulesetformat.h"
#include "core/report/renderreport.h"
#include "core/generate/generator.h"
#include "core/report/chainreport.h"
#include "resources/demoworkspace.h"
#include "ui/dataplane/dataplanepanel.h"
#include "ui/document.h"
#include "ui/highlight/rulesethighlighter.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kServer = QStringLiteral("production/server-0");
const QString kClient = QStringLiteral("production/client-0");

Result<FelixRuleset> renderDirect(
    const PolicyEngine &engine, const QString &endpoint, Dataplane dataplane = Dataplane::Iptables)
{
    RenderRequest request;
    request.endpoint = endpoint;
    request.dataplane = dataplane;
    return render(engine, request);
}

// The lines FelixRuleset's own mapping attributes to the API rule `ref` (rule >= 0).
QList<int> linesOfRule(const QList<RenderedLine> &lines, const RuleRef &ref)
{
    QList<int> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const RenderedLine &l = lines[i];
        if (l.rule >= 0 && l.origin.kind == RuleOrigin::Kind::Policy && l.origin.name == ref.policy
            && l.origin.policyKind == ref.kind && l.origin.direction == directionName(ref.direction)
            && l.origin.ruleIndex == ref.rule)
            out.append(int(i));
    }
    return out;
}

// Marks every purpose it translates, so a test sees which text went through the translator.
class PurposeTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "FelixPurpose") != 0)
            return {};
        return u"\u00ab"_s + QString::fromUtf8(source) + u"\u00bb"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestDataplanePanel : public QObject {
    Q_OBJECT
private:
    Document *m_document = nullptr;

    std::shared_ptr<const PolicyEngine> engine() const { return m_document->analysis()->engine; }

    static bool waitRendered(DataplanePanel &panel)
    {
        QSignalSpy spy(&panel, &DataplanePanel::rendered);
        return spy.wait(20000);
    }

    // Every API rule of every policy that applies to `endpoint`, as RuleRefs.
    QList<RuleRef> rulesApplyingTo(const QString &endpoint) const
    {
        QList<RuleRef> out;
        const int object = engine()->resolve(endpoint)->object;
        for (Direction dir : {Direction::Ingress, Direction::Egress}) {
            for (int pi : engine()->applicablePolicies(object, dir)) {
                const CompiledPolicy &p = engine()->policies()[pi];
                const auto &rules = dir == Direction::Ingress ? p.ingress : p.egress;
                for (const CompiledRule &r : rules)
                    out.append({p.kindName, p.displayName, dir, r.index, p.policy.source.id});
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_document = new Document(this);
        QSignalSpy ready(m_document, &Document::analysisReady);
        m_document->open({demoWorkspacePath()});
        QVERIFY(ready.wait(30000));
        QVERIFY(engine());
        QVERIFY(engine()->resolve(kServer)->isEndpoint());
    }

    void emptyStateAsksForAPodOrNode()
    {
        DataplanePanel panel(m_document);
        QVERIFY(panel.message().contains(QStringLiteral("Select a pod or a node")));
        QVERIFY(panel.text().isEmpty());
        QVERIFY(!panel.isRendering());
    }

    void podShowsItsWorkloadChains()
    {
        DataplanePanel panel(m_document);
        panel.setEndpoint(kServer);
        QVERIFY(panel.isRendering());
        QCOMPARE(panel.message(), QStringLiteral("Rendering…"));
        QVERIFY(waitRendered(panel));
        QVERIFY(panel.message().isEmpty());

        const Result<FelixRuleset> direct = renderDirect(*engine(), kServer);
        QVERIFY(direct.ok());
        QCOMPARE(direct->endpoints.size(), 1);
        const RenderedEndpoint &ep = direct->endpoints.first();
        QVERIFY(ep.toChain.startsWith(QStringLiteral("cali-tw-")));
        QVERIFY(ep.fromChain.startsWith(QStringLiteral("cali-fw-")));
        QVERIFY(panel.text().contains(QStringLiteral(":") + ep.toChain + QStringLiteral(" - -")));
        QVERIFY(panel.text().contains(QStringLiteral("-A ") + ep.fromChain + u' '));

        // Exactly the core's iptables-restore text, one block per rendered line.
        QCOMPARE(panel.text() + u'\n', iptablesRestoreText(*direct));
        QCOMPARE(panel.lines().size(), iptablesRestoreLines(*direct).size());
        QCOMPARE(panel.textView()->document()->blockCount(), panel.lines().size());
        QCOMPARE(panel.textView()->toPlainText(), panel.text());
    }

    void highlightMarksExactlyTheRulesLines_data()
    {
        QTest::addColumn<RuleRef>("ref");
        // initTestCase has run: the engine is there.
        const QList<RuleRef> rules = rulesApplyingTo(kServer);
        for (const RuleRef &r : rules) {
            QTest::addRow(
                "%s %s %d", qPrintable(r.policy), qPrintable(directionName(r.direction)), r.rule)
                << r;
        }
    }

    void highlightMarksExactlyTheRulesLines()
    {
        QFETCH(RuleRef, ref);
        DataplanePanel panel(m_document);
        panel.resize(900, 600);
        panel.show();
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));

        panel.highlightRule(ref);
        const Result<FelixRuleset> direct = renderDirect(*engine(), kServer);
        const QList<int> expected = linesOfRule(iptablesRestoreLines(*direct), ref);
        QVERIFY2(!expected.isEmpty(), "an applicable rule renders at least one line");
        QCOMPARE(panel.highlightedLines(), expected);
        QCOMPARE(panel.textView()->extraSelections().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(panel.textView()->extraSelections()[i].cursor.blockNumber(), expected[i]);
        // Scrolled to the first marked line.
        QCOMPARE(panel.textView()->textCursor().blockNumber(), expected.first());

        // Each marked line says where it comes from and activates its rule.
        for (int line : expected) {
            QCOMPARE(panel.toolTipForLine(line),
                QStringLiteral("from %1 %2, %3 rule %4")
                    .arg(ref.kind, ref.policy, directionName(ref.direction))
                    .arg(ref.rule));
            QSignalSpy activated(&panel, &DataplanePanel::ruleActivated);
            panel.activateLine(line);
            QCOMPARE(activated.size(), 1);
            QCOMPARE(activated.first().first().value<RuleRef>(), ref);
        }
    }

    void highlightSurvivesRerenderAndClears()
    {
        const QList<RuleRef> rules = rulesApplyingTo(kServer);
        QVERIFY(!rules.isEmpty());
        DataplanePanel panel(m_document);
        panel.highlightRule(rules.first()); // before any render: applied once it is shown
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        QVERIFY(!panel.highlightedLines().isEmpty());
        QCOMPARE(panel.textView()->textCursor().blockNumber(), panel.highlightedLines().first());
        panel.highlightRule({});
        QVERIFY(panel.highlightedLines().isEmpty());
        QVERIFY(panel.textView()->extraSelections().isEmpty());
    }

    void wholePolicyMarksItsChainsAndJumps()
    {
        const QList<RuleRef> rules = rulesApplyingTo(kServer);
        QVERIFY(!rules.isEmpty());
        RuleRef policy = rules.first();
        policy.rule = -1;
        DataplanePanel panel(m_document);
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        panel.highlightRule(policy);
        bool declaration = false;
        bool jump = false;
        for (int line : panel.highlightedLines()) {
            const RenderedLine &l = panel.lines()[line];
            QCOMPARE(l.origin.name, policy.policy);
            declaration = declaration || (l.rule < 0 && l.text.startsWith(u':'));
            jump = jump
                || (l.origin.kind == RuleOrigin::Kind::Endpoint
                    && l.text.contains(u"--jump cali-p"));
        }
        QVERIFY(declaration);
        QVERIFY(jump);
        // Clicking the jump in the endpoint chain names the policy as a whole.
        for (int line : panel.highlightedLines()) {
            if (panel.lines()[line].origin.kind == RuleOrigin::Kind::Endpoint) {
                const RuleRef at = panel.ruleAtLine(line);
                QCOMPARE(at.kind, policy.kind);
                QCOMPARE(at.policy, policy.policy);
                QCOMPARE(at.rule, -1);
                break;
            }
        }
    }

    void clickingALineActivatesItsRule()
    {
        const QList<RuleRef> rules = rulesApplyingTo(kServer);
        QVERIFY(!rules.isEmpty());
        DataplanePanel panel(m_document);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        panel.highlightRule(rules.first());
        const int line = panel.highlightedLines().first();
        QPlainTextEdit *view = panel.textView();
        QTextBlock block = view->document()->findBlockByNumber(line);
        // The text view scrolled to it, so the block is visible.
        const QRect rect = view->cursorRect(QTextCursor(block));
        QVERIFY(view->viewport()->rect().contains(QPoint(40, rect.center().y())));
        QSignalSpy activated(&panel, &DataplanePanel::ruleActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(40, rect.center().y()));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<RuleRef>(), rules.first());
        // The line names the policy by its resource, as the editor opens it.
        QVERIFY(!activated.first().first().value<RuleRef>().id.isNull());
        QVERIFY(
            policyIndex(m_document->workspace(), activated.first().first().value<RuleRef>()) >= 0);

        // Return on a line activates it too.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().value<RuleRef>(), rules.first());

        // Fixed chains have no source rule: no signal, but a purpose on hover.
        int fixed = -1;
        for (int i = 0; i < panel.lines().size(); ++i) {
            if (panel.lines()[i].rule >= 0
                && panel.lines()[i].origin.kind == RuleOrigin::Kind::Fixed) {
                fixed = i;
                break;
            }
        }
        if (fixed >= 0) {
            panel.activateLine(fixed);
            QCOMPARE(activated.size(), 2);
            QVERIFY(!panel.toolTipForLine(fixed).isEmpty());
        }
    }

    void nftShowsAnNftScript()
    {
        DataplanePanel panel(m_document);
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        panel.setDataplane(Dataplane::Nftables);
        QVERIFY(waitRendered(panel));
        QVERIFY(panel.text().startsWith(QStringLiteral("add table ip calico")));
        QVERIFY(panel.text().contains(QStringLiteral("add rule ip calico filter-cali-tw-")));
        QVERIFY(!panel.text().contains(QStringLiteral("-A cali-")));
        const Result<FelixRuleset> direct = renderDirect(*engine(), kServer, Dataplane::Nftables);
        QCOMPARE(panel.text() + u'\n', nftablesScript(*direct));
        QVERIFY(!panel.findChild<QComboBox *>(QStringLiteral("dataplaneView"))->isEnabled());

        // The mapping works for nft lines too.
        const RuleRef ref = rulesApplyingTo(kServer).first();
        panel.highlightRule(ref);
        QCOMPARE(panel.highlightedLines(), linesOfRule(nftablesLines(*direct), ref));
        QVERIFY(!panel.highlightedLines().isEmpty());
    }

    void iptablesViews()
    {
        DataplanePanel panel(m_document);
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        const Result<FelixRuleset> direct = renderDirect(*engine(), kServer);

        panel.setView(DataplanePanel::View::IptablesSave);
        QVERIFY(waitRendered(panel));
        QCOMPARE(panel.text() + u'\n', iptablesSaveText(*direct));
        QVERIFY(panel.text().contains(QStringLiteral(" - [0:0]")));

        panel.setView(DataplanePanel::View::Ipsets);
        QVERIFY(waitRendered(panel));
        QCOMPARE(panel.text() + u'\n', ipsetRestoreText(*direct));
        QVERIFY(!direct->ipsets.isEmpty());
        const IpSetDefinition &set = direct->ipsets.first();
        bool found = false;
        for (int i = 0; i < panel.lines().size(); ++i) {
            if (panel.lines()[i].text.startsWith(QStringLiteral("create ") + set.name)) {
                QVERIFY(panel.toolTipForLine(i).contains(set.purpose));
                found = true;
                break;
            }
        }
        QVERIFY(found);
    }

    void legacyNamingRenamesPolicyChains()
    {
        DataplanePanel panel(m_document);
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        const QString current = panel.text();
        panel.setNaming(FelixNaming::V3_29);
        QVERIFY(waitRendered(panel));
        RenderRequest request;
        request.endpoint = kServer;
        request.options.naming = FelixNaming::V3_29;
        QCOMPARE(panel.text() + u'\n', iptablesRestoreText(*render(*engine(), request)));
        QVERIFY(panel.text() != current);
    }

    // The IPv6 ruleset, as the core renders it for the same endpoint; the picker follows.
    void ipv6Family()
    {
        DataplanePanel panel(m_document);
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        const QString v4 = panel.text();
        auto *family = panel.findChild<QComboBox *>(QStringLiteral("dataplaneFamily"));
        QVERIFY(family);
        family->setCurrentIndex(family->findData(6));
        Q_EMIT family->activated(family->currentIndex());
        QCOMPARE(panel.ipVersion(), 6);
        QVERIFY(waitRendered(panel));
        RenderRequest request;
        request.endpoint = kServer;
        request.options.ipVersion = 6;
        QCOMPARE(panel.text() + u'\n', iptablesRestoreText(*render(*engine(), request)));
        QVERIFY(panel.text() != v4);
        panel.setIpVersion(4);
        QCOMPARE(family->currentData().toInt(), 4);
        QVERIFY(waitRendered(panel));
        QCOMPARE(panel.text(), v4);
    }

    void nodeShowsEveryLocalPod()
    {
        DataplanePanel panel(m_document);
        panel.setNode(QStringLiteral("worker-1"));
        QVERIFY(waitRendered(panel));
        RenderRequest request;
        request.node = QStringLiteral("worker-1");
        const Result<FelixRuleset> direct = render(*engine(), request);
        QVERIFY(direct->endpoints.size() > 1);
        for (const RenderedEndpoint &ep : direct->endpoints)
            QVERIFY2(panel.text().contains(ep.toChain), qPrintable(ep.ref));
        auto *endpoints = panel.findChild<QComboBox *>(QStringLiteral("dataplaneEndpoint"));
        // The endpoint picker lists the node's endpoints after "(whole node)".
        QCOMPARE(endpoints->count(), direct->endpoints.size() + 1);
        QCOMPARE(endpoints->currentIndex(), 0);
    }

    void staleResultsAreDropped()
    {
        DataplanePanel panel(m_document);
        QSignalSpy rendered(&panel, &DataplanePanel::rendered);
        panel.setEndpoint(kClient); // starts rendering client-0 ...
        panel.setEndpoint(kServer); // ... which is stale before it can be shown
        QVERIFY(rendered.wait(20000));
        QTest::qWait(300);
        QCOMPARE(rendered.size(), 1);
        const QString serverChain = renderDirect(*engine(), kServer)->endpoints.first().toChain;
        const QString clientChain = renderDirect(*engine(), kClient)->endpoints.first().toChain;
        QVERIFY(serverChain != clientChain);
        QVERIFY(panel.text().contains(serverChain));
        QVERIFY(!panel.text().contains(clientChain));
        QVERIFY(!panel.isRendering());
    }

    void rerendersWhenTheAnalysisIsReady()
    {
        DataplanePanel panel(m_document);
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        const QList<RuleRef> rules = rulesApplyingTo(kServer);
        const qsizetype index = policyIndex(m_document->workspace(), rules.first());
        QVERIFY(index >= 0);
        QVERIFY(!panel.text().isEmpty());
        QSignalSpy rendered(&panel, &DataplanePanel::rendered);
        m_document->removePolicy(m_document->workspace()->policies[index].source.id);
        QVERIFY(rendered.wait(20000));
        QVERIFY(!panel.text().contains(QStringLiteral("--comment \"") + rules.first().kind + u' '
            + rules.first().policy + u' '));
        m_document->undoStack()->undo();
        QVERIFY(rendered.wait(20000));
        QVERIFY(panel.text().contains(rules.first().policy));
    }

    void unknownEndpointSaysSo()
    {
        DataplanePanel panel(m_document);
        panel.setEndpoint(QStringLiteral("nowhere/nothing"));
        QVERIFY(waitRendered(panel));
        QVERIFY(panel.message().contains(QStringLiteral("nowhere/nothing")));
    }

    void findNextWrapsAround()
    {
        DataplanePanel panel(m_document);
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        panel.searchBox()->setText(QStringLiteral("cali-tw-"));
        QVERIFY(panel.findNext());
        const int first = panel.textView()->textCursor().blockNumber();
        QCOMPARE(panel.textView()->textCursor().selectedText(), QStringLiteral("cali-tw-"));
        int guard = 0;
        while (panel.findNext() && panel.textView()->textCursor().blockNumber() != first
            && ++guard < 1000) { }
        QCOMPARE(panel.textView()->textCursor().blockNumber(), first);
        panel.searchBox()->setText(QStringLiteral("no such text anywhere"));
        QVERIFY(!panel.findNext());
    }

    void hoveringALineShowsItsOrigin()
    {
        const QList<RuleRef> rules = rulesApplyingTo(kServer);
        DataplanePanel panel(m_document);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        panel.highlightRule(rules.first());
        QPlainTextEdit *view = panel.textView();
        const int line = panel.highlightedLines().first();
        const QRect rect = view->cursorRect(QTextCursor(view->document()->findBlockByNumber(line)));
        const QPoint pos(60, rect.center().y());
        QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), panel.toolTipForLine(line));
        QVERIFY(QToolTip::text().startsWith(QStringLiteral("from ")));
    }

    // Purposes of fixed rules and chains are written in the core and shown translated; the
    // ruleset the CLI writes as JSON keeps the English, translator or not.
    void purposesAreTranslatedOnHover()
    {
        PurposeTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto uninstall
            = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        DataplanePanel panel(m_document);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        const Result<FelixRuleset> direct = renderDirect(*engine(), kServer);
        const RenderedEndpoint &ep = direct->endpoints.first();

        int established = -1; // a rule of the endpoint chain, with a fixed purpose
        int declaration = -1; // the chain's declaration: the chain's purpose, with an argument
        for (int i = 0; i < panel.lines().size(); ++i) {
            const RenderedLine &l = panel.lines()[i];
            if (l.chain != ep.toChain)
                continue;
            if (l.rule < 0 && declaration < 0)
                declaration = i;
            if (l.rule >= 0 && established < 0 && l.text.contains(u"RELATED,ESTABLISHED"))
                established = i;
        }
        QVERIFY(established >= 0);
        QVERIFY(declaration >= 0);

        const QString expected
            = u"\u00abaccept packets of established connections\u00bb (endpoint %1)"_s.arg(kServer);
        QCOMPARE(panel.toolTipForLine(established), expected);
        // Hovering the line shows that text.
        QPlainTextEdit *view = panel.textView();
        const QTextCursor cursor(view->document()->findBlockByNumber(established));
        view->setTextCursor(cursor);
        view->centerCursor();
        const QPoint pos(60, view->cursorRect(cursor).center().y());
        QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), panel.toolTipForLine(established));

        QCOMPARE(panel.toolTipForLine(declaration),
            u"\u00abto workload %1 (its ingress policy)\u00bb"_s.arg(kServer));

        // The English the CLI writes does not change with the translator installed.
        const FelixChain *chain = direct->chain(ep.toChain);
        QVERIFY(chain);
        QCOMPARE(chain->purpose, u"to workload %1 (its ingress policy)"_s.arg(kServer));
        const QByteArray json = toJson(*direct);
        QVERIFY(json.contains("\"accept packets of established connections\""));
        QVERIFY(!QString::fromUtf8(json).contains(u'\u00ab'));
    }

    // A node of a generated cluster: rendering runs off the GUI thread, which stays responsive
    // (the longest gap between 5 ms ticks is reported; the text is set and highlighted on it).
    void bigNodeRendersOffTheGuiThread()
    {
        GeneratorOptions options;
        options.namespaces = 50;
        options.pods = 2000;
        options.policies = 1000;
        const auto files = Generator(options).generateFiles();
        QVERIFY(files.ok());
        QTemporaryDir dir;
        for (const GeneratedFile &f : files.value()) {
            QFile out(dir.filePath(f.name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(f.content);
        }
        Document document;
        QSignalSpy ready(&document, &Document::analysisReady);
        document.open({dir.path()});
        QVERIFY(ready.wait(120000));
        const Inventory &inventory = document.analysis()->engine->inventory();
        QString node;
        for (const InventoryObject &o : inventory.objects()) {
            if (o.kind == ObjectKind::Pod && !o.node.isEmpty()) {
                node = o.node;
                break;
            }
        }
        QVERIFY(!node.isEmpty());

        DataplanePanel panel(&document);
        panel.resize(1000, 700);
        panel.show();
        QElapsedTimer call;
        call.start();
        panel.setNode(node);
        QVERIFY2(call.elapsed() < 250, "setNode must not render on the GUI thread");
        QElapsedTimer since;
        since.start();
        qint64 last = 0;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] {
            longest = std::max(longest, since.elapsed() - last);
            last = since.elapsed();
        });
        tick.start();
        QVERIFY(waitRendered(panel));
        QTest::qWait(50);
        qInfo("node %s: %lld lines, %lld rules, shown after %lld ms; longest GUI stall %lld ms",
            qPrintable(node), qlonglong(panel.lines().size()),
            qlonglong(panel.ruleset().ruleCount()), qlonglong(since.elapsed()), qlonglong(longest));
        QVERIFY(panel.lines().size() > 100);
    }

    void highlighterTokens_data()
    {
        using Syntax = RulesetHighlighter::Syntax;
        using Token = RulesetHighlighter::Token;
        QTest::addColumn<Syntax>("syntax");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Token>("token");
        const QString rule = QStringLiteral(
            "-A cali-tw-cali12345 -m comment --comment \"cali:xNLClhZ5aNk6qf9s\" -m set "
            "--match-set cali40s:RDrtBbMvWik4OyKVxtwzhXk src -m mark --mark 0x10000/0x10000 "
            "--jump ACCEPT");
        QTest::newRow("-A") << Syntax::Iptables << rule << QStringLiteral("-A") << Token::Keyword;
        QTest::newRow("chain") << Syntax::Iptables << rule << QStringLiteral("cali-tw-cali12345")
                               << Token::Chain;
        QTest::newRow("hash") << Syntax::Iptables << rule << QStringLiteral("cali:xNLClhZ5aNk6qf9s")
                              << Token::Hash;
        QTest::newRow("match") << Syntax::Iptables << rule << QStringLiteral(" -m set")
                               << Token::Match;
        QTest::newRow("ipset") << Syntax::Iptables << rule
                               << QStringLiteral("cali40s:RDrtBbMvWik4OyKVxtwzhXk") << Token::Set;
        QTest::newRow("mark") << Syntax::Iptables << rule << QStringLiteral("0x10000/0x10000")
                              << Token::Mark;
        QTest::newRow("ACCEPT") << Syntax::Iptables << rule << QStringLiteral("ACCEPT")
                                << Token::Accept;
        QTest::newRow("DROP") << Syntax::Iptables << QStringLiteral("-A x --jump DROP")
                              << QStringLiteral("DROP") << Token::Drop;
        QTest::newRow("RETURN") << Syntax::Iptables << QStringLiteral("-A x -j RETURN")
                                << QStringLiteral("RETURN") << Token::Return;
        QTest::newRow("jump to chain")
            << Syntax::Iptables << QStringLiteral("-A x --jump cali-pi-abc")
            << QStringLiteral("cali-pi-abc") << Token::Chain;
        QTest::newRow("comment") << Syntax::Iptables
                                 << QStringLiteral("-A x -m comment --comment \"Drop if no match\"")
                                 << QStringLiteral("\"Drop if no match\"") << Token::Comment;
        QTest::newRow("*filter") << Syntax::Iptables << QStringLiteral("*filter")
                                 << QStringLiteral("*filter") << Token::Header;
        QTest::newRow("declaration") << Syntax::Iptables << QStringLiteral(":cali-fw-x - -")
                                     << QStringLiteral("cali-fw-x") << Token::Chain;
        QTest::newRow("ipset create")
            << Syntax::Ipset << QStringLiteral("create cali40s:abc hash:net family inet")
            << QStringLiteral("cali40s:abc") << Token::Set;
        const QString nft = QStringLiteral(
            "add rule ip calico filter-cali-tw-x ip saddr @cali40s-abc meta mark & 0x10000 == "
            "0x10000 counter accept comment \"cali:abcdefghijklmnop;\"");
        QTest::newRow("nft chain")
            << Syntax::Nftables << nft << QStringLiteral("filter-cali-tw-x") << Token::Chain;
        QTest::newRow("nft set") << Syntax::Nftables << nft << QStringLiteral("@cali40s-abc")
                                 << Token::Set;
        QTest::newRow("nft accept")
            << Syntax::Nftables << nft << QStringLiteral("accept") << Token::Accept;
        QTest::newRow("nft hash") << Syntax::Nftables << nft
                                  << QStringLiteral("cali:abcdefghijklmnop") << Token::Hash;
        QTest::newRow("nft drop") << Syntax::Nftables
                                  << QStringLiteral("add rule ip calico filter-x counter drop")
                                  << QStringLiteral("drop") << Token::Drop;
    }

    // The token a range of the line ends up with (the last span covering it wins).
    void highlighterTokens()
    {
        QFETCH(RulesetHighlighter::Syntax, syntax);
        QFETCH(QString, line);
        QFETCH(QString, text);
        QFETCH(RulesetHighlighter::Token, token);
        const int start = int(line.indexOf(text));
        QVERIFY(start >= 0);
        const QList<RulesetHighlighter::Span> spans = RulesetHighlighter::spans(line, syntax);
        for (int i = start; i < start + text.size(); ++i) {
            std::optional<RulesetHighlighter::Token> at;
            for (const RulesetHighlighter::Span &s : spans) {
                if (i >= s.start && i < s.start + s.length)
                    at = s.token;
            }
            QVERIFY2(at.has_value(), qPrintable(QString::number(i)));
            QCOMPARE(int(*at), int(token));
        }
    }

    void screenshotWithHighlightedRule()
    {
        DataplanePanel panel(m_document);
        panel.resize(1100, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setEndpoint(kServer);
        QVERIFY(waitRendered(panel));
        panel.highlightRule(rulesApplyingTo(kServer).first());
        QVERIFY(panel.grab().save(QDir::tempPath() + QStringLiteral("/dataplane-panel.png")));
        // As a dock beside the editor: narrow.
        panel.resize(460, 520);
        QTest::qWait(50);
        QVERIFY(
            panel.grab().save(QDir::tempPath() + QStringLiteral("/dataplane-panel-narrow.png")));
    }
};

QTEST_MAIN(TestDataplanePanel)
#include "tst_dataplanepanel.moc"
