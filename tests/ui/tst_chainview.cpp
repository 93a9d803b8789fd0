// The rule chain view on the embedded demo workspace: rows in the engine's evaluation order,
// a traced flow's deciding row and path, activation signals, live rebuilds after edits, and
// the empty state when the endpoint disappears.

#include <QAbstractItemModelTester>
#include <QDir>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include "resources/demoworkspace.h"
#include "ui/chain/chainmodel.h"
#include "ui/chain/chainview.h"
#include "ui/document.h"
#include "tests/support/testfiles.h"

#include "modeltesthelpers.h"

using namespace ps;

using Kind = ChainModel::RowKind;
using State = ChainModel::TraceState;

namespace {

// A tier before `default` whose policy logs, then passes traffic from clients to servers,
// and a staged policy that would deny it.
const char *kSecurityTier = R"(apiVersion: projectcalico.org/v3
kind: Tier
metadata:
  name: security
spec:
  order: 100
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: security.pass-clients
spec:
  tier: security
  order: 10
  selector: app == 'server'
  types: [Ingress]
  ingress:
    - action: Log
      source:
        selector: app == 'client'
    - action: Pass
      source:
        selector: app == 'client'
---
apiVersion: projectcalico.org/v3
kind: StagedGlobalNetworkPolicy
metadata:
  name: security.staged-deny
spec:
  tier: security
  order: 5
  selector: app == 'server'
  types: [Ingress]
  ingress:
    - action: Deny
)";

Kind kindOf(const QModelIndex &i)
{
    return i.data(ChainModel::RowKindRole).value<Kind>();
}

State stateOf(const QModelIndex &i)
{
    return i.data(ChainModel::TraceStateRole).value<State>();
}

RuleRef refOf(const QModelIndex &i)
{
    return i.data(ChainModel::RuleRefRole).value<RuleRef>();
}

// "tier:<name>", "policy:<name>", "rule:<policy>#<index>:<action>", "end:<tier>", ...
QStringList outline(const ChainModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        const QString text = i.data(ChainModel::TextRole).toString();
        switch (kindOf(i)) {
        case Kind::TierHeader:
            out.append(QStringLiteral("tier:") + text);
            break;
        case Kind::PolicyHeader:
            out.append(QStringLiteral("policy:") + text);
            break;
        case Kind::Rule:
            out.append(QStringLiteral("rule:%1#%2:%3")
                           .arg(refOf(i).policy)
                           .arg(refOf(i).rule)
                           .arg(i.data(ChainModel::ActionRole).toString()));
            break;
        case Kind::NoRules:
            out.append(QStringLiteral("none"));
            break;
        case Kind::TierEnd:
            out.append(QStringLiteral("end:") + i.data(ChainModel::ActionRole).toString());
            break;
        case Kind::ProfilesHeader:
            out.append(QStringLiteral("profiles"));
            break;
        case Kind::Final:
            out.append(QStringLiteral("final"));
            break;
        case Kind::StageHeader:
            out.append(QStringLiteral("stage:") + i.data(ChainModel::StageRole).toString());
            break;
        case Kind::StageEnd:
            out.append(QStringLiteral("stage-end:") + i.data(ChainModel::ActionRole).toString());
            break;
        }
    }
    return out;
}

QString hostEndpointWorkspace()
{
    return test::fixturePath(u"ui/host-endpoint.yaml");
}

// The row of a rule (or of a policy header, rule -1) in one stage of a host endpoint's chain.
QModelIndex stageRow(const ChainModel *model, const QString &stage, const QString &policy, int rule)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        const Kind kind = kindOf(i);
        if (i.data(ChainModel::StageRole).toString() == stage
            && (rule < 0 ? kind == Kind::PolicyHeader : kind == Kind::Rule)
            && refOf(i).policy == policy && refOf(i).rule == rule)
            return i;
    }
    return {};
}

// The first row of `kind` in `stage` (a stage header, tier end, stage end...).
QModelIndex stageRowOf(const ChainModel *model, const QString &stage, Kind kind)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        if (kindOf(i) == kind && i.data(ChainModel::StageRole).toString() == stage)
            return i;
    }
    return {};
}

