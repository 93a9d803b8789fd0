// The Kubernetes NetworkPolicy form's pod counts: the pod selector (within the policy's
// namespace) and each peer (pod selector, namespace selector, both) say how many pods of the
// inventory they select, live as the user types, and list them.

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "core/eval/policyengine.h"
#include "core/eval/selectedendpoints.h"
#include "core/io/loader.h"
#include "ui/document.h"
#include "ui/editor/kubernetespolicyform.h"
#include "ui/editor/kubernetespolicyview.h"
#include "core/kube/labelselectortext.h"

using namespace Qt::Literals::StringLiterals;
using namespace ps;

namespace {

const QByteArray kWorkspace = R"(apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: a}}
---
apiVersion: v1
kind: Namespace
metadata: {name: ops, labels: {team: b}}
---
apiVersion: v1
kind: Pod
metadata: {name: web-0, namespace: shop, labels: {app: web}}
---
apiVersion: v1
kind: Pod
metadata: {name: web-1, namespace: shop, labels: {app: web}}
---
apiVersion: v1
kind: Pod
metadata: {name: db-0, namespace: shop, labels: {app: db}}
---
apiVersion: v1
kind: Pod
metadata: {name: web-0, namespace: ops, labels: {app: web}}
---
apiVersion: v1
kind: Pod
metadata: {name: agent, namespace: ops, labels: {app: agent}}
spec: {hostNetwork: true}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
    - from:
        - podSelector: {matchLabels: {app: db}}
        - namespaceSelector: {matchLabels: {team: b}}
        - namespaceSelector: {}
          podSelector: {matchLabels: {app: web}}
        - ipBlock: {cidr: 10.0.0.0/8}
)";

} // namespace

