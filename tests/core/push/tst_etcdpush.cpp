// The etcd target against a real etcd (Debian's etcd-server), started by the test on 127.0.0.1
// with free ports and its own data folder, killed at the end: Calico's key layout and value
// format per release, plan after an out-of-band change, the guarded transaction (a conflict
// writes nothing), pruning only what this stack wrote, rollback, pull, authentication and TLS.
// The layout rules are also checked without etcd. Every etcd test skips, saying why, only when
// the etcd binary is missing.

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/loader.h"
#include "core/io/writer.h"
#include "core/push/etcdlayout.h"
#include "core/push/etcdpush.h"
#include "tests/support/etcdserver.h"
#include "tests/support/testfiles.h"

using namespace Qt::Literals::StringLiterals;
using namespace ps;
using ps::test::EtcdServer;

namespace {

const QByteArray kRoot = "/calico/resources/v3/projectcalico.org/";

Workspace baseWorkspace(CalicoVersion version = kNewestCalicoVersion)
{
    const LoadResult loaded = Loader().loadPaths({test::fixturePath(u"push/etcd/base")});
    return loaded.workspace.edited([version](WorkspaceData &d) { d.calicoVersion = version; });
}

Workspace workspaceFrom(const QByteArray &yaml, CalicoVersion version = kNewestCalicoVersion)
{
    const Workspace extra = Loader().loadText(yaml, u"extra.yaml"_s).workspace;
    return extra.edited([version](WorkspaceData &d) { d.calicoVersion = version; });
}

EtcdClient clientOf(const EtcdServer &server)
{
    EtcdTarget target;
    target.endpoints = {server.url()};
    return EtcdClient(target);
}

QByteArray get(const EtcdServer &server, const QByteArray &key)
{
    QByteArray out;
    QString why;
    if (!server.etcdctl({u"get"_s, QString::fromUtf8(key), u"--print-value-only"_s}, out, why))
        qWarning("%s", qPrintable(why));
    return out.trimmed();
}

QStringList keys(const EtcdServer &server)
{
    QByteArray out;
    QString why;
    server.etcdctl({u"get"_s, u"--prefix"_s, u"--keys-only"_s, QString::fromUtf8(kRoot)}, out, why);
    QStringList result;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            result.append(QString::fromUtf8(line.trimmed().mid(kRoot.size())));
    }
    return result;
}

bool put(const EtcdServer &server, const QByteArray &key, const QByteArray &value)
{
    QByteArray out;
    QString why;
    // etcdctl reads the value from standard input when it is not given.
    const bool ok = server.etcdctl({u"put"_s, QString::fromUtf8(key)}, out, why, value);
    if (!ok)
        qWarning("%s", qPrintable(why));
    return ok;
}

QString actions(const EtcdPlan &plan)
{
    QStringList out;
    for (const EtcdChange &c : plan.changes)
        out.append(resourceActionName(c.action) + u' ' + kindName(c.kind) + u' ' + c.name);
    return out.join(u"; "_s);
}

