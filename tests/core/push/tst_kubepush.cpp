// The Kubernetes API target against a STUB of the Kubernetes API server (tests/support/
// kubeapistub.h) — no real API server can run in the test environment. The stub is strict:
// HTTPS with a certificate the test makes with openssl, bearer token or client certificate,
// paths, verbs, content types and query parameters checked, Status objects answered as
// kube-apiserver answers them. What this proves is that the client speaks that protocol and
// handles those answers; it does not prove what a real Calico API server accepts.
//
// Covered: layout detection (Calico API server, native v3 CRDs, v1 CRDs only, no Calico), plan
// against an empty and a populated cluster (unchanged after a push despite what the server
// adds), server-side apply requests (content type, fieldManager, no force unless asked,
// dryRun=All first), dry run writes nothing, prune only this stack's objects, adoption and
// field manager conflicts, a change between plan and apply, 401, 403 (in the dry run and
// between dry run and apply: a partial push says what was applied), a missing Calico API, 422
// with the field, Calico 3.32.0's apply-create 404, pull (inventory and policies; the v1
// layout's packed metadata), client certificate authentication.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "core/io/loader.h"
#include "core/push/kubepush.h"
#include "tests/support/etcdserver.h"
#include "tests/support/kubeapistub.h"

using namespace Qt::Literals::StringLiterals;
using namespace ps;
using ps::test::KubeApiStub;

namespace {

const QByteArray kToken = "stub-token-0123456789";
const QString kGnp = u"/apis/projectcalico.org/v3/globalnetworkpolicies/"_s;
const QString kNp = u"/apis/projectcalico.org/v3/namespaces/prod/networkpolicies/"_s;

const QByteArray kWorkspace = R"(apiVersion: projectcalico.org/v3
kind: Tier
metadata:
  name: security
spec:
  order: 100
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: security.block-metadata
spec:
  tier: security
  order: 10
  selector: all()
  types:
  - Egress
  egress:
  - action: Deny
    destination:
      nets:
      - 169.254.169.254/32
  - action: Pass
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-dns
spec:
  order: 100
  selector: all()
  types:
  - Egress
  egress:
  - action: Allow
    protocol: UDP
    destination:
      ports:
      - 53
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: web-ingress
  namespace: prod
spec:
  order: 200
  selector: app == 'web'
  types:
  - Ingress
  ingress:
  - action: Allow
    protocol: TCP
    source:
      selector: app == 'client'
    destination:
      ports:
      - 80
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata:
  name: office
  labels:
    role: office
spec:
  nets:
  - 192.0.2.0/24
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: prod
spec:
  podSelector: {}
  policyTypes:
  - Ingress
---
apiVersion: v1
kind: Namespace
metadata:
  name: prod
---
apiVersion: v1
kind: Pod
metadata:
  name: web-0
  namespace: prod
  labels:
    app: web
spec:
  containers:
  - name: web
status:
  podIP: 10.1.0.10
---
apiVersion: v1
kind: Pod
metadata:
  name: client-0
  namespace: prod
  labels:
    app: client
spec:
  containers:
  - name: client
status:
  podIP: 10.1.0.11
)";

Workspace workspaceFrom(const QByteArray &yaml)
{
    const LoadResult loaded = Loader().loadText(yaml, u"ws.yaml"_s);
    for (const Diagnostic &d : loaded.diagnostics) {
        if (d.severity == Severity::Error)
            qWarning("%s", qPrintable(d.toString()));
    }
    return loaded.workspace;
}

/// The base workspace with `from` replaced by `to` in its text.
Workspace edited(const QByteArray &from, const QByteArray &to)
{
    QByteArray yaml = kWorkspace;
    yaml.replace(from, to);
    return workspaceFrom(yaml);
}

QString actions(const KubePlan &plan)
{
    QStringList out;
    for (const KubeChange &c : plan.changes) {
        if (c.action != ResourceChange::Action::Unchanged)
            out.append(
                resourceActionName(c.action) + u' ' + kindDisplayName(c.kind) + u' ' + c.name);
    }
    return out.join(u"; "_s);
}

bool isWrite(const KubeApiStub::Request &r)
{
    return r.method != "GET";
}

} // namespace