class TestKubernetesFormPods : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matcher_data()
    {
        QTest::addColumn<QString>("pods");
        QTest::addColumn<QString>("namespaces");
        QTest::addColumn<QStringList>("expected");
        const QString none = u"-"_s; // no such selector
        QTest::newRow("pod selector, own namespace")
            << u"app=web"_s << none << QStringList {u"shop/web-0"_s, u"shop/web-1"_s};
        QTest::newRow("every pod of the namespace")
            << u""_s << none << QStringList {u"shop/web-0"_s, u"shop/web-1"_s, u"shop/db-0"_s};
        QTest::newRow("namespace selector: host network left out")
            << none << u"team=b"_s << QStringList {u"ops/web-0"_s};
        QTest::newRow("namespace by its name label")
            << none << u"kubernetes.io/metadata.name=shop"_s
            << QStringList {u"shop/web-0"_s, u"shop/web-1"_s, u"shop/db-0"_s};
        QTest::newRow("both") << u"app=web"_s << u""_s
                              << QStringList {u"shop/web-0"_s, u"shop/web-1"_s, u"ops/web-0"_s};
        QTest::newRow("expressions")
            << u"app notin (web),!debug"_s << none << QStringList {u"shop/db-0"_s};
    }

    void matcher()
    {
        QFETCH(QString, pods);
        QFETCH(QString, namespaces);
        QFETCH(QStringList, expected);
        const LoadResult loaded = Loader().loadText(kWorkspace, u"w.yaml"_s);
        const PolicyEngine engine(loaded.workspace);
        const auto selector = [](const QString &text) -> std::optional<LabelSelector> {
            if (text == u"-")
                return std::nullopt;
            return *LabelSelectorText::parse(text);
        };
        QCOMPARE(kubernetesSelectedPods(engine, u"shop"_s, selector(pods), selector(namespaces)),
            expected);
    }

    void countsInTheForm()
    {
        Document document;
        QSignalSpy analysed(&document, &Document::analysisReady);
        document.setLoaded(Loader().loadText(kWorkspace, u"w.yaml"_s), {});
        QVERIFY(analysed.wait(20000));
        KubernetesPolicyView view(&document, document.workspace()->kubernetesPolicies[0].source.id);
        KubernetesPolicyForm *form = view.form();
        QLabel *count = form->podCountLabel();
        QVERIFY(!count->isHidden());
        QVERIFY2(count->text().contains(u"2 pod"_s), qPrintable(count->text()));
        QVERIFY(count->toolTip().contains(u"shop/web-1"_s));
        QCOMPARE(form->selectedPods(), (QStringList {u"shop/web-0"_s, u"shop/web-1"_s}));

        QTableWidget *peers = form->peerTable(0);
        QVERIFY(!peers->isColumnHidden(KubernetesPolicyForm::kPodsColumn));
        const auto peerCount
            = [&](int row) { return peers->item(row, KubernetesPolicyForm::kPodsColumn)->text(); };
        QVERIFY(peerCount(0).startsWith(u"1 pod"_s));
        QVERIFY(peerCount(1).startsWith(u"1 pod"_s));
        QVERIFY(peerCount(2).startsWith(u"3 pod"_s));
        QCOMPARE(peerCount(3), u"IP block"_s);
        QCOMPARE(form->peerPods(0, 1), QStringList {u"ops/web-0"_s});
        QVERIFY(
            peers->item(2, KubernetesPolicyForm::kPodsColumn)->toolTip().contains(u"ops/web-0"_s));

        // (Counts are checked without translations loaded: "%n pod(s)".)
        // Live while typing: a selector that does not parse (yet) says so; the count follows.
        form->podSelectorEdit()->setText(u"app in web"_s);
        Q_EMIT form->podSelectorEdit()->textEdited(form->podSelectorEdit()->text());
        QVERIFY2(count->text().contains(u"does not parse"_s), qPrintable(count->text()));
        form->podSelectorEdit()->setText(u"app in (web,db)"_s);
        Q_EMIT form->podSelectorEdit()->textEdited(form->podSelectorEdit()->text());
        QVERIFY2(count->text().contains(u"3 pod"_s), qPrintable(count->text()));
        peers->item(0, 0)->setText(u"app=web"_s);
        QVERIFY(peerCount(0).startsWith(u"2 pod"_s));
        // The edits went into the document; the counts are no part of the policy.
        QCOMPARE(document.workspace()->kubernetesPolicies[0].ingress[0].peers.size(), 4);
        QCOMPARE(document.workspace()
                     ->kubernetesPolicies[0]
                     .ingress[0]
                     .peers[0]
                     .podSelector->matchLabels.value(u"app"_s),
            u"web"_s);
    }

    // The counts are the endpoints the converted policy applies to, in the analysis: a workload
    // template's pods count, and a pod added to the workspace counts once it is analysed.
    void countsFollowTheInventory()
    {
        Document document;
        QSignalSpy analysed(&document, &Document::analysisReady);
        document.setLoaded(Loader().loadText(kWorkspace + R"(
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web-deploy, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: main, image: nginx}]}
)"_ba,
                               u"w.yaml"_s),
            {});
        QVERIFY(analysed.wait(20000));
        KubernetesPolicyView view(&document, document.workspace()->kubernetesPolicies[0].source.id);
        KubernetesPolicyForm *form = view.form();
        QCOMPARE(form->selectedPods(),
            (QStringList {u"shop/web-0"_s, u"shop/web-1"_s, u"shop/web-deploy"_s}));

        document.edit(u"add a pod"_s, [](WorkspaceData &d) {
            Pod pod = d.pods.first();
            pod.source.id = {};
            pod.meta.name = u"web-9"_s;
            d.pods.append(pod);
        });
        QVERIFY(analysed.wait(20000));
        QVERIFY2(form->selectedPods().contains(u"shop/web-9"_s),
            qPrintable(form->selectedPods().join(u", "_s)));
        QCOMPARE(form->selectedPods().size(), 4);
    }
};

QTEST_MAIN(TestKubernetesFormPods)
#include "tst_kubernetesformpods.moc"