// The same outline built directly from PolicyEngine::chain().
QStringList expectedOutline(const ChainDirection &d)
{
    QStringList out;
    for (const ChainTier &t : d.tiers) {
        out.append(QStringLiteral("tier:") + t.name);
        for (const ChainPolicy &p : t.policies) {
            out.append(QStringLiteral("policy:") + p.name);
            if (p.rules.isEmpty())
                out.append(QStringLiteral("none"));
            for (const ChainRule &r : p.rules)
                out.append(QStringLiteral("rule:%1#%2:%3").arg(p.name).arg(r.index).arg(r.action));
        }
        out.append(QStringLiteral("end:") + (t.stagedOnly ? QString() : t.defaultAction));
    }
    out.append(QStringLiteral("profiles"));
    for (const ChainProfile &p : d.profiles) {
        out.append(QStringLiteral("policy:") + p.name);
        if (p.rules.isEmpty())
            out.append(QStringLiteral("none"));
        for (const ChainRule &r : p.rules)
            out.append(QStringLiteral("rule:%1#%2:%3").arg(p.name).arg(r.index).arg(r.action));
    }
    if (d.profiles.isEmpty())
        out.append(QStringLiteral("none"));
    out.append(QStringLiteral("final"));
    return out;
}

QModelIndex findRow(const ChainModel *model, Kind kind, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r);
        if (kindOf(i) == kind && i.data(ChainModel::TextRole).toString() == text)
            return i;
    }
    return {};
}

FlowTrace traceOf(const Document &doc, const QString &from, const QString &to, int port)
{
    Flow flow;
    flow.from = from;
    flow.to = to;
    flow.protocol = QStringLiteral("TCP");
    flow.port = port;
    return doc.analysis()->engine->trace(flow);
}

} // namespace

class TestChainView : public QObject {
    Q_OBJECT
private:
    static bool load(Document &doc, const QStringList &paths)
    {
        QSignalSpy ready(&doc, &Document::analysisReady);
        doc.open(paths);
        return ready.wait(20000) && doc.isAnalysisCurrent();
    }

    static bool waitForAnalysis(Document &doc)
    {
        if (doc.isAnalysisCurrent())
            return true;
        QSignalSpy ready(&doc, &Document::analysisReady);
        return ready.wait(20000) && doc.isAnalysisCurrent();
    }