class TestKubePush : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    bool m_haveCerts = false;

    KubeTarget target(const KubeApiStub &stub, const QByteArray &token = kToken) const
    {
        KubeTarget t;
        t.server = stub.url();
        t.token = token;
        QFile ca(m_certs.filePath(u"ca.pem"_s));
        if (ca.open(QIODevice::ReadOnly))
            t.caPem = ca.readAll();
        t.timeoutSeconds = 20;
        return t;
    }
    bool startStub(KubeApiStub &stub)
    {
        QString why;
        if (!stub.start(why)) {
            qWarning("%s", qPrintable(why));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_haveCerts = test::EtcdServer::makeCertificates(m_certs.path(), why);
        if (!m_haveCerts)
            qWarning("%s", qPrintable(why));
    }
    void init()
    {
        if (!m_haveCerts)
            QSKIP("openssl could not make the test certificates");
    }

    void detectLayout_data();
    void detectLayout();
    void pushToEmptyCluster();
    void onePushOneConnection();
    void dryRunWritesNothing();
    void updateShowsSemanticDiff();
    void pruneOnlyThisStack();
    void adoptionAndFieldConflicts();
    void changeBetweenPlanAndApply();
    void wrongToken();
    void forbiddenInDryRun();
    void forbiddenAfterCheckIsPartial();
    void cancelStopsBetweenChanges();
    void calicoApiMissing();
    void calicoApiServerDown();
    void invalidAnswersWithField();
    void olderCalicoWithoutAKind();
    void crdV1IsRefusedForPush();
    void applyCreateBugOf3320();
    void pullReadsInventoryAndPolicies();
    void pullUnpacksV1Metadata();
    void clientCertificate();
    void untrustedServer();
};

void TestKubePush::detectLayout_data()
{
    QTest::addColumn<int>("layout");
    QTest::addColumn<QString>("apiGroup"); // forced, as CALICO_API_GROUP does; "": detected
    QTest::addColumn<int>("expected"); // -1: an error
    QTest::addColumn<QString>("error");
    QTest::newRow("api server") << int(KubeApiStub::Layout::ApiServer) << QString()
                                << int(KubeLayout::ApiServer) << QString();
    QTest::newRow("native") << int(KubeApiStub::Layout::NativeCrds) << QString()
                            << int(KubeLayout::NativeCrds) << QString();
    QTest::newRow("v1 only") << int(KubeApiStub::Layout::CrdV1) << QString()
                             << int(KubeLayout::CrdV1) << QString();
    QTest::newRow("no calico") << int(KubeApiStub::Layout::NoCalico) << QString() << -1
                               << u"Calico is not installed"_s;
    // Both groups served, v3 forced: the v3 CRDs, as Calico's components then use them.
    QTest::newRow("both, v3 forced")
        << int(KubeApiStub::Layout::ApiServer) << u"projectcalico.org/v3"_s
        << int(KubeLayout::NativeCrds) << QString();
    QTest::newRow("both, v1 forced")
        << int(KubeApiStub::Layout::ApiServer) << u"crd.projectcalico.org/v1"_s
        << int(KubeLayout::CrdV1) << QString();
    QTest::newRow("v1 forced, not served")
        << int(KubeApiStub::Layout::NativeCrds) << u"crd.projectcalico.org/v1"_s << -1
        << u"does not serve crd.projectcalico.org"_s;
    QTest::newRow("v3 forced, not served")
        << int(KubeApiStub::Layout::CrdV1) << u"projectcalico.org/v3"_s << -1
        << u"does not serve projectcalico.org"_s;
}

void TestKubePush::detectLayout()
{
    QFETCH(int, layout);
    QFETCH(QString, apiGroup);
    QFETCH(int, expected);
    QFETCH(QString, error);
    KubeApiStub stub(m_certs.path(), kToken, KubeApiStub::Layout(layout));
    QVERIFY(startStub(stub));
    KubeTarget t = target(stub);
    t.apiGroup = apiGroup;
    const Result<KubeLayout> found = KubePush::detectLayout(KubeClient(t));
    if (expected < 0) {
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(error), qPrintable(found.error().message));
    } else {
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(int(*found), expected);
    }
}