const EtcdChange *changeOf(const EtcdPlan &plan, const QString &name)
{
    for (const EtcdChange &c : plan.changes) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestEtcdPush : public QObject {
    Q_OBJECT

private:
    bool startEtcd(EtcdServer &server) { return startEtcd(server, EtcdServer::Tls()); }
    bool startEtcd(EtcdServer &server, const EtcdServer::Tls &tls)
    {
        QString why;
        if (!server.start(why, tls)) {
            qWarning("%s", qPrintable(why));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        if (EtcdServer::binary().isEmpty()
            && QString::fromUtf8(QTest::currentTestFunction()).startsWith(u"etcd"_s))
            QSKIP("the etcd binary is not installed (Debian package etcd-server)");
    }

    void storedPolicyName_data();
    void storedPolicyName();
    void keyParts();
    void prefixEnd();

    void etcdPushToEmpty_data();
    void etcdPushToEmpty();
    void etcdTieredPolicies_data();
    void etcdTieredPolicies();
    void etcdPlanAfterOutOfBandChange();
    void etcdConflictWritesNothing();
    void etcdPruneOwnedOnly();
    void etcdAdoptionNeedsConsent();
    void etcdRollback();
    void etcdRollbackConflict();
    void etcdPullRoundTrip();
    void etcdLegacyKeyIsUpdatedInPlace();
    void etcdUnreadableValueStopsThePlan();
    void etcdReadsWhatCalicoctlStored();
    void etcdAuth();
    void etcdTls();
};

void TestEtcdPush::storedPolicyName_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::newRow("3.28 plain") << u"3.28"_s << u"foo"_s << u"default.foo"_s;
    QTest::newRow("3.28 dotted") << u"3.28"_s << u"a.b"_s << u"default.a.b"_s;
    QTest::newRow("3.28 knp") << u"3.28"_s << u"knp.default.x"_s << u"knp.default.x"_s;
    QTest::newRow("3.29 plain") << u"3.29"_s << u"foo"_s << u"default.foo"_s;
    QTest::newRow("3.31 tiered") << u"3.31"_s << u"sec.foo"_s << u"sec.foo"_s;
    QTest::newRow("3.31 default.") << u"3.31"_s << u"default.foo"_s << u"default.foo"_s;
    QTest::newRow("3.32 plain") << u"3.32"_s << u"foo"_s << u"foo"_s;
    QTest::newRow("3.32 any tier") << u"3.32"_s << u"web"_s << u"web"_s;
}

void TestEtcdPush::storedPolicyName()
{
    QFETCH(QString, version);
    QFETCH(QString, name);
    QFETCH(QString, stored);
    QCOMPARE(etcdStoredPolicyName(name, *calicoVersionFromName(version)), stored);
    // Read back without the annotation, a default-tier name loses the prefix it was given.
    if (!name.contains(u'.'))
        QCOMPARE(etcdPolicyNameOnRead(stored, u"default"_s, QString()), name);
    QCOMPARE(etcdPolicyNameOnRead(stored, u"default"_s, u"given"_s), u"given"_s);
}

void TestEtcdPush::keyParts()
{
    const auto gnp = etcdKeyParts(kRoot + "globalnetworkpolicies/allow-dns");
    QVERIFY(gnp);
    QCOMPARE(gnp->kind, ResourceKind::GlobalNetworkPolicy);
    QCOMPARE(gnp->storedName, u"allow-dns"_s);
    const auto np = etcdKeyParts(kRoot + "networkpolicies/prod/web");
    QVERIFY(np);
    QCOMPARE(np->kind, ResourceKind::NetworkPolicy);
    QCOMPARE(np->namespace_, u"prod"_s);
    QVERIFY(!etcdKeyParts(kRoot + "networkpolicies/web")); // a namespaced kind needs one
    QVERIFY(!etcdKeyParts(kRoot + "ippools/p")); // not a kind a push writes
    QVERIFY(!etcdKeyParts("/calico/v1/policy/tier/default"));
    QCOMPARE(etcdKey(ResourceKind::NetworkSet, u"ns"_s, u"s"_s), kRoot + "networksets/ns/s");
    QCOMPARE(etcdKey(ResourceKind::Tier, QString(), u"sec"_s), kRoot + "tiers/sec");
}

void TestEtcdPush::prefixEnd()
{
    QCOMPARE(EtcdClient::prefixEnd(kRoot + "tiers/"), kRoot + "tiers0");
    QCOMPARE(EtcdClient::prefixEnd(QByteArray("a\xff\xff", 3)), QByteArray("b"));
    QCOMPARE(EtcdClient::prefixEnd(QByteArray("\xff", 1)), QByteArray(1, '\0'));
}

void TestEtcdPush::etcdPushToEmpty_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("gnpKey");
    QTest::addColumn<bool>("nameAnnotation");
    QTest::addColumn<bool>("tierLabel");
    QTest::newRow("3.28") << u"3.28"_s << u"default.allow-dns"_s << false << false;
    QTest::newRow("3.29") << u"3.29"_s << u"default.allow-dns"_s << false << false;
    QTest::newRow("3.30") << u"3.30"_s << u"default.allow-dns"_s << true << false;
    QTest::newRow("3.31") << u"3.31"_s << u"default.allow-dns"_s << true << false;
    QTest::newRow("3.32") << u"3.32"_s << u"allow-dns"_s << true << true;
}

