// exportPolicies(): what File ▸ Export writes — only policies and the tiers they need, in
// Calico's evaluation order, which load back as the same policies; for kubectl only the
// Kubernetes NetworkPolicies, the others named as skipped.

#include <QTest>

#include "core/eval/policyorder.h"
#include "core/io/loader.h"
#include "core/report/policyexport.h"
#include "resources/demoworkspace.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kTiered = R"(apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: security.block-metadata}
spec:
  tier: security
  order: 5
  selector: all()
  egress:
    - action: Deny
      destination: {nets: [169.254.169.254/32]}
---
apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: security}
spec: {order: 100}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
    - from: [{podSelector: {}}]
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: allow-web, namespace: shop}
spec:
  selector: app == 'web'
  ingress: [{action: Allow}]
)";

QStringList kindsAndNames(const QByteArray &yaml)
{
    const LoadResult loaded = Loader().loadText(yaml, u"export.yaml"_s);
    QStringList out;
    for (const Tier &t : loaded.workspace->tiers)
        out.append(u"Tier "_s + t.meta.name);
    for (const CalicoPolicy &p : loaded.workspace->policies)
        out.append(kindName(p.kind) + u' ' + p.meta.name);
    for (const KubernetesNetworkPolicy &p : loaded.workspace->kubernetesPolicies)
        out.append(u"KubernetesNetworkPolicy "_s + p.meta.name);
    return out;
}

} // namespace

class TestPolicyExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDemoExportsItsPoliciesInEvaluationOrderWithoutInventory()
    {
        const LoadResult demo = Loader().loadPaths({demoWorkspacePath()});
        QVERIFY(!demo.workspace->policies.isEmpty());
        const PolicyExport out = exportPolicies(demo.workspace, {}, PolicyExportTarget::Calicoctl);
        const LoadResult back = Loader().loadText(out.yaml, u"export.yaml"_s);
        QVERIFY(back.diagnostics.isEmpty());
        QCOMPARE(back.workspace->policies.size(), demo.workspace->policies.size());
        QVERIFY(back.workspace->namespaces.isEmpty());
        QVERIFY(back.workspace->pods.isEmpty());
        QVERIFY(back.workspace->serviceAccounts.isEmpty());
        QCOMPARE(out.count, int(back.workspace->policies.size() + back.workspace->tiers.size()));
        // In evaluation order: the order Calico evaluates the demo's policies in.
        QStringList expected;
        for (const OrderedTier &tier :
            orderPolicies(demo.workspace, demo.workspace->policies, false))
            for (const qsizetype i : tier.policies)
                expected.append(demo.workspace->policies[i].meta.name);
        QStringList written;
        for (const CalicoPolicy &p : back.workspace->policies)
            written.append(p.meta.name);
        QCOMPARE(written, expected);
        // Each policy comes back as it was.
        for (const CalicoPolicy &p : back.workspace->policies) {
            const auto original = std::find_if(demo.workspace->policies.cbegin(),
                demo.workspace->policies.cend(), [&p](const CalicoPolicy &o) {
                    return o.kind == p.kind && o.meta.name == p.meta.name
                        && o.meta.namespace_ == p.meta.namespace_;
                });
            QVERIFY(original != demo.workspace->policies.cend());
            QCOMPARE(original->selector, p.selector);
            QCOMPARE(original->ingress.size(), p.ingress.size());
            QCOMPARE(original->egress.size(), p.egress.size());
        }
    }

    void aPolicyComesAfterTheTierItNeeds()
    {
        const LoadResult loaded = Loader().loadText(kTiered, u"tiered.yaml"_s);
        QVERIFY(loaded.diagnostics.isEmpty());
        const PolicyExport all
            = exportPolicies(loaded.workspace, {}, PolicyExportTarget::Calicoctl);
        QCOMPARE(kindsAndNames(all.yaml),
            (QStringList {u"Tier security"_s, u"GlobalNetworkPolicy security.block-metadata"_s,
                u"NetworkPolicy allow-web"_s}));
        QCOMPARE(all.skipped, QStringList {u"KubernetesNetworkPolicy shop/web"_s});

        // Only the selected one: its tier comes with it, nothing else.
        const ResourceId allowWeb = loaded.workspace->policies.last().source.id;
        const PolicyExport one
            = exportPolicies(loaded.workspace, {allowWeb}, PolicyExportTarget::Calicoctl);
        QCOMPARE(kindsAndNames(one.yaml), QStringList {u"NetworkPolicy allow-web"_s});
        QCOMPARE(one.count, 1);
        QVERIFY(one.skipped.isEmpty());
    }

    void kubectlGetsTheKubernetesPoliciesOnly()
    {
        const LoadResult loaded = Loader().loadText(kTiered, u"tiered.yaml"_s);
        const PolicyExport out = exportPolicies(loaded.workspace, {}, PolicyExportTarget::Kubectl);
        QCOMPARE(kindsAndNames(out.yaml), QStringList {u"KubernetesNetworkPolicy web"_s});
        QCOMPARE(out.skipped,
            (QStringList {u"GlobalNetworkPolicy security.block-metadata"_s,
                u"NetworkPolicy shop/allow-web"_s}));
    }

    void aPolicyThatCouldNotBeReadIsNotWritten()
    {
        // A misspelled field: what was read of the rule matches every destination.
        const QByteArray yaml = R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: allow-dns}
spec:
  selector: all()
  egress:
    - action: Allow
      protocol: UDP
      destinaton: {ports: [53]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: fine}
spec: {selector: all()}
)";
        const LoadResult loaded = Loader().loadText(yaml, u"typo.yaml"_s);
        QVERIFY(loaded.workspace->policies.first().source.readError);
        const PolicyExport out
            = exportPolicies(loaded.workspace, {}, PolicyExportTarget::Calicoctl);
        QCOMPARE(out.unreadable.size(), 1);
        QVERIFY2(out.unreadable.first().startsWith(u"GlobalNetworkPolicy allow-dns: "_s),
            qPrintable(out.unreadable.first()));
        QCOMPARE(kindsAndNames(out.yaml), QStringList {u"GlobalNetworkPolicy fine"_s});
    }

    void nothingSelectedWritesNothing()
    {
        const LoadResult loaded = Loader().loadText(kTiered, u"tiered.yaml"_s);
        const PolicyExport out
            = exportPolicies(loaded.workspace, {ResourceId()}, PolicyExportTarget::Calicoctl);
        QVERIFY(out.yaml.isEmpty());
        QCOMPARE(out.count, 0);
    }
};

QTEST_GUILESS_MAIN(TestPolicyExport)
#include "tst_policyexport.moc"