    static void addTesters(ChainView &view)
    {
        new QAbstractItemModelTester(view.model(Direction::Ingress),
            QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        new QAbstractItemModelTester(view.model(Direction::Egress),
            QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
    }

private Q_SLOTS:
    void emptyStateWithoutEndpoint()
    {
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        addTesters(view);
        QVERIFY(!view.emptyMessage().isEmpty());
        QCOMPARE(view.model(Direction::Ingress)->rowCount(), 0);
    }

    void rowsFollowEvaluationOrder_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("server") << QStringLiteral("production/server-0");
        QTest::newRow("db") << QStringLiteral("prod-engineering/db-0");
        QTest::newRow("dev-web") << QStringLiteral("development/dev-web-0");
        QTest::newRow("backend") << QStringLiteral("my-app/my-app-backend-0");
        QTest::newRow("by IP") << QStringLiteral("10.244.1.31");
    }

    void rowsFollowEvaluationOrder()
    {
        QFETCH(QString, endpoint);
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        addTesters(view);
        view.setEndpoint(endpoint);
        QCOMPARE(view.endpoint(), endpoint);
        QVERIFY2(view.emptyMessage().isEmpty(), qPrintable(view.emptyMessage()));
        const PolicyEngine &engine = *doc.analysis()->engine;
        const EndpointChain chain = engine.chain(engine.resolve(endpoint)->object);
        QCOMPARE(outline(view.model(Direction::Ingress)), expectedOutline(chain.ingress));
        QCOMPARE(outline(view.model(Direction::Egress)), expectedOutline(chain.egress));
    }

    void serverChainInDemoOrder()
    {
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        view.setEndpoint(QStringLiteral("production/server-0"));
        // deny-tcp-8080 (order 1) before production/allow-tcp-8080 (no order), one tier.
        const QStringList ingress = outline(view.model(Direction::Ingress));
        const QStringList head = ingress.mid(0, 6);
        QCOMPARE(head,
            QStringList({QStringLiteral("tier:default"), QStringLiteral("policy:deny-tcp-8080"),
                QStringLiteral("rule:deny-tcp-8080#0:Deny"),
                QStringLiteral("policy:production/allow-tcp-8080"),
                QStringLiteral("rule:production/allow-tcp-8080#0:Allow"),
                QStringLiteral("end:Deny")}));
        QCOMPARE(ingress.last(), QStringLiteral("final"));
        QVERIFY(ingress.contains(QStringLiteral("profiles")));
        QVERIFY(ingress.indexOf(QStringLiteral("profiles"))
            > ingress.indexOf(QStringLiteral("end:Deny")));
    }

    void traceHighlightsDecidingRule()
    {
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        addTesters(view);
        view.setEndpoint(QStringLiteral("production/server-0"));
        const FlowTrace t = traceOf(doc, QStringLiteral("production/client-0"),
            QStringLiteral("production/server-0"), 8080);
        QCOMPARE(t.verdict, Verdict::Deny);
        view.showTrace(t);

        const ChainModel *ingress = view.model(Direction::Ingress);
        QVERIFY(ingress->hasTrace());
        const QModelIndex deciding = ingress->decidingIndex();
        QVERIFY(deciding.isValid());
        QCOMPARE(refOf(deciding),
            test::identified({QStringLiteral("GlobalNetworkPolicy"),
                                 QStringLiteral("deny-tcp-8080"), Direction::Ingress, 0},
                doc.workspace()));
        QVERIFY(!refOf(deciding).id.isNull());
        QCOMPARE(stateOf(deciding), State::Decided);
        // Everything after the decision was never reached.
        const QModelIndex allow = ingress->indexOf({QStringLiteral("NetworkPolicy"),
            QStringLiteral("production/allow-tcp-8080"), Direction::Ingress, 0});
        QVERIFY(allow.isValid());
        QCOMPARE(stateOf(allow), State::NotReached);
        QCOMPARE(stateOf(ingress->index(ingress->rowCount() - 1)), State::NotReached);
        QCOMPARE(
            stateOf(findRow(ingress, Kind::TierHeader, QStringLiteral("default"))), State::OnPath);
        // The view is this flow's destination: its egress side is not part of the trace.
        QVERIFY(!view.model(Direction::Egress)->hasTrace());

        view.clearTrace();
        QVERIFY(!ingress->hasTrace());
        QCOMPARE(stateOf(deciding), State::None);
    }

    void traceEndOfTierDeny()
    {
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        view.setEndpoint(QStringLiteral("production/server-0"));
        view.showTrace(traceOf(doc, QStringLiteral("production/monitor-0"),
            QStringLiteral("production/server-0"), 8080));
        const ChainModel *ingress = view.model(Direction::Ingress);
        const QModelIndex deciding = ingress->decidingIndex();
        QCOMPARE(kindOf(deciding), Kind::TierEnd);
        QVERIFY(!deciding.data(ChainModel::ReasonRole).toString().isEmpty());
        QCOMPARE(stateOf(ingress->indexOf({QStringLiteral("GlobalNetworkPolicy"),
                     QStringLiteral("deny-tcp-8080"), Direction::Ingress, 0})),
            State::NotMatched);
        QCOMPARE(stateOf(ingress->indexOf({QStringLiteral("NetworkPolicy"),
                     QStringLiteral("production/allow-tcp-8080"), Direction::Ingress, 0})),
            State::NotMatched);
    }

    void traceAtSourceUsesEgressAndProfiles()
    {
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        view.setEndpoint(QStringLiteral("production/client-0"));
        view.showTrace(traceOf(doc, QStringLiteral("production/client-0"),
            QStringLiteral("production/server-0"), 8080));
        QVERIFY(!view.model(Direction::Ingress)->hasTrace());
        const ChainModel *egress = view.model(Direction::Egress);
        QVERIFY(egress->hasTrace());
        // No policy selects client-0 for egress: its profile allows.
        const QModelIndex deciding = egress->decidingIndex();
        QVERIFY(deciding.isValid());
        QCOMPARE(refOf(deciding).kind, QStringLiteral("Profile"));
        QCOMPARE(deciding.data(ChainModel::ActionRole).toString(), QStringLiteral("Allow"));
    }

    void traceThroughPassLogAndStaged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("security.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kSecurityTier);
        file.close();
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath(), file.fileName()}));
        ChainView view(&doc);
        addTesters(view);
        view.setEndpoint(QStringLiteral("production/server-0"));
        const QStringList rows = outline(view.model(Direction::Ingress));
        QVERIFY2(rows.indexOf(QStringLiteral("tier:security")) == 0, qPrintable(rows.join(u' ')));
        QVERIFY(rows.indexOf(QStringLiteral("tier:default")) > 0);

        const FlowTrace t = traceOf(doc, QStringLiteral("production/client-0"),
            QStringLiteral("production/server-0"), 8080);
        view.showTrace(t);
        const ChainModel *m = view.model(Direction::Ingress);
        const QString pass = QStringLiteral("security.pass-clients");
        const QString staged = QStringLiteral("security.staged-deny");
        QCOMPARE(stateOf(m->indexOf(
                     {QStringLiteral("StagedGlobalNetworkPolicy"), staged, Direction::Ingress, 0})),
            State::Staged);
        QVERIFY(m->indexOf(
                     {QStringLiteral("StagedGlobalNetworkPolicy"), staged, Direction::Ingress, -1})
                    .data(ChainModel::StagedRole)
                    .toBool());
        QCOMPARE(stateOf(m->indexOf(
                     {QStringLiteral("GlobalNetworkPolicy"), pass, Direction::Ingress, 0})),
            State::Matched);
        QCOMPARE(stateOf(m->indexOf(
                     {QStringLiteral("GlobalNetworkPolicy"), pass, Direction::Ingress, 1})),
            State::Passed);
        // The security tier's end is bypassed by the Pass; default's deny-tcp-8080 decides.
        int securityEnd = -1;
        for (int r = 0; r < m->rowCount(); ++r) {
            if (kindOf(m->index(r)) == Kind::TierEnd) {
                securityEnd = r;
                break;
            }
        }
        QCOMPARE(stateOf(m->index(securityEnd)), State::Skipped);
        QCOMPARE(refOf(m->decidingIndex()).policy, QStringLiteral("deny-tcp-8080"));
    }

    void clickAndContextSignals()
    {
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        view.resize(900, 600);
        view.setEndpoint(QStringLiteral("production/server-0"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &ChainView::ruleActivated);
        QListView *list = view.view(Direction::Ingress);
        const RuleRef ref {QStringLiteral("NetworkPolicy"),
            QStringLiteral("production/allow-tcp-8080"), Direction::Ingress, 0};
        const QModelIndex index = view.model(Direction::Ingress)->indexOf(ref);
        QVERIFY(index.isValid());
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QVERIFY(activated.size() >= 1);
        QCOMPARE(
            activated.first().first().value<RuleRef>(), test::identified(ref, doc.workspace()));

        QSignalSpy why(&view, &ChainView::whyDeniedRequested);
        QToolButton *button = nullptr;
        for (QToolButton *b : view.findChildren<QToolButton *>()) {
            if (b->text() == ChainView::tr("Why is this denied?…"))
                button = b;
        }
        QVERIFY(button);
        button->click();
        QCOMPARE(why.size(), 1);
        QCOMPARE(why.first().first().toString(), QStringLiteral("production/server-0"));
    }

    void rebuildsOnAnalysisAndShowsEmptyStateWhenEndpointGoes()
    {
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        addTesters(view);
        view.setEndpoint(QStringLiteral("production/server-0"));
        const RuleRef deny {QStringLiteral("GlobalNetworkPolicy"), QStringLiteral("deny-tcp-8080"),
            Direction::Ingress, -1};
        QVERIFY(view.model(Direction::Ingress)->indexOf(deny).isValid());

        doc.removePolicy(test::identified(deny, doc.workspace()).id);
        QVERIFY(waitForAnalysis(doc));
        QCOMPARE(view.endpoint(), QStringLiteral("production/server-0"));
        QVERIFY(!view.model(Direction::Ingress)->indexOf(deny).isValid());
        QVERIFY(findRow(view.model(Direction::Ingress), Kind::PolicyHeader,
            QStringLiteral("production/allow-tcp-8080"))
                    .isValid());

        doc.undoStack()->undo();
        QVERIFY(waitForAnalysis(doc));
        QVERIFY(view.model(Direction::Ingress)->indexOf(deny).isValid());

        doc.edit(QStringLiteral("remove server-0"), [](WorkspaceData &w) {
            w.pods.removeIf([](const Pod &p) { return p.meta.name == u"server-0"; });
        });
        QVERIFY(waitForAnalysis(doc));
        QCOMPARE(view.model(Direction::Ingress)->rowCount(), 0);
        QVERIFY(view.emptyMessage().contains(QStringLiteral("production/server-0")));
    }

    // A host endpoint's chain is split into Felix's stages, in order, each with its own tiers
    // and the end markers Calico applies there (docs/semantics.md: "Host endpoints").
    void hostEndpointStages()
    {
        Document doc;
        QVERIFY(load(doc, {hostEndpointWorkspace()}));
        ChainView view(&doc);
        addTesters(view);
        view.setEndpoint(QStringLiteral("hep:gw-eth0"));
        QVERIFY2(view.emptyMessage().isEmpty(), qPrintable(view.emptyMessage()));
        const QStringList ingress = outline(view.model(Direction::Ingress));
        QCOMPARE(ingress,
            QStringList({QStringLiteral("stage:failsafe"), QStringLiteral("stage:untracked"),
                QStringLiteral("tier:default"), QStringLiteral("policy:untracked-gw"),
                QStringLiteral("rule:untracked-gw#0:Deny"),
                QStringLiteral("rule:untracked-gw#1:Allow"),
                QStringLiteral("end:Pass"), // no end-of-tier deny before conntrack
                QStringLiteral("stage-end:Pass"), QStringLiteral("stage:preDNAT"),
                QStringLiteral("tier:default"), QStringLiteral("policy:prednat-gw"),
                QStringLiteral("rule:prednat-gw#0:Deny"), QStringLiteral("rule:prednat-gw#1:Allow"),
                QStringLiteral("end:Pass"), QStringLiteral("stage-end:Pass"),
                QStringLiteral("stage:normal"), QStringLiteral("tier:platform"),
                QStringLiteral("policy:platform.log-gw"),
                QStringLiteral("rule:platform.log-gw#0:Pass"), QStringLiteral("end:Deny"),
                QStringLiteral("tier:default"), QStringLiteral("policy:host-gw"),
                QStringLiteral("rule:host-gw#0:Allow"), QStringLiteral("policy:forward-gw"),
                QStringLiteral("rule:forward-gw#0:Allow"), QStringLiteral("end:Deny"),
                QStringLiteral("profiles"), QStringLiteral("none"), QStringLiteral("final"),
                QStringLiteral("stage:forward"), QStringLiteral("tier:default"),
                QStringLiteral("policy:forward-gw"), QStringLiteral("rule:forward-gw#0:Allow"),
                QStringLiteral("end:Deny"), QStringLiteral("stage-end:Allow")}));
        // Egress has no pre-DNAT stage; its empty forward stage allows by default.
        const QStringList egress = outline(view.model(Direction::Egress));
        QVERIFY(!egress.contains(QStringLiteral("stage:preDNAT")));
        QCOMPARE(egress.mid(0, 2),
            QStringList({QStringLiteral("stage:failsafe"), QStringLiteral("stage:untracked")}));
        QCOMPARE(egress.mid(egress.size() - 2),
            QStringList({QStringLiteral("stage:forward"), QStringLiteral("stage-end:Allow")}));
        const QModelIndex failsafe = stageRowOf(
            view.model(Direction::Egress), QStringLiteral("failsafe"), Kind::StageHeader);
        QVERIFY(
            failsafe.data(ChainModel::DetailRole).toString().contains(QStringLiteral("UDP 53")));

        // Workload endpoints keep their one pipeline.
        view.setEndpoint(QStringLiteral("web/web-0"));
        QVERIFY(
            !outline(view.model(Direction::Ingress)).join(u' ').contains(QStringLiteral("stage")));
    }

    // A traced flow's path runs across the stages: each stage it goes through is on the path,
    // the stages it skips are bypassed, and nothing after the decision is reached.
    void hostEndpointTracePath()
    {
        Document doc;
        QVERIFY(load(doc, {hostEndpointWorkspace()}));
        ChainView view(&doc);
        addTesters(view);
        view.setEndpoint(QStringLiteral("hep:gw-eth0"));
        const ChainModel *m = view.model(Direction::Ingress);
        const QString untracked = QStringLiteral("untracked");
        const QString preDnat = QStringLiteral("preDNAT");
        const QString normal = QStringLiteral("normal");
        const QString forward = QStringLiteral("forward");

        // To the host, TCP 80: no untracked or pre-DNAT verdict, the normal stage allows.
        view.showTrace(
            traceOf(doc, QStringLiteral("198.51.100.1"), QStringLiteral("hep:gw-eth0"), 80));
        QVERIFY(m->hasTrace());
        QCOMPARE(stateOf(stageRowOf(m, QStringLiteral("failsafe"), Kind::StageHeader)),
            State::NotMatched);
        QCOMPARE(stateOf(stageRowOf(m, untracked, Kind::StageHeader)), State::OnPath);
        QCOMPARE(
            stateOf(stageRow(m, untracked, QStringLiteral("untracked-gw"), 0)), State::NotMatched);
        QCOMPARE(stateOf(stageRowOf(m, untracked, Kind::TierEnd)), State::Passed);
        QCOMPARE(stateOf(stageRowOf(m, untracked, Kind::StageEnd)), State::Passed);
        QCOMPARE(stateOf(stageRow(m, preDnat, QStringLiteral("prednat-gw"), 1)), State::NotMatched);
        QCOMPARE(stateOf(stageRowOf(m, preDnat, Kind::StageEnd)), State::Passed);
        QCOMPARE(stateOf(stageRow(m, normal, QStringLiteral("platform.log-gw"), 0)), State::Passed);
        const QModelIndex deciding = m->decidingIndex();
        QCOMPARE(deciding, stageRow(m, normal, QStringLiteral("host-gw"), 0));
        // Traffic to the host never goes through the forward stage.
        QCOMPARE(stateOf(stageRowOf(m, forward, Kind::StageHeader)), State::Skipped);
        QCOMPARE(stateOf(stageRow(m, forward, QStringLiteral("forward-gw"), 0)), State::Skipped);

        // Untracked deny: decided in the first stage; the later stages are never reached.
        view.showTrace(
            traceOf(doc, QStringLiteral("203.0.113.7"), QStringLiteral("hep:gw-eth0"), 80));
        QCOMPARE(m->decidingIndex(), stageRow(m, untracked, QStringLiteral("untracked-gw"), 0));
        QCOMPARE(stateOf(stageRowOf(m, preDnat, Kind::StageHeader)), State::NotReached);
        QCOMPARE(stateOf(stageRow(m, normal, QStringLiteral("host-gw"), 0)), State::NotReached);

        // Pre-DNAT allow: decides for the host endpoint, the normal stage is not reached.
        view.showTrace(
            traceOf(doc, QStringLiteral("10.10.3.3"), QStringLiteral("hep:gw-eth0"), 9999));
        QCOMPARE(m->decidingIndex(), stageRow(m, preDnat, QStringLiteral("prednat-gw"), 1));
        QCOMPARE(stateOf(stageRow(m, preDnat, QStringLiteral("prednat-gw"), 0)), State::NotMatched);
        QCOMPARE(stateOf(stageRowOf(m, normal, Kind::StageHeader)), State::NotReached);

        // Forwarded through the host endpoint to the pod: the normal stage is bypassed, the
        // forward stage decides.
        Flow flow;
        flow.from = QStringLiteral("198.51.100.1");
        flow.to = QStringLiteral("web/web-0");
        flow.via = QStringLiteral("hep:gw-eth0");
        flow.protocol = QStringLiteral("TCP");
        flow.port = 80;
        view.showTrace(doc.analysis()->engine->trace(flow));
        QCOMPARE(stateOf(stageRowOf(m, untracked, Kind::StageEnd)), State::Passed);
        QCOMPARE(stateOf(stageRowOf(m, normal, Kind::StageHeader)), State::Skipped);
        QCOMPARE(stateOf(stageRow(m, normal, QStringLiteral("host-gw"), 0)), State::Skipped);
        QCOMPARE(stateOf(stageRowOf(m, normal, Kind::Final)), State::Skipped);
        QCOMPARE(stateOf(stageRowOf(m, forward, Kind::StageHeader)), State::OnPath);
        QCOMPARE(m->decidingIndex(), stageRow(m, forward, QStringLiteral("forward-gw"), 0));
        QVERIFY(!view.model(Direction::Egress)->hasTrace());

        // A failsafe port to the host: decided at the top, every stage after it unreached.
        view.showTrace(
            traceOf(doc, QStringLiteral("203.0.113.7"), QStringLiteral("hep:gw-eth0"), 22));
        const QModelIndex failsafe = stageRowOf(m, QStringLiteral("failsafe"), Kind::StageHeader);
        QCOMPARE(m->decidingIndex(), failsafe);
        QVERIFY(
            failsafe.data(ChainModel::ReasonRole).toString().contains(QStringLiteral("failsafe")));
        QCOMPARE(
            stateOf(stageRow(m, untracked, QStringLiteral("untracked-gw"), 0)), State::NotReached);
    }

    void narrowShowsDirectionsAsTabs()
    {
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        view.resize(1000, 500);
        view.setEndpoint(QStringLiteral("production/server-0"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *tabs = view.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QVERIFY(!tabs->isVisible());
        view.resize(420, 500);
        QTRY_VERIFY(tabs->isVisible());
        QCOMPARE(tabs->count(), 2);
        // A trace at the destination brings the ingress tab forward.
        tabs->setCurrentIndex(1);
        view.showTrace(traceOf(doc, QStringLiteral("production/client-0"),
            QStringLiteral("production/server-0"), 8080));
        QVERIFY(tabs->currentWidget()->isAncestorOf(view.view(Direction::Ingress)));
        if (const QString out = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !out.isEmpty())
            QVERIFY(view.grab().save(QDir(out).filePath(QStringLiteral("chainview-narrow.png"))));
        view.resize(1000, 500);
        QTRY_VERIFY(!tabs->isVisible());
        QVERIFY(view.view(Direction::Egress)->isVisible());
    }

    void screenshot()
    {
        const QString out = qEnvironmentVariable("POLICY_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set POLICY_SCREENSHOT_DIR to write screenshots");
        Document doc;
        QVERIFY(load(doc, {demoWorkspacePath()}));
        ChainView view(&doc);
        view.resize(1000, 560);
        view.setEndpoint(QStringLiteral("production/server-0"));
        view.showTrace(traceOf(doc, QStringLiteral("production/monitor-0"),
            QStringLiteral("production/server-0"), 8080));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(QDir(out).filePath(QStringLiteral("chainview-denied.png"))));

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("security.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kSecurityTier);
        file.close();
        Document doc2;
        QVERIFY(load(doc2, {demoWorkspacePath(), file.fileName()}));
        ChainView view2(&doc2);
        view2.resize(1000, 700);
        view2.setEndpoint(QStringLiteral("production/server-0"));
        view2.showTrace(traceOf(doc2, QStringLiteral("production/client-0"),
            QStringLiteral("production/server-0"), 8080));
        view2.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view2));
        QVERIFY(view2.grab().save(QDir(out).filePath(QStringLiteral("chainview-pass.png"))));

        // A host endpoint's stages with a traced flow that passes untracked and pre-DNAT.
        Document doc3;
        QVERIFY(load(doc3, {hostEndpointWorkspace()}));
        ChainView view3(&doc3);
        view3.resize(1100, 1450);
        view3.setEndpoint(QStringLiteral("hep:gw-eth0"));
        view3.showTrace(
            traceOf(doc3, QStringLiteral("198.51.100.1"), QStringLiteral("hep:gw-eth0"), 80));
        view3.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view3));
        QVERIFY(view3.grab().save(QDir(out).filePath(QStringLiteral("chainview-hep.png"))));
    }
};

QTEST_MAIN(TestChainView)
#include "tst_chainview.moc"