void TestEtcdPush::etcdPushToEmpty()
{
    QFETCH(QString, version);
    QFETCH(QString, gnpKey);
    QFETCH(bool, nameAnnotation);
    QFETCH(bool, tierLabel);
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    const Workspace ws = baseWorkspace(*calicoVersionFromName(version));

    const Result<EtcdPlan> plan = EtcdPush::plan(client, ws);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->count(ResourceChange::Action::Create), 4);
    QCOMPARE(plan->changes.size(), 4);
    QVERIFY(plan->revision > 0);
    // Nothing is written by planning.
    QCOMPARE(keys(server), QStringList());

    const Result<EtcdRollback> applied = EtcdPush::apply(client, *plan);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    QCOMPARE(applied->entries.size(), 4);
    QVERIFY(applied->revision > plan->revision);

    QStringList expected {u"globalnetworkpolicies/"_s + gnpKey, u"globalnetworksets/office"_s,
        u"hostendpoints/node-a-eth0"_s,
        u"networkpolicies/prod/"_s
            + etcdStoredPolicyName(u"web-ingress"_s, *calicoVersionFromName(version))};
    QCOMPARE(keys(server), expected);

    // The value: the whole v3 object, compact, as clientv3 leaves it.
    const QByteArray value = get(server, kRoot + "globalnetworkpolicies/" + gnpKey.toUtf8());
    QVERIFY2(!value.contains("\": ") && !value.contains(", \""), value.constData());
    QVERIFY2(!value.contains('\n'), value.constData());
    const QJsonObject o = QJsonDocument::fromJson(value).object();
    QCOMPARE(o.value(u"kind"_s).toString(), u"GlobalNetworkPolicy"_s);
    QCOMPARE(o.value(u"apiVersion"_s).toString(), u"projectcalico.org/v3"_s);
    const QJsonObject meta = o.value(u"metadata"_s).toObject();
    QCOMPARE(meta.value(u"name"_s).toString(), gnpKey);
    QVERIFY(!meta.contains(u"resourceVersion"_s));
    QCOMPARE(meta.value(u"uid"_s).toString().size(), 36);
    QVERIFY(meta.value(u"creationTimestamp"_s).toString().endsWith(u'Z'));
    const QJsonObject annotations = meta.value(u"annotations"_s).toObject();
    QCOMPARE(annotations.value(u"policy-studio.io/stack"_s).toString(), u"default"_s);
    QCOMPARE(annotations.contains(u"projectcalico.org/metadata"_s), nameAnnotation);
    if (nameAnnotation) {
        QCOMPARE(annotations.value(u"projectcalico.org/metadata"_s).toString(),
            u"{\"name\":\"allow-dns\"}"_s);
    }
    const QJsonObject labels = meta.value(u"labels"_s).toObject();
    QCOMPARE(
        labels.value(u"projectcalico.org/tier"_s).toString(), tierLabel ? u"default"_s : QString());
    const QJsonObject spec = o.value(u"spec"_s).toObject();
    QCOMPARE(spec.value(u"order"_s).toDouble(), 100.0);
    QCOMPARE(spec.value(u"selector"_s).toString(), u"k8s-app == 'kube-dns'"_s);
    // Namespaced: the namespace in the value equals the key's.
    const QJsonObject np = QJsonDocument::fromJson(
        get(server, kRoot + "networkpolicies/prod/" + expected.last().section(u'/', 2).toUtf8()))
                               .object();
    QCOMPARE(np.value(u"metadata"_s).toObject().value(u"namespace"_s).toString(), u"prod"_s);

    // Pushing the same workspace again changes nothing and writes nothing.
    const Result<EtcdPlan> again = EtcdPush::plan(client, ws);
    QVERIFY(again);
    QCOMPARE(again->count(ResourceChange::Action::Unchanged), 4);
    QVERIFY(!again->changesSomething());
    QVERIFY(again->diff.isEmpty());
    const Result<EtcdRollback> none = EtcdPush::apply(client, *again);
    QVERIFY(none);
    QVERIFY(none->entries.isEmpty());
}