// A plan and its push talk to the server over one TLS connection, not one per request.
void TestKubePush::onePushOneConnection()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    const Result<KubePlan> plan = KubePush::plan(client, workspaceFrom(kWorkspace));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const KubePushOutcome out = KubePush::apply(client, *plan, false);
    QVERIFY2(out.status == PushOutcome::Status::Applied, qPrintable(out.message));
    QVERIFY(stub.requests().size() > 12);
    QCOMPARE(stub.connections(), 1);
}

void TestKubePush::pushToEmptyCluster()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    const Workspace ws = workspaceFrom(kWorkspace);
    const Result<KubePlan> plan = KubePush::plan(client, ws);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->layout, KubeLayout::ApiServer);
    // Tier and set first, the policies after them.
    QCOMPARE(actions(*plan),
        u"create Tier security; create GlobalNetworkSet office; create GlobalNetworkPolicy "
        "allow-dns; create GlobalNetworkPolicy security.block-metadata; create NetworkPolicy "
        "prod/web-ingress; create KubernetesNetworkPolicy prod/default-deny"_s);
    QVERIFY(!plan->diff.isEmpty());

    stub.clearRequests();
    const KubePushOutcome out = KubePush::apply(client, *plan, false);
    QVERIFY2(out.status == PushOutcome::Status::Applied, qPrintable(out.message));
    QCOMPARE(out.count(KubeChangeResult::State::Applied), 6);

    // Each change went twice — the server's dry run, then for real — as a server-side apply.
    const QList<KubeApiStub::Request> requests = stub.requests();
    QCOMPARE(requests.size(), 12);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const KubeApiStub::Request &r = requests[i];
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.contentType, QByteArray("application/apply-patch+yaml"));
        const QUrlQuery q(r.query);
        QCOMPARE(q.queryItemValue(u"fieldManager"_s), u"policy-studio"_s);
        QVERIFY(!q.hasQueryItem(u"force"_s));
        QCOMPARE(q.hasQueryItem(u"dryRun"_s), i < 6);
        QCOMPARE(r.status, i < 6 ? 201 : 201);
    }
    QCOMPARE(requests[0].path, u"/apis/projectcalico.org/v3/tiers/security"_s);
    QCOMPARE(requests[11].path,
        u"/apis/networking.k8s.io/v1/namespaces/prod/networkpolicies/default-deny"_s);

    const QJsonObject gnp = stub.object(kGnp + u"allow-dns"_s);
    QCOMPARE(gnp.value(u"spec"_s).toObject().value(u"order"_s).toDouble(), 100.0);
    QCOMPARE(gnp.value(u"metadata"_s)
                 .toObject()
                 .value(u"annotations"_s)
                 .toObject()
                 .value(u"policy-studio.io/stack"_s)
                 .toString(),
        u"default"_s);
    QVERIFY(!gnp.value(u"metadata"_s).toObject().contains(u"resourceVersion"_s) == false);

    // Planned again: nothing to do, although the server added uid, resourceVersion,
    // managedFields and the tier label.
    const Result<KubePlan> again = KubePush::plan(client, ws);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(actions(*again), QString());
    QCOMPARE(again->count(ResourceChange::Action::Unchanged), 6);
    const KubePushOutcome noop = KubePush::apply(client, *again, false);
    QCOMPARE(noop.status, PushOutcome::Status::Applied);
}

void TestKubePush::dryRunWritesNothing()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    const KubePushOutcome out
        = KubePush::push(client, workspaceFrom(kWorkspace), KubePushOptions(), true);
    QVERIFY2(out.status == PushOutcome::Status::DryRun, qPrintable(out.message));
    QCOMPARE(out.count(KubeChangeResult::State::Checked), 6);
    QVERIFY(stub.paths().isEmpty());
    for (const KubeApiStub::Request &r : stub.requests()) {
        if (isWrite(r))
            QCOMPARE(QUrlQuery(r.query).queryItemValue(u"dryRun"_s), u"All"_s);
    }
}