void TestEtcdPush::etcdTieredPolicies_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    const QByteArray tier = "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: "
                            "sec\nspec:\n  order: 50\n---\n";
    const QByteArray policy = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                              "metadata:\n  name: %1\nspec:\n  tier: sec\n  selector: all()\n";
    QTest::newRow("3.29 sec.block")
        << u"3.29"_s << tier + QByteArray(policy).replace("%1", "sec.block")
        << u"globalnetworkpolicies/sec.block"_s << u"sec"_s;
    QTest::newRow("3.31 sec.block")
        << u"3.31"_s << tier + QByteArray(policy).replace("%1", "sec.block")
        << u"globalnetworkpolicies/sec.block"_s << u"sec"_s;
    QTest::newRow("3.32 block") << u"3.32"_s << tier + QByteArray(policy).replace("%1", "block")
                                << u"globalnetworkpolicies/block"_s << u"sec"_s;
}

void TestEtcdPush::etcdTieredPolicies()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, yaml);
    QFETCH(QString, key);
    QFETCH(QString, label);
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    const Result<EtcdPlan> plan
        = EtcdPush::plan(client, workspaceFrom(yaml, *calicoVersionFromName(version)));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QVERIFY(EtcdPush::apply(client, *plan));
    QCOMPARE(keys(server), QStringList({key, u"tiers/sec"_s}));
    const QJsonObject meta = QJsonDocument::fromJson(get(server, kRoot + key.toUtf8()))
                                 .object()
                                 .value(u"metadata"_s)
                                 .toObject();
    QCOMPARE(
        meta.value(u"labels"_s).toObject().value(u"projectcalico.org/tier"_s).toString(), label);
    const QJsonObject tier = QJsonDocument::fromJson(get(server, kRoot + "tiers/sec")).object();
    QCOMPARE(tier.value(u"kind"_s).toString(), u"Tier"_s);
    QCOMPARE(tier.value(u"spec"_s).toObject().value(u"order"_s).toDouble(), 50.0);
}

void TestEtcdPush::etcdPlanAfterOutOfBandChange()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    const Workspace ws = baseWorkspace();
    QVERIFY(EtcdPush::apply(client, *EtcdPush::plan(client, ws)));

    // Someone edits the policy with etcdctl: web-ingress now denies everything first.
    const QByteArray key = kRoot + "networkpolicies/prod/web-ingress";
    QByteArray value = get(server, key);
    QVERIFY(value.contains("\"order\":200"));
    value.replace("\"ingress\":[", "\"ingress\":[{\"action\":\"Deny\"},");
    QVERIFY(put(server, key, value));

    const Result<EtcdPlan> plan = EtcdPush::plan(client, ws);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(actions(*plan),
        u"unchanged GlobalNetworkPolicy allow-dns; update NetworkPolicy prod/web-ingress; "
        "unchanged GlobalNetworkSet office; unchanged HostEndpoint node-a-eth0"_s);
    // The semantic diff says what the push changes: the policy, and the flow it lets through
    // again.
    QCOMPARE(plan->diff.policies.size(), 1);
    QCOMPARE(plan->diff.policies[0].name, u"prod/web-ingress"_s);
    QVERIFY(plan->diff.policies[0].fields.contains(u"ingress"_s));
    bool allowedAgain = false;
    for (const FlowChange &f : plan->diff.flows) {
        if (f.before == Verdict::Deny && f.after == Verdict::Allow && f.port == 80)
            allowedAgain = true;
    }
    QVERIFY(allowedAgain);
    // A dry run is just the plan: the edit is still there.
    QVERIFY(get(server, key).contains("{\"action\":\"Deny\"},"));
    QVERIFY(EtcdPush::apply(client, *plan));
    QVERIFY(!get(server, key).contains("{\"action\":\"Deny\"},{"));
    QVERIFY(!EtcdPush::plan(client, ws)->changesSomething());
}

void TestEtcdPush::etcdConflictWritesNothing()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    QVERIFY(EtcdPush::apply(client, *EtcdPush::plan(client, baseWorkspace())));

    // The next push updates allow-dns and creates a set.
    const Workspace next = baseWorkspace().edited([](WorkspaceData &d) {
        d.policies[0].order = 150;
        NetworkSet extra = d.networkSets[0];
        extra.meta.name = u"lab"_s;
        extra.source = {};
        d.networkSets.append(extra);
    });
    const Result<EtcdPlan> plan = EtcdPush::plan(client, next);
    QVERIFY(plan);
    QCOMPARE(plan->count(ResourceChange::Action::Update), 1);
    QCOMPARE(plan->count(ResourceChange::Action::Create), 1);

    // Between plan and apply, someone changes allow-dns.
    const QByteArray key = kRoot + "globalnetworkpolicies/allow-dns";
    QByteArray theirs = get(server, key);
    theirs.replace("\"order\":100", "\"order\":42");
    QVERIFY(put(server, key, theirs));

    const Result<EtcdRollback> applied = EtcdPush::apply(client, *plan);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(u"conflict"_s), qPrintable(applied.error().message));
    QVERIFY2(applied.error().message.contains(u"GlobalNetworkPolicy allow-dns"_s),
        qPrintable(applied.error().message));
    QVERIFY2(applied.error().message.contains(u"nothing was written"_s),
        qPrintable(applied.error().message));
    // Nothing was written: their edit stands, the set was not created.
    QCOMPARE(get(server, key), theirs);
    QVERIFY(!keys(server).contains(u"globalnetworksets/lab"_s));
}