void TestKubePush::updateShowsSemanticDiff()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    QCOMPARE(KubePush::push(client, workspaceFrom(kWorkspace), {}, false).status,
        PushOutcome::Status::Applied);
    const QString rv = stub.object(kGnp + u"allow-dns"_s)
                           .value(u"metadata"_s)
                           .toObject()
                           .value(u"resourceVersion"_s)
                           .toString();
    // Every egress is now allowed: the client reaches the web pod on port 80.
    const Workspace changed = edited(
        "  - action: Allow\n    protocol: UDP\n    destination:\n      ports:\n      - 53\n",
        "  - action: Allow\n");
    const Result<KubePlan> plan = KubePush::plan(client, changed);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(actions(*plan), u"update GlobalNetworkPolicy allow-dns"_s);
    QVERIFY(!plan->diff.policies.isEmpty());
    QVERIFY2(!plan->diff.flows.isEmpty(), "no flow changes verdict");
    bool clientToWeb = false;
    for (const FlowChange &f : plan->diff.flows) {
        clientToWeb = clientToWeb
            || (f.from.contains(u"client-0"_s) && f.to.contains(u"web-0"_s)
                && f.before == Verdict::Deny && f.after == Verdict::Allow);
    }
    QVERIFY(clientToWeb);
    // The update carries the resourceVersion read: a precondition.
    for (const KubeChange &c : plan->changes) {
        if (c.action == ResourceChange::Action::Update) {
            QCOMPARE(QJsonDocument::fromJson(c.body)
                         .object()
                         .value(u"metadata"_s)
                         .toObject()
                         .value(u"resourceVersion"_s)
                         .toString(),
                rv);
        }
    }
    const KubePushOutcome out = KubePush::apply(client, *plan, false);
    QVERIFY2(out.status == PushOutcome::Status::Applied, qPrintable(out.message));
    const QJsonObject egress = stub.object(kGnp + u"allow-dns"_s)
                                   .value(u"spec"_s)
                                   .toObject()
                                   .value(u"egress"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QVERIFY(!egress.contains(u"protocol"_s));
}

void TestKubePush::pruneOnlyThisStack()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    QCOMPARE(KubePush::push(client, workspaceFrom(kWorkspace), {}, false).status,
        PushOutcome::Status::Applied);
    // Someone else's policy, made with kubectl.
    stub.seed(QJsonObject {{u"apiVersion"_s, u"projectcalico.org/v3"_s},
        {u"kind"_s, u"GlobalNetworkPolicy"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"theirs"_s}}},
        {u"spec"_s,
            QJsonObject {{u"selector"_s, u"all()"_s}, {u"types"_s, QJsonArray {u"Ingress"_s}}}}});
    const Workspace smaller = edited("  name: allow-dns\n", "  name: allow-dns-renamed\n");

    const Result<KubePlan> kept = KubePush::plan(client, smaller);
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    QCOMPARE(actions(*kept), u"create GlobalNetworkPolicy allow-dns-renamed"_s);
    QCOMPARE(kept->kept, QStringList {u"GlobalNetworkPolicy allow-dns"_s});
    QCOMPARE(kept->foreign, 1);

    KubePushOptions prune;
    prune.prune = true;
    const Result<KubePlan> plan = KubePush::plan(client, smaller, prune);
    QVERIFY(plan);
    QCOMPARE(actions(*plan),
        u"create GlobalNetworkPolicy allow-dns-renamed; delete GlobalNetworkPolicy allow-dns"_s);
    stub.clearRequests();
    const KubePushOutcome out = KubePush::apply(client, *plan, false);
    QVERIFY2(out.status == PushOutcome::Status::Applied, qPrintable(out.message));
    QVERIFY(stub.object(kGnp + u"allow-dns"_s).isEmpty());
    QVERIFY(!stub.object(kGnp + u"theirs"_s).isEmpty());
    bool sawDelete = false;
    for (const KubeApiStub::Request &r : stub.requests()) {
        if (r.method != "DELETE")
            continue;
        sawDelete = true;
        QCOMPARE(r.contentType, QByteArray("application/json"));
        const QJsonObject pre
            = QJsonDocument::fromJson(r.body).object().value(u"preconditions"_s).toObject();
        QVERIFY(!pre.value(u"uid"_s).toString().isEmpty());
        QVERIFY(!pre.value(u"resourceVersion"_s).toString().isEmpty());
    }
    QVERIFY(sawDelete);
}