void TestEtcdPush::etcdPruneOwnedOnly()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    QVERIFY(EtcdPush::apply(client, *EtcdPush::plan(client, baseWorkspace())));
    // A set written by calicoctl (no mark) and one pushed by another stack.
    const QByteArray foreign
        = R"({"kind":"GlobalNetworkSet","apiVersion":"projectcalico.org/v3","metadata":{"name":"theirs","uid":"0b5e7f2a-1c1d-4c55-9d55-6e1f0c7d1a11","creationTimestamp":"2026-01-01T00:00:00Z"},"spec":{"nets":["198.51.100.0/24"]}})";
    QVERIFY(put(server, kRoot + "globalnetworksets/theirs", foreign));
    EtcdPushOptions other;
    other.stack = u"other"_s;
    QVERIFY(EtcdPush::apply(client,
        *EtcdPush::plan(client,
            workspaceFrom("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\nmetadata:\n  "
                          "name: other-set\nspec:\n  nets:\n  - 203.0.113.0/24\n"),
            other)));

    // The workspace drops the office set and the host endpoint.
    const Workspace smaller = baseWorkspace().edited([](WorkspaceData &d) {
        d.networkSets.clear();
        d.hostEndpoints.clear();
    });
    const Result<EtcdPlan> kept = EtcdPush::plan(client, smaller);
    QVERIFY(kept);
    QCOMPARE(kept->count(ResourceChange::Action::Delete), 0);
    QCOMPARE(
        kept->kept, QStringList({u"GlobalNetworkSet office"_s, u"HostEndpoint node-a-eth0"_s}));
    QCOMPARE(kept->foreign, 2);

    EtcdPushOptions prune;
    prune.prune = true;
    const Result<EtcdPlan> pruned = EtcdPush::plan(client, smaller, prune);
    QVERIFY(pruned);
    QCOMPARE(actions(*pruned),
        u"unchanged GlobalNetworkPolicy allow-dns; unchanged NetworkPolicy prod/web-ingress; "
        "delete GlobalNetworkSet office; delete HostEndpoint node-a-eth0"_s);
    QVERIFY(EtcdPush::apply(client, *pruned));
    QCOMPARE(keys(server),
        QStringList({u"globalnetworkpolicies/allow-dns"_s, u"globalnetworksets/other-set"_s,
            u"globalnetworksets/theirs"_s, u"networkpolicies/prod/web-ingress"_s}));
    QCOMPARE(get(server, kRoot + "globalnetworksets/theirs"), foreign);
}