void TestKubePush::adoptionAndFieldConflicts()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    stub.seed(QJsonObject {{u"apiVersion"_s, u"projectcalico.org/v3"_s},
                  {u"kind"_s, u"GlobalNetworkPolicy"_s},
                  {u"metadata"_s, QJsonObject {{u"name"_s, u"allow-dns"_s}}},
                  {u"spec"_s,
                      QJsonObject {{u"tier"_s, u"default"_s}, {u"order"_s, 5},
                          {u"selector"_s, u"all()"_s}, {u"types"_s, QJsonArray {u"Egress"_s}}}}},
        u"kubectl-client-side-apply"_s);
    const Workspace ws = workspaceFrom(kWorkspace);

    KubePushOutcome out = KubePush::push(client, ws, {}, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY2(out.message.contains(u"--adopt"_s), qPrintable(out.message));
    QVERIFY(stub.paths().size() == 1); // nothing sent

    KubePushOptions adopt;
    adopt.adopt = true;
    out = KubePush::push(client, ws, adopt, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY2(out.message.contains(u"Apply failed with"_s) && out.message.contains(u".spec.order"_s)
            && out.message.contains(u"--force-conflicts"_s),
        qPrintable(out.message));
    QVERIFY(!out.partial);
    QCOMPARE(stub.paths().size(), 1); // the dry run refused it: nothing applied
    QCOMPARE(
        stub.object(kGnp + u"allow-dns"_s).value(u"spec"_s).toObject().value(u"order"_s).toInt(),
        5);

    adopt.force = true;
    stub.clearRequests();
    out = KubePush::push(client, ws, adopt, false);
    QVERIFY2(out.status == PushOutcome::Status::Applied, qPrintable(out.message));
    QCOMPARE(
        stub.object(kGnp + u"allow-dns"_s).value(u"spec"_s).toObject().value(u"order"_s).toInt(),
        100);
    for (const KubeApiStub::Request &r : stub.requests()) {
        if (r.method == "PATCH" && r.status < 300)
            QCOMPARE(QUrlQuery(r.query).queryItemValue(u"force"_s), u"true"_s);
    }
}

void TestKubePush::changeBetweenPlanAndApply()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    QCOMPARE(KubePush::push(client, workspaceFrom(kWorkspace), {}, false).status,
        PushOutcome::Status::Applied);
    const Workspace changed = edited("  order: 200\n", "  order: 250\n");
    const Result<KubePlan> plan = KubePush::plan(client, changed);
    QVERIFY(plan);
    QCOMPARE(actions(*plan), u"update NetworkPolicy prod/web-ingress"_s);
    QVERIFY(stub.touch(kNp + u"web-ingress"_s, QJsonObject {{u"selector"_s, u"app == 'web2'"_s}}));
    const KubePushOutcome out = KubePush::apply(client, *plan, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY2(out.message.contains(u"the object has been modified"_s)
            && out.message.contains(u"plan and push again"_s),
        qPrintable(out.message));
    QCOMPARE(stub.object(kNp + u"web-ingress"_s)
                 .value(u"spec"_s)
                 .toObject()
                 .value(u"selector"_s)
                 .toString(),
        u"app == 'web2'"_s);
}

void TestKubePush::wrongToken()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubePushOutcome out = KubePush::push(
        KubeClient(target(stub, "not-the-token-xyz")), workspaceFrom(kWorkspace), {}, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY2(out.message.contains(u"401 Unauthorized"_s), qPrintable(out.message));
    QVERIFY(!out.message.contains(u"not-the-token-xyz"_s)); // never the token
    QVERIFY(stub.paths().isEmpty());
    for (const KubeApiStub::Request &r : stub.requests())
        QCOMPARE(r.status, 401);
}

void TestKubePush::forbiddenInDryRun()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    stub.forbid(u"patch"_s, u"globalnetworkpolicies"_s);
    const KubePushOutcome out
        = KubePush::push(KubeClient(target(stub)), workspaceFrom(kWorkspace), {}, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY2(out.message.contains(u"forbidden (403)"_s)
            && out.message.contains(
                u"cannot patch resource \"globalnetworkpolicies\" in API group \"projectcalico.org\""_s)
            && out.message.contains(u"nothing was applied"_s),
        qPrintable(out.message));
    QCOMPARE(out.count(KubeChangeResult::State::Failed), 2);
    QCOMPARE(out.count(KubeChangeResult::State::NotApplied), 4);
    QVERIFY(stub.paths().isEmpty());
}

void TestKubePush::forbiddenAfterCheckIsPartial()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    stub.forbid(u"patch"_s, u"networkpolicies"_s, true);
    const KubePushOutcome out
        = KubePush::push(KubeClient(target(stub)), workspaceFrom(kWorkspace), {}, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY(out.partial);
    // Tier, set and both global policies went in; the namespaced policy failed; the
    // Kubernetes policy after it was not sent.
    QCOMPARE(out.count(KubeChangeResult::State::Applied), 4);
    QCOMPARE(out.count(KubeChangeResult::State::Failed), 1);
    QCOMPARE(out.count(KubeChangeResult::State::NotApplied), 1);
    QVERIFY2(out.message.contains(u"4 of 6 change(s) were applied"_s)
            && out.message.contains(u"left as they were"_s),
        qPrintable(out.message));
    QVERIFY(stub.object(kNp + u"web-ingress"_s).isEmpty());
    QVERIFY(!stub.object(kGnp + u"allow-dns"_s).isEmpty());
}

void TestKubePush::cancelStopsBetweenChanges()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    const Result<KubePlan> plan = KubePush::plan(client, workspaceFrom(kWorkspace));
    QVERIFY(plan);
    QList<qsizetype> seen;
    // 6 checks, then cancelled once 2 changes were applied.
    const KubePushOutcome out
        = KubePush::apply(client, *plan, false, [&seen](qsizetype done, qsizetype total) {
              seen.append(done);
              return !(total == 12 && done == 8);
          });
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY(out.cancelled);
    QVERIFY(out.partial);
    QCOMPARE(out.count(KubeChangeResult::State::Applied), 2);
    QCOMPARE(out.count(KubeChangeResult::State::NotApplied), 4);
    QCOMPARE(seen, (QList<qsizetype> {0, 1, 2, 3, 4, 5, 6, 7, 8}));
    QVERIFY2(out.message.contains(u"cancelled after 2 of 6"_s), qPrintable(out.message));
    QCOMPARE(stub.paths().size(), 2);
}

void TestKubePush::calicoApiMissing()
{
    KubeApiStub stub(m_certs.path(), kToken, KubeApiStub::Layout::NoCalico);
    QVERIFY(startStub(stub));
    const KubePushOutcome out
        = KubePush::push(KubeClient(target(stub)), workspaceFrom(kWorkspace), {}, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY(!out.planned);
    QVERIFY2(out.message.contains(u"neither projectcalico.org nor crd.projectcalico.org"_s),
        qPrintable(out.message));
}

void TestKubePush::calicoApiServerDown()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    // Down for two answers: retried, then it works.
    stub.unavailable(2);
    QVERIFY(KubePush::detectLayout(client));
    // Down for good: said so.
    stub.unavailable(100);
    const Result<KubeLayout> layout = KubePush::detectLayout(client);
    QVERIFY(!layout);
    QVERIFY2(layout.error().message.contains(u"503"_s)
            && layout.error().message.contains(u"Calico API server"_s),
        qPrintable(layout.error().message));
    int tries = 0;
    for (const KubeApiStub::Request &r : stub.requests())
        tries += r.path == u"/apis/projectcalico.org/v3"_s && r.status == 503 ? 1 : 0;
    QCOMPARE(tries, 5);
}

void TestKubePush::invalidAnswersWithField()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    // The stub refuses a selector with "!!" as Calico's validator refuses a bad one.
    const Workspace bad = edited("  selector: app == 'web'\n", "  selector: \"!!app\"\n");
    const KubePushOutcome out = KubePush::push(KubeClient(target(stub)), bad, {}, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY2(out.message.contains(u"invalid (422)"_s) && out.message.contains(u"spec.selector"_s),
        qPrintable(out.message));
    QVERIFY(stub.paths().isEmpty());
}

void TestKubePush::olderCalicoWithoutAKind()
{
    KubeApiStub stub(m_certs.path(), kToken);
    stub.withhold(u"tiers"_s);
    QVERIFY(startStub(stub));
    const Result<KubePlan> plan
        = KubePush::plan(KubeClient(target(stub)), workspaceFrom(kWorkspace));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QVERIFY(!actions(*plan).contains(u"Tier"_s));
    QVERIFY2(plan->skipped.join(u'\n').contains(u"Tier security: the cluster does not serve"_s),
        qPrintable(plan->skipped.join(u'\n')));
}