void TestEtcdPush::etcdAdoptionNeedsConsent()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    // calicoctl wrote an office set with other nets.
    const QByteArray theirs
        = R"({"kind":"GlobalNetworkSet","apiVersion":"projectcalico.org/v3","metadata":{"name":"office","uid":"0b5e7f2a-1c1d-4c55-9d55-6e1f0c7d1a11","creationTimestamp":"2026-01-01T00:00:00Z"},"spec":{"nets":["198.51.100.0/24"]}})";
    QVERIFY(put(server, kRoot + "globalnetworksets/office", theirs));
    const Result<EtcdPlan> plan = EtcdPush::plan(client, baseWorkspace());
    QVERIFY(plan);
    QVERIFY(plan->adoptionRefused);
    const Result<EtcdRollback> refused = EtcdPush::apply(client, *plan);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"GlobalNetworkSet office"_s)
            && refused.error().message.contains(u"--adopt"_s),
        qPrintable(refused.error().message));
    QCOMPARE(keys(server), QStringList({u"globalnetworksets/office"_s}));

    EtcdPushOptions adopt;
    adopt.adopt = true;
    const Result<EtcdPlan> adopting = EtcdPush::plan(client, baseWorkspace(), adopt);
    QVERIFY(adopting);
    QVERIFY(EtcdPush::apply(client, *adopting));
    const QJsonObject meta
        = QJsonDocument::fromJson(get(server, kRoot + "globalnetworksets/office"))
              .object()
              .value(u"metadata"_s)
              .toObject();
    // Adopted: marked as ours, its uid and creation time kept.
    QCOMPARE(meta.value(u"annotations"_s).toObject().value(u"policy-studio.io/stack"_s).toString(),
        u"default"_s);
    QCOMPARE(meta.value(u"uid"_s).toString(), u"0b5e7f2a-1c1d-4c55-9d55-6e1f0c7d1a11"_s);
    QCOMPARE(meta.value(u"creationTimestamp"_s).toString(), u"2026-01-01T00:00:00Z"_s);
}

void TestEtcdPush::etcdRollback()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    QVERIFY(EtcdPush::apply(client, *EtcdPush::plan(client, baseWorkspace())));
    QHash<QString, QByteArray> before;
    for (const QString &k : keys(server))
        before.insert(k, get(server, kRoot + k.toUtf8()));

    // An update, a create and a prune in one push.
    const Workspace next = baseWorkspace().edited([](WorkspaceData &d) {
        d.policies[0].order = 150;
        d.hostEndpoints.clear();
        NetworkSet extra = d.networkSets[0];
        extra.meta.name = u"lab"_s;
        extra.source = {};
        d.networkSets.append(extra);
    });
    EtcdPushOptions prune;
    prune.prune = true;
    const Result<EtcdRollback> applied
        = EtcdPush::apply(client, *EtcdPush::plan(client, next, prune));
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    QCOMPARE(applied->entries.size(), 3);
    QVERIFY(keys(server).contains(u"globalnetworksets/lab"_s));

    // The state survives a trip through its file form.
    const Result<EtcdRollback> state = EtcdRollback::fromJson(applied->toJson(), u"state.json"_s);
    QVERIFY2(state, qPrintable(state ? QString() : state.error().message));
    const Result<qint64> restored = EtcdPush::rollback(client, *state);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    const QStringList after = keys(server);
    QCOMPARE(QSet<QString>(after.cbegin(), after.cend()),
        QSet<QString>(before.keyBegin(), before.keyEnd()));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(get(server, kRoot + it.key().toUtf8()), it.value());
    QVERIFY(!EtcdPush::plan(client, baseWorkspace())->changesSomething());
}

void TestEtcdPush::etcdRollbackConflict()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    QVERIFY(EtcdPush::apply(client, *EtcdPush::plan(client, baseWorkspace())));
    const Workspace next
        = baseWorkspace().edited([](WorkspaceData &d) { d.policies[0].order = 150; });
    const Result<EtcdRollback> applied = EtcdPush::apply(client, *EtcdPush::plan(client, next));
    QVERIFY(applied);
    // Someone changes the policy after the push: the rollback must not overwrite that.
    const QByteArray key = kRoot + "globalnetworkpolicies/allow-dns";
    QByteArray theirs = get(server, key);
    theirs.replace("\"order\":150", "\"order\":7");
    QVERIFY(put(server, key, theirs));
    const Result<qint64> restored = EtcdPush::rollback(client, *applied);
    QVERIFY(!restored);
    QVERIFY2(restored.error().message.contains(u"nothing was restored"_s)
            && restored.error().message.contains(u"allow-dns"_s),
        qPrintable(restored.error().message));
    QCOMPARE(get(server, key), theirs);
}