void TestKubePush::crdV1IsRefusedForPush()
{
    KubeApiStub stub(m_certs.path(), kToken, KubeApiStub::Layout::CrdV1);
    QVERIFY(startStub(stub));
    const KubePushOutcome out
        = KubePush::push(KubeClient(target(stub)), workspaceFrom(kWorkspace), {}, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY2(out.message.contains(u"no Calico API server"_s), qPrintable(out.message));
    for (const KubeApiStub::Request &r : stub.requests())
        QCOMPARE(r.method, QByteArray("GET"));
}

void TestKubePush::applyCreateBugOf3320()
{
    KubeApiStub stub(m_certs.path(), kToken);
    stub.setApplyCreateBug(true);
    QVERIFY(startStub(stub));
    const KubePushOutcome out
        = KubePush::push(KubeClient(target(stub)), workspaceFrom(kWorkspace), {}, false);
    QVERIFY2(out.status == PushOutcome::Status::Applied, qPrintable(out.message));
    QVERIFY(!stub.object(kGnp + u"allow-dns"_s).isEmpty());
    QVERIFY(!stub.object(kNp + u"web-ingress"_s).isEmpty());
    bool posted = false;
    for (const KubeApiStub::Request &r : stub.requests())
        posted = posted || (r.method == "POST" && r.contentType == "application/json");
    QVERIFY(posted);
    // Applied after the create: our field manager owns the fields.
    const QJsonArray managed = stub.object(kGnp + u"allow-dns"_s)
                                   .value(u"metadata"_s)
                                   .toObject()
                                   .value(u"managedFields"_s)
                                   .toArray();
    bool applied = false;
    for (const auto &m : managed)
        applied = applied || (m.toObject().value(u"operation"_s) == u"Apply"_s);
    QVERIFY(applied);
}

void TestKubePush::pullReadsInventoryAndPolicies()
{
    KubeApiStub stub(m_certs.path(), kToken, KubeApiStub::Layout::NativeCrds);
    QVERIFY(startStub(stub));
    const KubeClient client(target(stub));
    QCOMPARE(KubePush::push(client, workspaceFrom(kWorkspace), {}, false).status,
        PushOutcome::Status::Applied);
    stub.seed(QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Namespace"_s},
        {u"metadata"_s,
            QJsonObject {
                {u"name"_s, u"prod"_s}, {u"labels"_s, QJsonObject {{u"team"_s, u"a"_s}}}}}});
    stub.seed(QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, u"web-0"_s}, {u"namespace"_s, u"prod"_s},
                {u"labels"_s, QJsonObject {{u"app"_s, u"web"_s}}}}},
        {u"spec"_s,
            QJsonObject {{u"containers"_s, QJsonArray {QJsonObject {{u"name"_s, u"web"_s}}}}}},
        {u"status"_s, QJsonObject {{u"podIP"_s, u"10.1.0.10"_s}, {u"phase"_s, u"Running"_s}}}});
    stub.seed(QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"ServiceAccount"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"web"_s}, {u"namespace"_s, u"prod"_s}}}});
    stub.seed(QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Node"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"node-1"_s}}}});
    stub.seed(QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Service"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"web"_s}, {u"namespace"_s, u"prod"_s}}},
        {u"spec"_s,
            QJsonObject {{u"selector"_s, QJsonObject {{u"app"_s, u"web"_s}}},
                {u"ports"_s, QJsonArray {QJsonObject {{u"port"_s, 80}}}}}}});

    const Result<KubePulled> pulled = KubePush::pull(client, kNewestCalicoVersion);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
    for (const Diagnostic &d : pulled->diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    QVERIFY(pulled->diagnostics.isEmpty());
    QCOMPARE(pulled->layout, KubeLayout::NativeCrds);
    const WorkspaceData &d = pulled->workspace.data();
    QCOMPARE(d.namespaces.size(), 1);
    QCOMPARE(d.namespaces[0].meta.labels.value(u"team"_s), u"a"_s);
    QCOMPARE(d.pods.size(), 1);
    QCOMPARE(d.serviceAccounts.size(), 1);
    QCOMPARE(d.nodes.size(), 1);
    QCOMPARE(d.services.size(), 1);
    QCOMPARE(d.tiers.size(), 1);
    QCOMPARE(d.policies.size(), 3);
    QCOMPARE(d.networkSets.size(), 1);
    QCOMPARE(d.kubernetesPolicies.size(), 1);
    for (const CalicoPolicy &p : d.policies) {
        QVERIFY(!p.meta.labels.contains(u"projectcalico.org/tier"_s));
        QVERIFY(!p.meta.annotations.contains(u"policy-studio.io/stack"_s));
        QVERIFY(!p.meta.resourceVersion.isEmpty());
    }
    // What was pulled pushes back as unchanged (its resourceVersions match).
    const Workspace back = pulled->workspace;
    const Result<KubePlan> plan = KubePush::plan(client, back);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(actions(*plan), QString());
}