void TestEtcdPush::etcdPullRoundTrip()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    for (const CalicoVersion version : {CalicoVersion::V3_31, CalicoVersion::V3_32}) {
        const Workspace ws = baseWorkspace(version);
        QVERIFY(EtcdPush::apply(client, *EtcdPush::plan(client, ws)));
        const Result<EtcdPulled> pulled = EtcdPush::pull(client, version);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QVERIFY(pulled->diagnostics.isEmpty());
        // resourceVersion is the key's mod_revision.
        const CalicoPolicy &gnp = pulled->workspace->policies.constFirst();
        QCOMPARE(gnp.meta.name, u"allow-dns"_s);
        QVERIFY(gnp.meta.resourceVersion.toLongLong() > 0);
        QVERIFY(!gnp.meta.annotations.contains(u"projectcalico.org/metadata"_s));
        QVERIFY(!gnp.meta.labels.contains(u"projectcalico.org/tier"_s));
        // The Calico resources read back are what was pushed (server fields aside).
        const auto withoutServerFields = [](const Workspace &w) {
            return w.edited([](WorkspaceData &d) {
                d.namespaces.clear();
                d.pods.clear();
                forEachResourceList([&](auto member) {
                    for (auto &r : d.*member) {
                        r.meta.resourceVersion.clear();
                        r.meta.uid.clear();
                        r.meta.creationTimestamp.clear();
                    }
                });
            });
        };
        QCOMPARE(QString::fromUtf8(Writer().write(withoutServerFields(pulled->workspace))),
            QString::fromUtf8(Writer().write(withoutServerFields(ws))));
        // Pushed again as pulled (resourceVersions included), nothing changes.
        const Result<EtcdPlan> again = EtcdPush::plan(client, pulled->workspace);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(!again->changesSomething());
        // A resourceVersion that is no longer current is a conflict at plan time.
        const Workspace stale = pulled->workspace.edited([](WorkspaceData &d) {
            d.policies[0].meta.resourceVersion = u"1"_s;
            d.policies[0].order = 5;
        });
        const Result<EtcdPlan> refused = EtcdPush::plan(client, stale);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"resourceVersion 1"_s),
            qPrintable(refused.error().message));
    }
}

void TestEtcdPush::etcdLegacyKeyIsUpdatedInPlace()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    // A 3.31 push leaves default.allow-dns; the cluster is upgraded to 3.32.
    QVERIFY(EtcdPush::apply(client, *EtcdPush::plan(client, baseWorkspace(CalicoVersion::V3_31))));
    const Workspace upgraded = baseWorkspace(CalicoVersion::V3_32).edited([](WorkspaceData &d) {
        d.policies[0].order = 300;
    });
    const Result<EtcdPlan> plan = EtcdPush::plan(client, upgraded);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const EtcdChange *gnp = changeOf(*plan, u"allow-dns"_s);
    QVERIFY(gnp);
    QCOMPARE(gnp->action, ResourceChange::Action::Update);
    QCOMPARE(gnp->key, kRoot + "globalnetworkpolicies/default.allow-dns");
    QVERIFY(EtcdPush::apply(client, *plan));
    QVERIFY(!keys(server).contains(u"globalnetworkpolicies/allow-dns"_s));
}

void TestEtcdPush::etcdUnreadableValueStopsThePlan()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    QVERIFY(
        put(server, kRoot + "globalnetworkpolicies/broken", "{\"kind\":\"GlobalNetworkPolicy\","));
    const Result<EtcdPlan> plan = EtcdPush::plan(client, baseWorkspace());
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(u"etcd:/calico/resources/v3/projectcalico.org/"
                                           "globalnetworkpolicies/broken"_s),
        qPrintable(plan.error().message));
    QCOMPARE(keys(server), QStringList({u"globalnetworkpolicies/broken"_s}));
}

void TestEtcdPush::etcdReadsWhatCalicoctlStored()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    const EtcdClient client = clientOf(server);
    // allow-dns as calicoctl 3.31 stores it: Go's encoding of the v3 struct (empty source,
    // defaulted tier and types), the backend's name and annotation, no stack mark.
    const QByteArray stored
        = R"({"kind":"GlobalNetworkPolicy","apiVersion":"projectcalico.org/v3","metadata":{"name":"default.allow-dns","uid":"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f","creationTimestamp":"2026-05-01T10:00:00Z","annotations":{"projectcalico.org/metadata":"{\"name\":\"allow-dns\"}"}},"spec":{"tier":"default","order":100,"egress":[{"action":"Allow","protocol":"UDP","source":{},"destination":{"ports":[53]}}],"selector":"k8s-app == 'kube-dns'","types":["Egress"]}})";
    QVERIFY(put(server, kRoot + "globalnetworkpolicies/default.allow-dns", stored));
    const Result<EtcdPlan> plan = EtcdPush::plan(client, baseWorkspace(CalicoVersion::V3_31));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    const EtcdChange *gnp = changeOf(*plan, u"allow-dns"_s);
    QVERIFY(gnp);
    // The same policy: left as it is, so nothing needs adopting.
    QCOMPARE(gnp->action, ResourceChange::Action::Unchanged);
    QVERIFY(!plan->adoptionRefused);
    const Result<EtcdPulled> pulled = EtcdPush::pull(client, CalicoVersion::V3_31);
    QVERIFY(pulled);
    QCOMPARE(pulled->workspace->policies.size(), 1);
    QCOMPARE(pulled->workspace->policies[0].meta.name, u"allow-dns"_s);
    QCOMPARE(pulled->workspace->policies[0].meta.uid, u"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"_s);
}