void TestKubePush::pullUnpacksV1Metadata()
{
    KubeApiStub stub(m_certs.path(), kToken, KubeApiStub::Layout::CrdV1);
    QVERIFY(startStub(stub));
    // As Calico 3.30 stores a default-tier policy in the v1 CRD: the stored name prefixed, the
    // v3 name and the labels in projectcalico.org/metadata.
    stub.seed(QJsonObject {{u"apiVersion"_s, u"crd.projectcalico.org/v1"_s},
        {u"kind"_s, u"GlobalNetworkPolicy"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, u"default.allow-dns"_s},
                {u"annotations"_s,
                    QJsonObject {{u"projectcalico.org/metadata"_s,
                        u"{\"name\":\"allow-dns\",\"labels\":{\"team\":\"net\"}}"_s}}}}},
        {u"spec"_s,
            QJsonObject {{u"tier"_s, u"default"_s}, {u"order"_s, 100}, {u"selector"_s, u"all()"_s},
                {u"types"_s, QJsonArray {u"Egress"_s}}}}});
    const Result<KubePulled> pulled
        = KubePush::pull(KubeClient(target(stub)), *calicoVersionFromName(u"3.30"_s));
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
    QVERIFY(pulled->diagnostics.isEmpty());
    QCOMPARE(pulled->layout, KubeLayout::CrdV1);
    const WorkspaceData &d = pulled->workspace.data();
    QCOMPARE(d.policies.size(), 1);
    QCOMPARE(d.policies[0].meta.name, u"allow-dns"_s);
    QCOMPARE(d.policies[0].meta.labels.value(u"team"_s), u"net"_s);
    QVERIFY(d.policies[0].meta.annotations.isEmpty());
}

void TestKubePush::clientCertificate()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    KubeTarget t = target(stub, QByteArray());
    QFile cert(m_certs.filePath(u"client.pem"_s));
    QFile key(m_certs.filePath(u"client-key.pem"_s));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    t.certPem = cert.readAll();
    t.keyPem = key.readAll();
    const KubePushOutcome out = KubePush::push(KubeClient(t), workspaceFrom(kWorkspace), {}, false);
    QVERIFY2(out.status == PushOutcome::Status::Applied, qPrintable(out.message));
    QVERIFY(!stub.object(kGnp + u"allow-dns"_s).isEmpty());
    // Without token or certificate: refused.
    const KubePushOutcome anonymous = KubePush::push(
        KubeClient(target(stub, QByteArray())), workspaceFrom(kWorkspace), {}, false);
    QVERIFY2(anonymous.message.contains(u"401"_s), qPrintable(anonymous.message));
}

void TestKubePush::untrustedServer()
{
    KubeApiStub stub(m_certs.path(), kToken);
    QVERIFY(startStub(stub));
    KubeTarget t = target(stub);
    QFile other(m_certs.filePath(u"other-ca.pem"_s));
    QVERIFY(other.open(QIODevice::ReadOnly));
    t.caPem = other.readAll();
    const KubePushOutcome out = KubePush::push(KubeClient(t), workspaceFrom(kWorkspace), {}, false);
    QCOMPARE(out.status, PushOutcome::Status::Failed);
    QVERIFY2(
        out.message.contains(u"cannot reach the Kubernetes API server"_s), qPrintable(out.message));
    QVERIFY(stub.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestKubePush)
#include "tst_kubepush.moc"