void TestEtcdPush::etcdAuth()
{
    EtcdServer server;
    QVERIFY(startEtcd(server));
    QString why;
    QVERIFY2(server.enableAuth(u"calico"_s, u"s3cret"_s, why), qPrintable(why));

    EtcdTarget target;
    target.endpoints = {server.url()};
    target.username = u"calico"_s;
    target.password = "s3cret";
    const EtcdClient client(target);
    const Result<EtcdPlan> plan = EtcdPush::plan(client, baseWorkspace());
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QVERIFY(EtcdPush::apply(client, *plan));
    QCOMPARE(keys(server).size(), 4);

    target.password = "wrong";
    const Result<EtcdPlan> wrong = EtcdPush::plan(EtcdClient(target), baseWorkspace());
    QVERIFY(!wrong);
    // etcd 3.4 answers "authentication failed"; 3.4.23 may close the connection instead.
    QVERIFY2(wrong.error().message.contains(u"wrong user name or password"_s)
            || wrong.error().message.contains(u"etcd issue 15256"_s),
        qPrintable(wrong.error().message));
    QVERIFY(!wrong.error().message.contains(u"wrong\""_s));

    target.username.clear();
    target.password.clear();
    const Result<EtcdPlan> anonymous = EtcdPush::plan(EtcdClient(target), baseWorkspace());
    QVERIFY(!anonymous);
    QVERIFY2(anonymous.error().message.contains(u"authentication enabled"_s),
        qPrintable(anonymous.error().message));
}

void TestEtcdPush::etcdTls()
{
    QTemporaryDir certs;
    QString why;
    if (!EtcdServer::makeCertificates(certs.path(), why))
        QSKIP(qPrintable(u"cannot make test certificates: "_s + why));
    const QDir dir(certs.path());
    EtcdServer::Tls tls;
    tls.caFile = dir.filePath(u"ca.pem"_s);
    tls.certFile = dir.filePath(u"server.pem"_s);
    tls.keyFile = dir.filePath(u"server-key.pem"_s);
    tls.clientCertAuth = true;
    EtcdServer server;
    QVERIFY(startEtcd(server, tls));
    QVERIFY(server.url().startsWith(u"https://"_s));

    EtcdTarget target;
    target.endpoints = {server.url()};
    target.caFile = dir.filePath(u"ca.pem"_s);
    target.certFile = dir.filePath(u"client.pem"_s);
    target.keyFile = dir.filePath(u"client-key.pem"_s);
    const EtcdClient client(target);
    const Result<EtcdPlan> plan = EtcdPush::plan(client, baseWorkspace());
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QVERIFY(EtcdPush::apply(client, *plan));
    QCOMPARE(keys(server).size(), 4);

    // The server's certificate is verified: not against the system's CAs, nor another CA.
    EtcdTarget untrusted = target;
    untrusted.caFile = dir.filePath(u"other-ca.pem"_s);
    const Result<EtcdPlan> refused = EtcdPush::plan(EtcdClient(untrusted), baseWorkspace());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"cannot reach etcd at "_s + server.url()),
        qPrintable(refused.error().message));
    // Without a client certificate etcd refuses the TLS handshake.
    EtcdTarget noCert = target;
    noCert.certFile.clear();
    noCert.keyFile.clear();
    const Result<EtcdPlan> noClient = EtcdPush::plan(EtcdClient(noCert), baseWorkspace());
    QVERIFY(!noClient);
}

QTEST_GUILESS_MAIN(TestEtcdPush)
#include "tst_etcdpush.moc"
