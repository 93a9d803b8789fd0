// Loader: every kind, List kinds, directories, positions, defaults, structural diagnostics and
// hostile input (invalid YAML, binary, huge, deeply nested, truncated).

#include <cstdio>

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/loader.h"
#include "core/validate/validator.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ps::WorkspaceData)
Q_DECLARE_METATYPE(ps::Severity)

namespace {

LoadResult load(const QByteArray &yaml, const QString &file = u"test.yaml"_s)
{
    return Loader().loadText(yaml, file);
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

ObjectMeta meta(const QString &name, const QString &ns = QString(), const Labels &labels = {})
{
    ObjectMeta m;
    m.name = name;
    m.namespace_ = ns;
    m.labels = labels;
    return m;
}

Rule allowRule()
{
    Rule r;
    r.action = u"Allow"_s;
    return r;
}

QString fixture(const QString &relative)
{
    return test::fixturePath(u"io/"_s + relative);
}

} // namespace

class TstLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void progressThenResult();
    void cancelStopsTheLoad();
    void kinds_data();
    void kinds();
    void lists_data();
    void lists();
    void directory();
    void realWorldOutput();
    void positions();
    void nonAsciiColumns();
    void defaults_data();
    void defaults();
    void diagnostics_data();
    void diagnostics();
    void plainScalars_data();
    void plainScalars();
    void multiLineValuePositions_data();
    void multiLineValuePositions();
    void hugeValueMessagesStayShort_data();
    void hugeValueMessagesStayShort();
    void warnings_data();
    void warnings();
    void partialResultsSurviveErrors();
    void bigBinaryFile();
    void bigGarbageTextFile();
    void bigValidFileIsLinear();
    void bigValidFile();
    void largeFileReadInPartsKeepsPositions();
    void largeFileWithYamlErrorReadsLikeOnePass();
    void deepNesting_data();
    void deepNesting();
    void aliasesAndMergeKeys();
    void aliasBombIsBounded();
    void json();
    void missingPath();
    void standardInput();
    void readingIsBounded_data();
    void readingIsBounded();
    void deviceThatNeverEnds();
    void emptyDocumentsAreSkipped();
};

void TstLoader::kinds_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<WorkspaceData>("expected");

    {
        CalicoPolicy p;
        p.kind = ResourceKind::GlobalNetworkPolicy;
        p.meta = meta(u"allow-dns"_s, QString(), {{u"team"_s, u"net"_s}});
        p.meta.annotations = {{u"note"_s, u"x"_s}};
        p.tier = u"security"_s;
        p.order = 100;
        p.selector = u"app == 'web'"_s;
        p.namespaceSelector = u"env == 'prod'"_s;
        p.serviceAccountSelector = u"role == 'x'"_s;
        Rule r;
        r.action = u"Allow"_s;
        r.ipVersion = 4;
        r.protocol = Protocol::fromString(u"UDP"_s);
        r.notProtocol = Protocol::fromNumber(6);
        r.icmp = IcmpFields {8, 0};
        r.notICMP = IcmpFields {3, std::nullopt};
        r.source.nets = {u"10.0.0.0/8"_s};
        r.source.notNets = {u"10.1.0.0/16"_s};
        r.source.selector = u"has(a)"_s;
        r.source.notSelector = u"b == 'c'"_s;
        r.source.namespaceSelector = u"global()"_s;
        r.source.serviceAccounts = ServiceAccountMatch {{u"sa1"_s, u"sa2"_s}, u"x == 'y'"_s};
        r.destination.ports = {Port::single(53), Port::range(1000, 2000), Port::named(u"dns"_s)};
        r.destination.notPorts = {Port::single(54)};
        r.destination.services = ServiceMatch {u"kube-dns"_s, u"kube-system"_s};
        r.http = HttpMatch {
            {u"GET"_s}, {HttpPath {u"/a"_s, QString()}, HttpPath {QString(), u"/b"_s}}};
        r.annotations = {{u"rule"_s, u"one"_s}};
        p.ingress = {r};
        Rule e;
        e.action = u"Deny"_s;
        p.egress = {e};
        p.types = {u"Ingress"_s, u"Egress"_s};
        p.doNotTrack = true;
        p.applyOnForward = true;
        p.performanceHints = {u"AssumeNeededOnEveryNode"_s};
        WorkspaceData d;
        d.policies = {p};
        QTest::newRow("GlobalNetworkPolicy") << R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-dns
  labels: {team: net}
  annotations: {note: x}
  resourceVersion: ""
spec:
  tier: security
  order: 100
  selector: app == 'web'
  namespaceSelector: env == 'prod'
  serviceAccountSelector: role == 'x'
  ingress:
    - action: Allow
      ipVersion: 4
      protocol: UDP
      notProtocol: 6
      icmp: {type: 8, code: 0}
      notICMP: {type: 3}
      source:
        nets: [10.0.0.0/8]
        notNets: [10.1.0.0/16]
        selector: has(a)
        notSelector: b == 'c'
        namespaceSelector: global()
        serviceAccounts: {names: [sa1, sa2], selector: x == 'y'}
      destination:
        ports: [53, "1000:2000", dns]
        notPorts: ["54"]
        services: {name: kube-dns, namespace: kube-system}
      http:
        methods: [GET]
        paths: [{exact: /a}, {prefix: /b}]
      metadata:
        annotations: {rule: one}
  egress:
    - action: Deny
  types: [Ingress, Egress]
  doNotTrack: true
  applyOnForward: true
  performanceHints: [AssumeNeededOnEveryNode]
)"_ba << d;
    }
    {
        CalicoPolicy p;
        p.kind = ResourceKind::NetworkPolicy;
        p.meta = meta(u"db"_s, u"prod"_s);
        p.tier = u"default"_s;
        p.order = 0.5;
        p.selector = u"app == 'db'"_s;
        Rule r = allowRule();
        r.protocol = Protocol::fromString(u"TCP"_s);
        r.source.selector = u"app == 'web'"_s;
        r.destination.ports = {Port::single(5432)};
        p.ingress = {r};
        p.types = {u"Ingress"_s};
        WorkspaceData d;
        d.policies = {p};
        QTest::newRow("NetworkPolicy") << R"(apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: db, namespace: prod}
spec:
  order: 0.5
  selector: app == 'db'
  ingress:
  - action: Allow
    protocol: TCP
    source: {selector: app == 'web'}
    destination: {ports: [5432]}
)"_ba << d;
    }
    {
        CalicoPolicy p;
        p.kind = ResourceKind::StagedGlobalNetworkPolicy;
        p.meta = meta(u"s"_s);
        p.tier = u"default"_s;
        p.stagedAction = u"Delete"_s;
        p.types = {u"Ingress"_s};
        WorkspaceData d;
        d.policies = {p};
        QTest::newRow("StagedGlobalNetworkPolicy") << R"(apiVersion: projectcalico.org/v3
kind: StagedGlobalNetworkPolicy
metadata: {name: s}
spec: {stagedAction: Delete}
)"_ba << d;
    }
    {
        CalicoPolicy p;
        p.kind = ResourceKind::StagedNetworkPolicy;
        p.meta = meta(u"s"_s, u"ns"_s);
        p.tier = u"default"_s;
        p.stagedAction = u"Set"_s;
        p.egress = {allowRule()};
        p.types = {u"Egress"_s};
        WorkspaceData d;
        d.policies = {p};
        QTest::newRow("StagedNetworkPolicy") << R"(apiVersion: projectcalico.org/v3
kind: StagedNetworkPolicy
metadata: {name: s, namespace: ns}
spec:
  egress: [{action: Allow}]
)"_ba << d;
    }
    {
        KubernetesNetworkPolicy p;
        p.staged = true;
        p.stagedAction = u"Learn"_s;
        p.meta = meta(u"k"_s, u"ns"_s);
        p.podSelector.matchLabels = {{u"app"_s, u"x"_s}};
        p.policyTypes = {u"Ingress"_s};
        K8sRule r;
        K8sPeer peer;
        peer.namespaceSelector = LabelSelector {};
        r.peers = {peer};
        p.ingress = {r};
        WorkspaceData d;
        d.kubernetesPolicies = {p};
        QTest::newRow("StagedKubernetesNetworkPolicy") << R"(apiVersion: projectcalico.org/v3
kind: StagedKubernetesNetworkPolicy
metadata: {name: k, namespace: ns}
spec:
  stagedAction: Learn
  podSelector: {matchLabels: {app: x}}
  policyTypes: [Ingress]
  ingress:
  - from: [{namespaceSelector: {}}]
)"_ba << d;
    }
    {
        Tier t;
        t.meta = meta(u"security"_s);
        t.order = 100;
        t.defaultAction = u"Pass"_s;
        WorkspaceData d;
        d.tiers = {t};
        QTest::newRow("Tier") << R"(apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: security}
spec: {order: 100, defaultAction: Pass}
)"_ba << d;
    }
    {
        Profile p;
        p.meta = meta(u"kns.prod"_s);
        p.ingress = {allowRule()};
        p.egress = {allowRule()};
        p.labelsToApply = {{u"pcns.env"_s, u"prod"_s}};
        WorkspaceData d;
        d.profiles = {p};
        QTest::newRow("Profile") << R"(apiVersion: projectcalico.org/v3
kind: Profile
metadata: {name: kns.prod}
spec:
  ingress: [{action: Allow}]
  egress: [{action: Allow}]
  labelsToApply: {pcns.env: prod}
)"_ba << d;
    }
    {
        NetworkSet g;
        g.global = true;
        g.meta = meta(u"external"_s, QString(), {{u"role"_s, u"ext"_s}});
        g.nets = {u"1.2.3.0/24"_s, u"2001:db8::/32"_s};
        NetworkSet n;
        n.meta = meta(u"local"_s, u"ns"_s);
        n.nets = {u"10.0.0.1"_s};
        WorkspaceData d;
        d.networkSets = {g, n};
        QTest::newRow("GlobalNetworkSet + NetworkSet") << R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: external, labels: {role: ext}}
spec:
  nets: [1.2.3.0/24, "2001:db8::/32"]
---
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: local, namespace: ns}
spec: {nets: [10.0.0.1]}
)"_ba << d;
    }
    {
        HostEndpoint h;
        h.meta = meta(u"node1-eth0"_s, QString(), {{u"host"_s, u"true"_s}});
        h.node = u"node1"_s;
        h.interfaceName = u"eth0"_s;
        h.expectedIPs = {u"192.168.0.1"_s};
        h.profiles = {u"p1"_s};
        h.ports = {EndpointPort {u"ssh"_s, Protocol::fromString(u"TCP"_s), 22},
            EndpointPort {u"x"_s, Protocol::fromNumber(17), 53}};
        WorkspaceData d;
        d.hostEndpoints = {h};
        QTest::newRow("HostEndpoint") << R"(apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node1-eth0, labels: {host: "true"}}
spec:
  node: node1
  interfaceName: eth0
  expectedIPs: [192.168.0.1]
  profiles: [p1]
  ports:
  - {name: ssh, protocol: TCP, port: 22}
  - {name: x, protocol: "17", port: 53}
)"_ba << d;
    }
    {
        KubernetesNetworkPolicy p;
        p.meta = meta(u"web"_s, u"prod"_s);
        p.podSelector.matchExpressions
            = {LabelSelectorRequirement {u"app"_s, u"In"_s, {u"a"_s, u"b"_s}}};
        p.policyTypes = {u"Ingress"_s, u"Egress"_s};
        K8sRule in;
        K8sPeer p1;
        p1.podSelector = LabelSelector {{{u"role"_s, u"fe"_s}}, {}};
        K8sPeer p2;
        p2.ipBlock = IpBlock {u"10.0.0.0/8"_s, {u"10.1.0.0/16"_s}};
        in.peers = {p1, p2};
        K8sPort port1;
        port1.number = 80;
        port1.endPort = 90;
        K8sPort port2;
        port2.protocol = u"UDP"_s;
        port2.name = u"dns"_s;
        in.ports = {port1, port2};
        p.ingress = {in};
        p.egress = {K8sRule {}};
        WorkspaceData d;
        d.kubernetesPolicies = {p};
        QTest::newRow("networking.k8s.io NetworkPolicy") << R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: prod, uid: "", generation: 3}
spec:
  podSelector:
    matchExpressions: [{key: app, operator: In, values: [a, b]}]
  policyTypes: [Ingress, Egress]
  ingress:
  - from:
    - podSelector: {matchLabels: {role: fe}}
    - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
    ports:
    - {port: 80, endPort: 90}
    - {protocol: UDP, port: dns}
  egress:
  - {}
status: {anything: goes}
)"_ba << d;
    }
    {
        Namespace ns;
        ns.meta = meta(u"prod"_s, QString(), {{u"env"_s, u"prod"_s}});
        ns.meta.uid = u"1234"_s;
        ns.meta.resourceVersion = u"99"_s;
        ns.meta.creationTimestamp = u"2024-01-01T00:00:00Z"_s;
        ServiceAccount sa;
        sa.meta = meta(u"builder"_s, u"prod"_s);
        WorkspaceData d;
        d.namespaces = {ns};
        d.serviceAccounts = {sa};
        QTest::newRow("Namespace + ServiceAccount") << R"(apiVersion: v1
kind: Namespace
metadata:
  name: prod
  labels: {env: prod}
  uid: "1234"
  resourceVersion: "99"
  creationTimestamp: "2024-01-01T00:00:00Z"
  managedFields: [{manager: kubectl}]
  finalizers: [kubernetes]
spec: {finalizers: [kubernetes]}
status: {phase: Active}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: builder, namespace: prod}
secrets: [{name: x}]
)"_ba << d;
    }
    {
        Pod pod;
        pod.meta = meta(u"web-0"_s, u"prod"_s, {{u"app"_s, u"web"_s}});
        pod.serviceAccountName = u"web"_s;
        pod.nodeName = u"node1"_s;
        pod.ports = {ContainerPort {u"http"_s, 8080, u"TCP"_s},
            ContainerPort {u"dns"_s, 53, u"UDP"_s}, ContainerPort {QString(), 9000, u"TCP"_s}};
        pod.podIPs = {u"10.0.0.5"_s, u"fd00::5"_s};
        WorkspaceData d;
        d.pods = {pod};
        QTest::newRow("Pod") << R"(apiVersion: v1
kind: Pod
metadata:
  name: web-0
  namespace: prod
  labels: {app: web}
  ownerReferences: [{kind: ReplicaSet, name: web}]
spec:
  serviceAccountName: web
  nodeName: node1
  dnsPolicy: ClusterFirst
  containers:
  - name: a
    image: nginx
    ports:
    - {name: http, containerPort: 8080}
    - {name: dns, containerPort: 53, protocol: UDP}
  - name: b
    ports: [{containerPort: 9000}]
    volumeMounts: [{name: x, mountPath: /x}]
status:
  phase: Running
  podIP: 10.0.0.5
  podIPs: [{ip: 10.0.0.5}, {ip: "fd00::5"}]
)"_ba << d;
    }
    {
        Pod pod;
        pod.meta = meta(u"host"_s, u"kube-system"_s);
        pod.serviceAccountName = u"default"_s;
        pod.hostNetwork = true;
        pod.podIPs = {u"192.168.1.1"_s};
        WorkspaceData d;
        d.pods = {pod};
        QTest::newRow("Pod hostNetwork, podIP only") << R"(apiVersion: v1
kind: Pod
metadata: {name: host, namespace: kube-system}
spec: {hostNetwork: true, containers: [{name: c}]}
status: {podIP: 192.168.1.1}
)"_ba << d;
    }
    {
        Service s;
        s.meta = meta(u"web"_s, u"prod"_s);
        s.selector = Labels {{u"app"_s, u"web"_s}};
        s.type = u"ClusterIP"_s;
        s.clusterIP = u"10.96.0.10"_s;
        ServicePort p1;
        p1.name = u"http"_s;
        p1.protocol = u"TCP"_s;
        p1.port = 80;
        p1.targetPortName = u"http"_s;
        ServicePort p2;
        p2.protocol = u"UDP"_s;
        p2.port = 53;
        p2.targetPortNumber = 5353;
        s.ports = {p1, p2};
        Service manual;
        manual.meta = meta(u"manual"_s, u"prod"_s);
        WorkspaceData d;
        d.services = {s, manual};
        QTest::newRow("Service") << R"(apiVersion: v1
kind: Service
metadata: {name: web, namespace: prod}
spec:
  selector: {app: web}
  type: ClusterIP
  clusterIP: 10.96.0.10
  clusterIPs: [10.96.0.10]
  ports:
  - {name: http, port: 80, targetPort: http}
  - {protocol: UDP, port: 53, targetPort: 5353}
---
apiVersion: v1
kind: Service
metadata: {name: manual, namespace: prod}
spec: {}
)"_ba << d;
    }
    {
        EndpointSlice s;
        s.meta = meta(u"web-abc"_s, u"prod"_s, {{u"kubernetes.io/service-name"_s, u"web"_s}});
        s.addressType = u"IPv4"_s;
        s.endpoints = {EndpointSliceEndpoint {{u"10.0.0.5"_s}, u"node1"_s, u"web-0"_s},
            EndpointSliceEndpoint {{u"10.0.0.6"_s}, QString(), QString()}};
        s.ports = {EndpointSlicePort {u"http"_s, u"TCP"_s, 8080},
            EndpointSlicePort {QString(), u"UDP"_s, std::nullopt}};
        WorkspaceData d;
        d.endpointSlices = {s};
        QTest::newRow("EndpointSlice") << R"(apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-abc
  namespace: prod
  labels: {kubernetes.io/service-name: web}
addressType: IPv4
endpoints:
- addresses: [10.0.0.5]
  nodeName: node1
  conditions: {ready: true}
  targetRef: {kind: Pod, name: web-0, namespace: prod}
- addresses: [10.0.0.6]
  targetRef: {kind: Node, name: n}
ports:
- {name: http, port: 8080}
- {protocol: UDP}
)"_ba << d;
    }
    {
        Node n;
        n.meta = meta(u"node1"_s, QString(), {{u"kubernetes.io/hostname"_s, u"node1"_s}});
        n.addresses = {NodeAddress {u"InternalIP"_s, u"192.168.0.1"_s},
            NodeAddress {u"Hostname"_s, u"node1"_s}};
        n.podCIDRs = {u"10.0.1.0/24"_s};
        WorkspaceData d;
        d.nodes = {n};
        QTest::newRow("Node") << R"(apiVersion: v1
kind: Node
metadata: {name: node1, labels: {kubernetes.io/hostname: node1}}
spec: {podCIDR: 10.0.1.0/24}
status:
  addresses:
  - {type: InternalIP, address: 192.168.0.1}
  - {type: Hostname, address: node1}
  capacity: {cpu: "4"}
)"_ba << d;
    }
    // Workload templates.
    const struct {
        const char *name;
        ResourceKind kind;
        const char *apiVersion;
        bool replicas;
    } workloads[] = {
        {"Deployment", ResourceKind::Deployment, "apps/v1", true},
        {"ReplicaSet", ResourceKind::ReplicaSet, "apps/v1", true},
        {"StatefulSet", ResourceKind::StatefulSet, "apps/v1", true},
        {"DaemonSet", ResourceKind::DaemonSet, "apps/v1", false},
        {"Job", ResourceKind::Job, "batch/v1", false},
        {"ReplicationController", ResourceKind::ReplicationController, "v1", true},
    };
    for (const auto &w : workloads) {
        WorkloadTemplate t;
        t.kind = w.kind;
        t.meta = meta(u"web"_s, u"prod"_s);
        if (w.replicas)
            t.replicas = 3;
        t.templateLabels = {{u"app"_s, u"web"_s}};
        t.serviceAccountName = u"web-sa"_s;
        t.ports = {ContainerPort {u"http"_s, 80, u"TCP"_s}};
        WorkspaceData d;
        d.workloads = {t};
        const QByteArray yaml = "apiVersion: "_ba + w.apiVersion + "\nkind: "_ba + w.name + R"(
metadata: {name: web, namespace: prod}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      serviceAccountName: web-sa
      containers:
      - name: web
        image: nginx
        ports: [{name: http, containerPort: 80}]
)"_ba;
        QTest::newRow(w.name) << yaml << d;
    }
    {
        WorkloadTemplate t;
        t.kind = ResourceKind::CronJob;
        t.meta = meta(u"backup"_s, u"ops"_s);
        t.templateLabels = {{u"job"_s, u"backup"_s}};
        t.hostNetwork = true;
        WorkspaceData d;
        d.workloads = {t};
        QTest::newRow("CronJob") << R"(apiVersion: batch/v1
kind: CronJob
metadata: {name: backup, namespace: ops}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {job: backup}}
        spec:
          hostNetwork: true
          restartPolicy: OnFailure
          containers: [{name: b, image: busybox}]
)"_ba << d;
    }
    {
        IpPool pool;
        pool.meta = meta(u"pool-a"_s, QString(), {});
        pool.cidr = u"10.244.0.0/16"_s;
        pool.vxlanMode = u"Always"_s;
        pool.ipipMode = u"Never"_s;
        pool.natOutgoing = true;
        pool.disabled = true;
        pool.disableBGPExport = true;
        pool.blockSize = 24;
        pool.nodeSelector = u"zone == 'a'"_s;
        pool.namespaceSelector = u"team == 'x'"_s;
        pool.allowedUses = {u"Workload"_s};
        pool.assignmentMode = u"Manual"_s;
        WorkspaceData d;
        d.ipPools = {pool};
        QTest::newRow("IPPool") << R"(apiVersion: projectcalico.org/v3
kind: IPPool
metadata: {name: pool-a}
spec:
  cidr: 10.244.0.0/16
  vxlanMode: Always
  ipipMode: Never
  natOutgoing: true
  disabled: true
  disableBGPExport: true
  blockSize: 24
  nodeSelector: zone == 'a'
  namespaceSelector: team == 'x'
  allowedUses: [Workload]
  assignmentMode: Manual
status: {conditions: []}
)"_ba << d;
    }
}

void TstLoader::kinds()
{
    QFETCH(QByteArray, yaml);
    QFETCH(WorkspaceData, expected);
    const LoadResult r = load(yaml);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.resourceCount(), Workspace(expected).resourceCount());
    QVERIFY(r.workspace.data() == expected);
    // Every resource knows where it came from.
    const WorkspaceData &d = r.workspace.data();
    for (const auto &p : d.policies)
        QCOMPARE(p.source.file, u"test.yaml"_s);
    for (const auto &p : d.pods)
        QVERIFY(p.source.fields && p.source.fields->contains(u"metadata.name"_s));
}

void TstLoader::lists_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("policies");
    QTest::addColumn<int>("kubernetesPolicies");
    QTest::addColumn<int>("pods");
    QTest::addColumn<int>("namespaces");
    QTest::addColumn<int>("tiers");

    QTest::newRow("v1 List") << R"(apiVersion: v1
kind: List
metadata: {resourceVersion: ""}
items:
- apiVersion: v1
  kind: Namespace
  metadata: {name: a}
- apiVersion: v1
  kind: Pod
  metadata: {name: p, namespace: a}
- apiVersion: projectcalico.org/v3
  kind: GlobalNetworkPolicy
  metadata: {name: g}
)"_ba << 1 << 0 << 1 << 1 << 0;
    QTest::newRow("PodList (kubectl, items without kind)") << R"(apiVersion: v1
kind: PodList
metadata: {resourceVersion: "123"}
items:
- metadata: {name: a, namespace: x}
- metadata: {name: b, namespace: x}
- apiVersion: v1
  kind: Pod
  metadata: {name: c, namespace: x}
)"_ba << 0 << 0 << 3 << 0 << 0;
    QTest::newRow("NamespaceList") << R"(apiVersion: v1
kind: NamespaceList
items: [{metadata: {name: a}}, {metadata: {name: b}}]
)"_ba << 0 << 0 << 0 << 2 << 0;
    QTest::newRow("k8s NetworkPolicyList") << R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicyList
items:
- metadata: {name: a, namespace: x}
  spec: {podSelector: {}}
)"_ba << 0 << 1 << 0 << 0 << 0;
    QTest::newRow("calicoctl GlobalNetworkPolicyList") << R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicyList
metadata:
  resourceVersion: 1234
items:
- apiVersion: projectcalico.org/v3
  kind: GlobalNetworkPolicy
  metadata: {name: a, resourceVersion: "1", uid: 0b0e, creationTimestamp: "2024-01-01T00:00:00Z"}
  spec: {tier: default, selector: all(), types: [Ingress]}
- metadata: {name: b}
  spec: {order: 5}
)"_ba << 2 << 0 << 0 << 0 << 0;
    QTest::newRow("calicoctl NetworkPolicyList") << R"(apiVersion: projectcalico.org/v3
kind: NetworkPolicyList
items:
- metadata: {name: a, namespace: x}
  spec: {selector: all()}
)"_ba << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("calicoctl TierList") << R"(apiVersion: projectcalico.org/v3
kind: TierList
items:
- apiVersion: projectcalico.org/v3
  kind: Tier
  metadata: {name: default}
  spec: {order: 1000000}
- metadata: {name: security}
)"_ba << 0 << 0 << 0 << 0 << 2;
    QTest::newRow("empty List") << "apiVersion: v1\nkind: List\nitems: []\n"_ba << 0 << 0 << 0 << 0
                                << 0;
}

void TstLoader::lists()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, policies);
    QFETCH(int, kubernetesPolicies);
    QFETCH(int, pods);
    QFETCH(int, namespaces);
    QFETCH(int, tiers);
    const LoadResult r = load(yaml);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const WorkspaceData &d = r.workspace.data();
    QCOMPARE(d.policies.size(), policies);
    QCOMPARE(d.kubernetesPolicies.size(), kubernetesPolicies);
    QCOMPARE(d.pods.size(), pods);
    QCOMPARE(d.namespaces.size(), namespaces);
    QCOMPARE(d.tiers.size(), tiers);
    QCOMPARE(
        r.workspace.resourceCount(), policies + kubernetesPolicies + pods + namespaces + tiers);
}

void TstLoader::directory()
{
    const QString dir = fixture(u"tree"_s);
    const LoadResult r = Loader().loadPaths({dir});
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    // Recursive, sorted by path, only *.yaml / *.yml / *.json.
    const QStringList expected
        = {dir + u"/a.yaml"_s, dir + u"/b/c.yml"_s, dir + u"/b/d/e.json"_s, dir + u"/z.yaml"_s};
    QCOMPARE(r.files, expected);
    const WorkspaceData &d = r.workspace.data();
    QCOMPARE(d.namespaces.size(), 1);
    QCOMPARE(d.policies.size(), 2);
    QCOMPARE(d.policies[0].meta.name, u"from-c"_s);
    QCOMPARE(d.policies[1].meta.name, u"from-e"_s);
    QCOMPARE(d.pods.size(), 1);
    QCOMPARE(d.policies[1].source.file, dir + u"/b/d/e.json"_s);

    // A directory and a file together; resources appended in order.
    const LoadResult two = Loader().loadPaths({dir + u"/z.yaml"_s, dir + u"/a.yaml"_s});
    QCOMPARE(two.workspace->pods.size(), 1);
    QCOMPARE(two.workspace->namespaces.size(), 1);
    QCOMPARE(two.files.size(), 2);

    // An empty directory is worth a warning.
    QTemporaryDir empty;
    const LoadResult none = Loader().loadPaths({empty.path()});
    QCOMPARE(none.diagnostics.size(), 1);
    QCOMPARE(none.diagnostics[0].severity, Severity::Warning);
}

void TstLoader::realWorldOutput()
{
    // kubectl get pods -o yaml: hundreds of fields the model does not keep, none reported.
    const LoadResult pods = Loader().loadPaths({fixture(u"real/kubectl-get-pods.yaml"_s)});
    QVERIFY2(pods.diagnostics.isEmpty(), qPrintable(dump(pods.diagnostics)));
    QCOMPARE(pods.workspace->pods.size(), 1);
    const Pod &pod = pods.workspace->pods[0];
    QCOMPARE(pod.meta.name, u"web-7d4b9c8f6-x2x9k"_s);
    QCOMPARE(pod.meta.generateName, u"web-7d4b9c8f6-"_s);
    QCOMPARE(pod.meta.uid, u"1a2b3c4d-aaaa-bbbb-cccc-ddddeeeeffff"_s);
    QCOMPARE(pod.serviceAccountName, u"web"_s);
    QCOMPARE(pod.nodeName, u"worker-1"_s);
    QCOMPARE(pod.podIPs, (QStringList {u"10.244.1.7"_s, u"fd00:10:244:1::7"_s}));
    QCOMPARE(pod.ports, QList<ContainerPort> {(ContainerPort {u"http"_s, 80, u"TCP"_s})});

    // calicoctl get globalnetworkpolicies -o yaml.
    const LoadResult gnps = Loader().loadPaths({fixture(u"real/calicoctl-get-gnp.yaml"_s)});
    QVERIFY2(gnps.diagnostics.isEmpty(), qPrintable(dump(gnps.diagnostics)));
    QCOMPARE(gnps.workspace->policies.size(), 1);
    const CalicoPolicy &p = gnps.workspace->policies[0];
    QCOMPARE(p.kind, ResourceKind::GlobalNetworkPolicy);
    QCOMPARE(p.meta.resourceVersion, u"8841"_s);
    QCOMPARE(p.order, 200.0);
    QCOMPARE(p.types, QStringList {u"Egress"_s});
    QCOMPARE(p.egress.size(), 2);
    QCOMPARE(p.egress[0].destination.ports, QList<Port> {Port::single(53)});
    QVERIFY(p.egress[1].source.isEmpty());
}

void TstLoader::positions()
{
    const QString file = fixture(u"positions.yaml"_s);
    const LoadResult r = Loader().loadPaths({file});
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const WorkspaceData &d = r.workspace.data();
    QCOMPARE(d.policies.size(), 3);
    QCOMPARE(d.pods.size(), 2);

    // First document.
    const Source &s0 = d.policies[0].source;
    QCOMPARE(s0.file, file);
    QCOMPARE(s0.document, 0);
    QCOMPARE(s0.pos.line, 2);
    QCOMPARE(s0.pos.column, 1);
    // Exact entries only: {-1, -1} when the path was not recorded.
    const auto at = [](const Source &s, const QString &path) {
        if (!s.fields->contains(path))
            return std::pair {-1, -1};
        const SourcePos p = s.fields->find(path);
        return std::pair {p.line, p.column};
    };
    QCOMPARE(at(s0, u"apiVersion"_s), std::pair(2, 13));
    QCOMPARE(at(s0, u"metadata.name"_s), std::pair(5, 9));
    QCOMPARE(at(s0, u"metadata.labels.app.kubernetes.io/name"_s), std::pair(6, 36));
    QCOMPARE(at(s0, u"spec.selector"_s), std::pair(8, 13));
    QCOMPARE(at(s0, u"spec.ingress"_s), std::pair(10, 3));
    QCOMPARE(at(s0, u"spec.ingress[0]"_s), std::pair(10, 5));
    QCOMPARE(at(s0, u"spec.ingress[0].action"_s), std::pair(10, 13));
    QCOMPARE(at(s0, u"spec.ingress[0].destination.ports[1]"_s), std::pair(12, 31));
    // Nearest ancestor for paths that were not written.
    QCOMPARE(s0.find(u"spec.ingress[0].destination.ports[1].foo"_s).line, 12);

    // Second document.
    const Source &s1 = d.policies[1].source;
    QCOMPARE(s1.document, 1);
    QCOMPARE(s1.pos.line, 14);
    QCOMPARE(s1.pos.column, 1);
    QCOMPARE(at(s1, u"spec.order"_s), std::pair(18, 10));
    QCOMPARE(at(s1, u"spec.egress[0].destination.nets[0]"_s), std::pair(22, 14));

    // Third document is a JSON-style flow mapping.
    const Source &s2 = d.policies[2].source;
    QCOMPARE(s2.document, 2);
    QCOMPARE(at(s2, u"metadata.name"_s), std::pair(25, 23));

    // Items of a List (4th document): paths relative to the item.
    const Source &p0 = d.pods[0].source;
    const Source &p1 = d.pods[1].source;
    QCOMPARE(p0.document, 3);
    QCOMPARE(p1.document, 3);
    QCOMPARE(p1.pos.line, 33);
    QCOMPARE(p1.pos.column, 3);
    QCOMPARE(at(p0, u"metadata.name"_s), std::pair(31, 11));
    QCOMPARE(at(p1, u"metadata.name"_s), std::pair(34, 11));
    QCOMPARE(at(p1, u"spec.nodeName"_s), std::pair(36, 15));
    QVERIFY(!p1.fields->contains(u"items[1].metadata.name"_s));
}

void TstLoader::nonAsciiColumns()
{
    const LoadResult r
        = load("apiVersion: v1\nkind: Namespace\nmetadata: {labels: {\"é\": \"ü\"}, name: x}\n"_ba);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    const Source &s = r.workspace->namespaces[0].source;
    // Columns count characters, not bytes.
    QCOMPARE(s.fields->find(u"metadata.name"_s).column, 38);
    QCOMPARE(s.fields->find(u"metadata.labels.é"_s).column, 26);

    const LoadResult e
        = load("apiVersion: v1\nkind: Namespace\nmetadata: {labels: {é: ü}, name: [x]}\n"_ba);
    QCOMPARE(e.diagnostics.size(), 1);
    QCOMPARE(e.diagnostics[0].column, 34);
}

void TstLoader::defaults_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("stagedAction");

    const QByteArray head
        = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: x}\n"_ba;
    QTest::newRow("no rules") << head + "spec: {}\n"
                              << u"default"_s << QStringList {u"Ingress"_s} << QString();
    QTest::newRow("no spec") << head << u"default"_s << QStringList {u"Ingress"_s} << QString();
    QTest::newRow("empty tier") << head + "spec: {tier: \"\"}\n"
                                << u"default"_s << QStringList {u"Ingress"_s} << QString();
    QTest::newRow("ingress only") << head + "spec: {ingress: [{action: Allow}]}\n"
                                  << u"default"_s << QStringList {u"Ingress"_s} << QString();
    QTest::newRow("egress only") << head + "spec: {egress: [{action: Allow}]}\n"
                                 << u"default"_s << QStringList {u"Egress"_s} << QString();
    QTest::newRow("both") << head
            + "spec: {tier: t, ingress: [{action: Deny}], egress: [{action: Allow}]}\n"
                          << u"t"_s << QStringList {u"Ingress"_s, u"Egress"_s} << QString();
    QTest::newRow("explicit types kept")
        << head + "spec: {egress: [{action: Allow}], types: [Ingress]}\n"
        << u"default"_s << QStringList {u"Ingress"_s} << QString();
    QTest::newRow("staged")
        << "apiVersion: projectcalico.org/v3\nkind: StagedNetworkPolicy\nmetadata: {name: x, namespace: y}\nspec: {egress: [{action: Allow}]}\n"_ba
        << u"default"_s << QStringList {u"Egress"_s} << u"Set"_s;
    QTest::newRow("staged gnp")
        << "apiVersion: projectcalico.org/v3\nkind: StagedGlobalNetworkPolicy\nmetadata: {name: x}\n"_ba
        << u"default"_s << QStringList {u"Ingress"_s} << u"Set"_s;
}

void TstLoader::defaults()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, tier);
    QFETCH(QStringList, types);
    QFETCH(QString, stagedAction);
    const LoadResult r = load(yaml);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace->policies.size(), 1);
    const CalicoPolicy &p = r.workspace->policies[0];
    QCOMPARE(p.tier, tier);
    QCOMPARE(p.types, types);
    QCOMPARE(p.stagedAction, stagedAction);
}

void TstLoader::diagnostics_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message"); // exact, or a prefix ending in "*"
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");

    const QByteArray gnp
        = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: x}\n"_ba;
    QTest::newRow("unknown field with suggestion")
        << gnp + "spec:\n  selectr: all()\n"
        << u"unknown field \"selectr\" in GlobalNetworkPolicy spec; did you mean \"selector\"?"_s
        << 5 << 3 << u"spec.selectr"_s;
    QTest::newRow("unknown field without suggestion")
        << gnp + "spec:\n  frobnicate: 1\n"
        << u"unknown field \"frobnicate\" in GlobalNetworkPolicy spec"_s << 5 << 3
        << u"spec.frobnicate"_s;
    QTest::newRow("unknown field in rule")
        << gnp + "spec:\n  ingress:\n  - action: Allow\n    sorce: {}\n"
        << u"unknown field \"sorce\" in GlobalNetworkPolicy rule; did you mean \"source\"?"_s << 7
        << 5 << u"spec.ingress[0].sorce"_s;
    QTest::newRow("unknown field in entity rule")
        << gnp + "spec:\n  egress:\n  - action: Allow\n    destination: {port: [80]}\n"
        << u"unknown field \"port\" in GlobalNetworkPolicy rule destination; did you mean \"ports\"?"_s
        << 7 << 19 << u"spec.egress[0].destination.port"_s;
    QTest::newRow("unknown top-level field")
        << gnp + "specs: {}\n"
        << u"unknown field \"specs\" in GlobalNetworkPolicy; did you mean \"spec\"?"_s << 4 << 1
        << u"specs"_s;
    QTest::newRow("unknown metadata field")
        << "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata: {name: x, lables: {}}\n"_ba
        << u"unknown field \"lables\" in Tier metadata; did you mean \"labels\"?"_s << 3 << 21
        << u"metadata.lables"_s;
    QTest::newRow("NetworkPolicy has no namespaceSelector")
        << "apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: x, namespace: y}\nspec: {namespaceSelector: all()}\n"_ba
        << u"unknown field \"namespaceSelector\" in NetworkPolicy spec"_s << 4 << 8
        << u"spec.namespaceSelector"_s;
    QTest::newRow("stagedAction only on staged kinds")
        << gnp + "spec: {stagedAction: Set}\n"
        << u"unknown field \"stagedAction\" in GlobalNetworkPolicy spec"_s << 4 << 8
        << u"spec.stagedAction"_s;
    QTest::newRow("k8s NetworkPolicy spec is strict")
        << "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x}\nspec: {podSelectr: {}}\n"_ba
        << u"unknown field \"podSelectr\" in NetworkPolicy spec; did you mean \"podSelector\"?"_s
        << 4 << 8 << u"spec.podSelectr"_s;
    QTest::newRow("k8s ipBlock is strict")
        << "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x}\nspec:\n  ingress:\n  - from: [{ipBlock: {cidr: 1.2.3.4/32, exept: []}}]\n"_ba
        << u"unknown field \"exept\" in NetworkPolicy ipBlock; did you mean \"except\"?"_s << 6
        << 41 << u"spec.ingress[0].from[0].ipBlock.exept"_s;
    const QByteArray pool
        = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\n"_ba;
    QTest::newRow("IPPool unknown field with suggestion")
        << pool + "spec:\n  cidr: 10.0.0.0/16\n  natOutgoin: true\n"
        << u"unknown field \"natOutgoin\" in IPPool spec; did you mean \"natOutgoing\"?"_s << 6 << 3
        << u"spec.natOutgoin"_s;
    QTest::newRow("IPPool blockSize is an integer")
        << pool + "spec:\n  cidr: 10.0.0.0/16\n  blockSize: big\n"
        << u"\"blockSize\" must be an integer, not \"big\""_s << 6 << 14 << u"spec.blockSize"_s;
    QTest::newRow("IPPool natOutgoing is a boolean")
        << pool + "spec: {cidr: 10.0.0.0/16, natOutgoing: 1}\n"
        << u"\"natOutgoing\" must be true or false, not \"1\""_s << 4 << 40
        << u"spec.natOutgoing"_s;
    QTest::newRow("duplicate field") << gnp + "spec:\n  order: 1\n  order: 2\n"
                                     << u"duplicate field \"order\""_s << 6 << 3 << u"spec"_s;

    QTest::newRow("order: abc") << gnp + "spec:\n  order: abc\n"
                                << u"\"order\" must be a number, not \"abc\""_s << 5 << 10
                                << u"spec.order"_s;
    QTest::newRow("order as a string")
        << gnp + "spec:\n  order: \"100\"\n"
        << u"\"order\" must be a number, not \"100\""_s << 5 << 10 << u"spec.order"_s;
    QTest::newRow("ingress: {}") << gnp + "spec:\n  ingress: {}\n"
                                 << u"\"ingress\" must be a list, not a mapping"_s << 5 << 12
                                 << u"spec.ingress"_s;
    QTest::newRow("ingress: scalar")
        << gnp + "spec:\n  ingress: allow\n"
        << u"\"ingress\" must be a list, not \"allow\""_s << 5 << 12 << u"spec.ingress"_s;
    QTest::newRow("rule is a scalar")
        << gnp + "spec:\n  ingress: [Allow]\n"
        << u"\"ingress[0]\" must be a mapping, not \"Allow\""_s << 5 << 13 << u"spec.ingress[0]"_s;
    QTest::newRow("labels: [a]")
        << "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels: [a]\n"_ba
        << u"\"labels\" must be a mapping of strings, not a list"_s << 5 << 11
        << u"metadata.labels"_s;
    QTest::newRow("label value is a map")
        << "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels:\n    app: {a: b}\n"_ba
        << u"\"app\" must be a string, not a mapping"_s << 6 << 10 << u"metadata.labels.app"_s;
    QTest::newRow("name is a list")
        << QByteArray(gnp).replace("{name: x}", "{name: [x]}")
        << u"\"name\" must be a string, not a list"_s << 3 << 18 << u"metadata.name"_s;
    QTest::newRow("doNotTrack: maybe") << gnp + "spec: {doNotTrack: maybe}\n"
                                       << u"\"doNotTrack\" must be true or false, not \"maybe\""_s
                                       << 4 << 20 << u"spec.doNotTrack"_s;
    QTest::newRow("ipVersion: 4.5") << gnp + "spec: {ingress: [{action: Allow, ipVersion: 4.5}]}\n"
                                    << u"\"ipVersion\" must be an integer, not \"4.5\""_s << 4 << 45
                                    << u"spec.ingress[0].ipVersion"_s;
    QTest::newRow("spec is a list")
        << gnp + "spec: []\n"
        << u"\"spec\" must be a mapping, not a list"_s << 4 << 7 << u"spec"_s;
    QTest::newRow("metadata is a scalar")
        << "apiVersion: v1\nkind: Pod\nmetadata: x\n"_ba
        << u"\"metadata\" must be a mapping, not \"x\""_s << 3 << 11 << u"metadata"_s;
    QTest::newRow("pod containers wrong type")
        << "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: {a: b}}\n"_ba
        << u"\"containers\" must be a list, not a mapping"_s << 4 << 20 << u"spec.containers"_s;
    QTest::newRow("containerPort: http")
        << "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: [{ports: [{containerPort: http}]}]}\n"_ba
        << u"\"containerPort\" must be an integer, not \"http\""_s << 4 << 46
        << u"spec.containers[0].ports[0].containerPort"_s;

    QTest::newRow("bad port") << gnp
            + "spec:\n  ingress:\n  - action: Allow\n    protocol: TCP\n    destination:\n      "
              "ports: [80, \"90:80\"]\n"
                              << u"port range 90:80 has its minimum above its maximum"_s << 9 << 19
                              << u"spec.ingress[0].destination.ports[1]"_s;
    QTest::newRow("port out of range")
        << gnp + "spec:\n  ingress:\n  - action: Allow\n    destination: {ports: [70000]}\n"
        << u"port 70000 is out of range (0-65535)"_s << 7 << 27
        << u"spec.ingress[0].destination.ports[0]"_s;
    QTest::newRow("negative port")
        << gnp + "spec:\n  ingress:\n  - action: Allow\n    destination: {ports: [-1]}\n"
        << u"port -1 is out of range (0-65535)"_s << 7 << 27
        << u"spec.ingress[0].destination.ports[0]"_s;
    QTest::newRow("port name with space")
        << gnp + "spec:\n  ingress:\n  - action: Allow\n    destination: {notPorts: [\"a b\"]}\n"
        << u"invalid port \"a b\": expected a number, a range min:max or a port name"_s << 7 << 30
        << u"spec.ingress[0].destination.notPorts[0]"_s;
    QTest::newRow("port is a map")
        << gnp + "spec:\n  ingress:\n  - action: Allow\n    destination: {ports: [{a: 1}]}\n"
        << u"\"ports[0]\" must be a port number, range or name, not a mapping"_s << 7 << 27
        << u"spec.ingress[0].destination.ports[0]"_s;
    QTest::newRow("port 80.5") << gnp
            + "spec:\n  ingress:\n  - action: Allow\n    destination: {ports: [80.5]}\n"
                               << u"port 80.5 is not a whole number"_s << 7 << 27
                               << u"spec.ingress[0].destination.ports[0]"_s;
    QTest::newRow("protocol 300") << gnp + "spec: {ingress: [{action: Allow, protocol: 300}]}\n"
                                  << u"protocol 300 is out of range (0-255)"_s << 4 << 44
                                  << u"spec.ingress[0].protocol"_s;

    QTest::newRow("unknown kind")
        << "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolcy\nmetadata: {name: x}\n"_ba
        << u"unknown kind \"GlobalNetworkPolcy\"; did you mean \"GlobalNetworkPolicy\"?"_s << 2 << 7
        << u"kind"_s;
    QTest::newRow("unknown kind, no suggestion")
        << "apiVersion: example.com/v1\nkind: Widget\n"_ba << u"unknown kind \"Widget\""_s << 2 << 7
        << u"kind"_s;
    QTest::newRow("kind in wrong group")
        << "apiVersion: v1\nkind: GlobalNetworkPolicy\nmetadata: {name: x}\n"_ba
        << u"kind \"GlobalNetworkPolicy\" does not belong to apiVersion \"v1\" (expected \"projectcalico.org/v3\")"_s
        << 1 << 13 << u"apiVersion"_s;
    // Only the version the API serves: calicoctl and the API server refuse the others.
    QTest::newRow("projectcalico.org/v2")
        << "apiVersion: projectcalico.org/v2\nkind: GlobalNetworkPolicy\nmetadata: {name: x}\n"_ba
        << u"apiVersion \"projectcalico.org/v2\" is not served for kind \"GlobalNetworkPolicy\" (expected \"projectcalico.org/v3\")"_s
        << 1 << 13 << u"apiVersion"_s;
    QTest::newRow("projectcalico.org/v999")
        << "apiVersion: projectcalico.org/v999\nkind: Tier\nmetadata: {name: x}\n"_ba
        << u"apiVersion \"projectcalico.org/v999\" is not served for kind \"Tier\" (expected \"projectcalico.org/v3\")"_s
        << 1 << 13 << u"apiVersion"_s;
    QTest::newRow("networking.k8s.io/v2")
        << "apiVersion: networking.k8s.io/v2\nkind: NetworkPolicy\nmetadata: {name: x}\n"_ba
        << u"apiVersion \"networking.k8s.io/v2\" is not served for kind \"NetworkPolicy\" (expected \"projectcalico.org/v3\" or \"networking.k8s.io/v1\")"_s
        << 1 << 13 << u"apiVersion"_s;
    QTest::newRow("apps/v1beta2")
        << "apiVersion: apps/v1beta2\nkind: Deployment\nmetadata: {name: x}\n"_ba
        << u"apiVersion \"apps/v1beta2\" is not served for kind \"Deployment\" (expected \"apps/v1\")"_s
        << 1 << 13 << u"apiVersion"_s;
    QTest::newRow("missing kind") << "apiVersion: v1\nmetadata: {name: x}\n"_ba
                                  << u"missing \"kind\""_s << 1 << 1 << QString();
    QTest::newRow("missing apiVersion") << "kind: Namespace\nmetadata: {name: x}\n"_ba
                                        << u"missing \"apiVersion\""_s << 1 << 1 << QString();
    QTest::newRow("kind is a map")
        << "apiVersion: v1\nkind: {a: b}\n"_ba << u"\"kind\" must be a string, not a mapping"_s << 2
        << 7 << u"kind"_s;
    QTest::newRow("List item missing kind")
        << "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  metadata: {name: x}\n"_ba
        << u"missing \"kind\""_s << 4 << 3 << QString();
    QTest::newRow("List items not a list")
        << "apiVersion: v1\nkind: List\nitems: {a: b}\n"_ba
        << u"\"items\" must be a list, not a mapping"_s << 3 << 8 << u"items"_s;
    QTest::newRow("List item is a scalar")
        << "apiVersion: v1\nkind: PodList\nitems:\n- {metadata: {name: a}}\n- oops\n"_ba
        << u"\"items[1]\" must be a mapping with apiVersion and kind, not \"oops\""_s << 5 << 3
        << u"items[1]"_s;
    QTest::newRow("nested List")
        << "apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: List, items: []}\n"_ba
        << u"a List cannot contain another List"_s << 4 << 26 << QString();
    QTest::newRow("document is a scalar")
        << "hello\n"_ba << u"a document must be a mapping with apiVersion and kind, not \"hello\""_s
        << 1 << 1 << QString();
    QTest::newRow("document is a list")
        << "---\n- a\n- b\n"_ba
        << u"a document must be a mapping with apiVersion and kind, not a list"_s << 2 << 1
        << QString();

    QTest::newRow("invalid YAML")
        << "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n bad: y\n"_ba
        << u"invalid YAML: *"_s << 5 << 2 << QString();
    QTest::newRow("tab indentation")
        << "apiVersion: v1\nkind: Namespace\nmetadata:\n\t- name: x\n"_ba
        << u"invalid YAML: found character that cannot start any token*"_s << 4 << 1 << QString();
    QTest::newRow("truncated flow sequence")
        << "apiVersion: v1\nkind: Namespace\nmetadata: {name: x, labels: {a: [b, c"_ba
        << u"invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 3); the file ends too early"_s
        << 3 << 38 << QString();
    QTest::newRow("truncated quoted string")
        << "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: \"abc\n"_ba
        << u"invalid YAML: found unexpected end of stream (while scanning a quoted scalar that starts on line 4); the file ends too early"_s
        << 5 << 1 << QString();
    QTest::newRow("truncated single-quoted string")
        << "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: 'abc"_ba << u"invalid YAML: *"_s
        << 4 << 13 << QString();
    QTest::newRow("stray comma after a flow document")
        << "{apiVersion: v1, kind: Namespace, metadata: {name: x}}, x\n"_ba
        << u"invalid YAML: did not find expected <document start>"_s << 1 << 55 << QString();
    QTest::newRow("unknown alias") << "a: *x\n"_ba << u"invalid YAML: *"_s << 1 << 4 << QString();
    QTest::newRow("recursive alias")
        << "a: &x [*x]\n"_ba << u"invalid YAML: an alias refers to a node that contains it"_s << 1
        << 8 << QString();
    QTest::newRow("NUL byte") << "apiVersion: v1\nkind: Nam\0espace\n"_ba
                              << u"binary file (contains NUL bytes); expected YAML or JSON text"_s
                              << 2 << 10 << QString();
    QTest::newRow("invalid UTF-8")
        << "apiVersion: v1\nkind: Namespace\nmetadata: {name: \"a\xff\"}\n"_ba
        << u"not valid UTF-8 (byte 0xFF); expected YAML or JSON text"_s << 3 << 20 << QString();
    QTest::newRow("overlong UTF-8")
        << "a: \xc0\xaf\n"_ba << u"not valid UTF-8 (byte 0xC0); expected YAML or JSON text"_s << 1
        << 4 << QString();
    QTest::newRow("control character")
        << "apiVersion: v1\n\x01kind: x\n"_ba
        << u"control character 0x01 is not allowed in YAML text"_s << 2 << 1 << QString();
    QTest::newRow("binary") << "\x7f"
                               "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0"_ba
                            << u"binary file (contains NUL bytes); expected YAML or JSON text"_s
                            << 1 << 8 << QString();
}

void TstLoader::diagnostics()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    const LoadResult r = load(yaml);
    Diagnostics errors;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.severity == Severity::Error)
            errors.append(d);
    }
    QVERIFY2(errors.size() == 1, qPrintable(dump(r.diagnostics)));
    const Diagnostic &d = errors.first();
    if (message.endsWith(u'*'))
        QVERIFY2(d.message.startsWith(message.chopped(1)), qPrintable(d.message));
    else
        QCOMPARE(d.message, message);
    QCOMPARE(d.file, u"test.yaml"_s);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QCOMPARE(d.path, path);
}

// Plain scalars read as kubectl and calicoctl read them (go-yaml v2 under sigs.k8s.io/yaml):
// integers in base 0 of Go's ParseInt after dropping '_' (010 octal, 0x hex, 0o, 0b), then the
// YAML float form; the YAML 1.1 booleans. Quoted, they stay strings.
void TstLoader::plainScalars_data()
{
    QTest::addColumn<QByteArray>("port"); // destination.ports[0] as written
    QTest::addColumn<QByteArray>("order");
    QTest::addColumn<QByteArray>("flag"); // applyOnForward
    QTest::addColumn<QString>("expectedPort"); // Port::toString()
    QTest::addColumn<double>("expectedOrder");
    QTest::addColumn<bool>("expectedFlag");

    QTest::newRow("decimal") << "80"_ba
                             << "10"_ba
                             << "true"_ba << u"80"_s << 10.0 << true;
    QTest::newRow("leading zero is octal") << "010"_ba
                                           << "010"_ba
                                           << "false"_ba << u"8"_s << 8.0 << false;
    QTest::newRow("hex") << "0x50"_ba
                         << "0x10"_ba
                         << "yes"_ba << u"80"_s << 16.0 << true;
    QTest::newRow("0o octal") << "0o120"_ba
                              << "0o20"_ba
                              << "no"_ba << u"80"_s << 16.0 << false;
    QTest::newRow("binary") << "0b1010000"_ba
                            << "0b11"_ba
                            << "on"_ba << u"80"_s << 3.0 << true;
    QTest::newRow("underscores") << "8_0"_ba
                                 << "1_000"_ba
                                 << "off"_ba << u"80"_s << 1000.0 << false;
    QTest::newRow("sign") << "+80"_ba
                          << "-0x10"_ba
                          << "Y"_ba << u"80"_s << -16.0 << true;
    QTest::newRow("08 is the float 8") << "08"_ba
                                       << "09.5"_ba
                                       << "N"_ba << u"8"_s << 9.5 << false;
    QTest::newRow("float forms") << "80.0"_ba
                                 << "1e2"_ba
                                 << "ON"_ba << u"80"_s << 100.0 << true;
    QTest::newRow("leading dot") << "80"_ba
                                 << ".5"_ba
                                 << "Off"_ba << u"80"_s << 0.5 << false;
    QTest::newRow("quoted stays a string") << "'0x50'"_ba
                                           << "1"_ba
                                           << "True"_ba << u"0x50"_s << 1.0 << true;
    QTest::newRow("0x alone is a name") << "0x"_ba
                                        << "1"_ba
                                        << "y"_ba << u"0x"_s << 1.0 << true;
}

void TstLoader::plainScalars()
{
    QFETCH(QByteArray, port);
    QFETCH(QByteArray, order);
    QFETCH(QByteArray, flag);
    QFETCH(QString, expectedPort);
    QFETCH(double, expectedOrder);
    QFETCH(bool, expectedFlag);
    const QByteArray yaml = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                            "metadata: {name: x}\nspec:\n  order: "
        + order + "\n  applyOnForward: " + flag
        + "\n  ingress:\n  - action: Allow\n    protocol: TCP\n    destination: {ports: [" + port
        + "]}\n";
    const LoadResult r = load(yaml);
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace->policies.size(), 1);
    const CalicoPolicy &p = r.workspace->policies.first();
    QCOMPARE(p.ingress.first().destination.ports.first().toString(), expectedPort);
    QCOMPARE(p.order.value_or(-1), expectedOrder);
    QCOMPARE(p.applyOnForward, expectedFlag);
}

// An error inside a value written over several lines (literal, folded, quoted or plain): its
// characters are not one after another on the value's line, so the error points at the value's
// start, never at a column past the end of that line.
void TstLoader::multiLineValuePositions_data()
{
    QTest::addColumn<QByteArray>("selector"); // after "  selector: "
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("literal block") << "|\n    app == 'a' &&\n    bad ==\n"_ba << 5 << 13;
    QTest::newRow("folded block") << ">\n    app == 'a' &&\n    bad ==\n"_ba << 5 << 13;
    QTest::newRow("double-quoted") << "\"app == 'a' &&\n    bad ==\"\n"_ba << 5 << 13;
    QTest::newRow("single-quoted") << "'app == \"a\" &&\n    bad =='\n"_ba << 5 << 13;
    QTest::newRow("plain") << "app == 'a' &&\n    bad ==\n"_ba << 5 << 13;
    // On one line the column is the character's own (the opening quote counts).
    QTest::newRow("one line, quoted") << "\"app = 'a'\"\n"_ba << 5 << 18;
}

void TstLoader::multiLineValuePositions()
{
    QFETCH(QByteArray, selector);
    QFETCH(int, line);
    QFETCH(int, column);
    const QByteArray yaml
        = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: x}\n"
          "spec:\n  selector: "
        + selector;
    const LoadResult r = load(yaml);
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    const Diagnostics found = Validator().validate(r.workspace);
    QVERIFY2(!found.isEmpty(), "no error");
    const Diagnostic &d = found.first();
    QVERIFY2(d.message.startsWith(u"invalid selector"_s), qPrintable(d.message));
    QCOMPARE(d.path, u"spec.selector"_s);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY2(!d.toString().contains(u'\n'), qPrintable(d.toString()));
}

// A huge or many-line value in an error: the message stays one line and quotes a short
// excerpt, so a 200 KB selector does not make a 200 KB message.
void TstLoader::hugeValueMessagesStayShort_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("start"); // the message starts so
    const QByteArray gnp
        = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: x}\n"_ba;
    const QByteArray huge(200000, 'x');
    QTest::newRow("selector") << gnp + "spec:\n  selector: a == '" + huge + "' && (\n"
                              << u"invalid selector \"…"_s;
    QTest::newRow("selector of many lines")
        << gnp + "spec:\n  selector: |\n" + QByteArray("    a == 'b' &&\n").repeated(60) + "    (\n"
        << u"invalid selector \"a == 'b' &&↵a == 'b' &&↵"_s;
    QTest::newRow("port") << gnp
            + "spec:\n  ingress:\n  - action: Allow\n    protocol: TCP\n"
              "    destination: {ports: ["
            + QByteArray(100000, '9')
            + "]}\n" << u"port 99999999"_s;
    QTest::newRow("type error") << gnp + "spec:\n  order: \"" + huge + "\"\n" << u"spec.order"_s;
}

void TstLoader::hugeValueMessagesStayShort()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, start);
    const LoadResult r = load(yaml);
    Diagnostics all = r.diagnostics;
    if (!hasErrors(all))
        all += Validator().validate(r.workspace);
    QVERIFY2(hasErrors(all), "no error");
    for (const Diagnostic &d : all) {
        const QString line = d.toString();
        QVERIFY2(line.size() < 400, qPrintable(line.left(400)));
        QVERIFY2(!line.contains(u'\n'), qPrintable(line.left(400)));
    }
    QVERIFY2(std::any_of(all.begin(), all.end(),
                 [&](const Diagnostic &d) { return d.toString().contains(start); }),
        qPrintable(all.first().toString()));
}

void TstLoader::warnings_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("ignored kind")
        << "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n"_ba
        << u"kind \"ConfigMap\" is not used by Policy Studio; ignored"_s << 2 << 7;
    QTest::newRow("ignored Calico kind")
        << "apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: {name: x}\n"_ba
        << u"kind \"BGPPeer\" is not used by Policy Studio; ignored"_s << 2 << 7;
    QTest::newRow("unquoted boolean label")
        << "apiVersion: v1\nkind: Namespace\nmetadata: {name: x, labels: {a: true}}\n"_ba
        << u"true is not a string: Kubernetes rejects unquoted numbers and booleans here; write \"true\""_s
        << 3 << 33;
}

void TstLoader::warnings()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const LoadResult r = load(yaml);
    QVERIFY2(r.diagnostics.size() == 1, qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.diagnostics[0].severity, Severity::Warning);
    QCOMPARE(r.diagnostics[0].message, message);
    QCOMPARE(r.diagnostics[0].line, line);
    QCOMPARE(r.diagnostics[0].column, column);
}

void TstLoader::partialResultsSurviveErrors()
{
    // A bad document doesn't stop the others; a bad field doesn't drop the resource.
    const LoadResult r = load(R"(apiVersion: v1
kind: Namespace
metadata: {name: a}
---
apiVersion: v1
kind: Wat
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: g}
spec:
  order: x
  selector: all()
  ingress:
  - action: Allow
    destination: {ports: [80, "bad port"]}
---
apiVersion: v1
kind: Namespace
metadata: {name: b}
---
key: [unclosed
)"_ba);
    QCOMPARE(r.workspace->namespaces.size(), 2);
    QCOMPARE(r.workspace->policies.size(), 1);
    const CalicoPolicy &p = r.workspace->policies[0];
    QCOMPARE(p.selector, u"all()"_s);
    QVERIFY(!p.order.has_value());
    QCOMPARE(p.ingress[0].destination.ports, QList<Port> {Port::single(80)});
    QCOMPARE(r.diagnostics.size(), 4);
    for (const Diagnostic &d : r.diagnostics) {
        QCOMPARE(d.severity, Severity::Error);
        QVERIFY(d.line > 0 && d.column > 0);
    }
    QCOMPARE(r.diagnostics[0].line, 6);
    QCOMPARE(r.diagnostics[1].line, 12);
    QCOMPARE(r.diagnostics[2].line, 16);
}

void TstLoader::bigBinaryFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.yaml"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 100; ++i) {
            rng->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            QCOMPARE(f.write(chunk), chunk.size());
        }
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = Loader().loadPaths({path});
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].file, path);
    QVERIFY(r.diagnostics[0].line >= 1 && r.diagnostics[0].column >= 1);
    QVERIFY2(r.diagnostics[0].message.startsWith(u"binary file"_s)
            || r.diagnostics[0].message.startsWith(u"not valid UTF-8"_s),
        qPrintable(r.diagnostics[0].message));
    QVERIFY(r.workspace.isEmpty());
}

void TstLoader::bigGarbageTextFile()
{
    // 100 MB of printable junk that is not YAML: the parser must give up early.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"junk.yaml"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (int i = 0; chunk.size() < (1 << 20); ++i)
            chunk += "key: value: ]}{[ ,,, #& *x !!y\n";
        chunk.truncate(1 << 20);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(f.write(chunk), chunk.size());
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = Loader().loadPaths({path});
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics[0].message.startsWith(u"invalid YAML"_s));
    QCOMPARE(r.diagnostics[0].line, 1);
}

void TstLoader::bigValidFileIsLinear()
{
    // Many documents in one (large) file load without trouble; keep the test fast.
    QByteArray text;
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        text += "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p" + QByteArray::number(i)
            + "\n  namespace: ns\n  labels: {app: web}\nspec:\n  nodeName: n1\nstatus:\n  podIP: "
              "10.0."
            + QByteArray::number(i / 256) + '.' + QByteArray::number(i % 256) + '\n';
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = load(text);
    QVERIFY(r.diagnostics.isEmpty());
    QCOMPARE(r.workspace->pods.size(), count);
    QCOMPARE(r.workspace->pods.last().source.document, count - 1);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TstLoader::bigValidFile()
{
    // 20 MB of valid YAML (mostly comments, so memory stays small) loads, with the right
    // line numbers at the end.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.yaml"_s);
    const QByteArray line = "# " + QByteArray(97, 'x') + '\n';
    const int lines = 200000;
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (int i = 0; i < 10000; ++i)
            chunk += line;
        for (int i = 0; i < lines / 10000; ++i)
            QCOMPARE(f.write(chunk), chunk.size());
        f.write("apiVersion: v1\nkind: Namespace\nmetadata: {name: last}\n");
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = Loader().loadPaths({path});
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace->namespaces.size(), 1);
    QCOMPARE(r.workspace->namespaces[0].source.pos.line, lines + 1);
    QCOMPARE(r.workspace->namespaces[0].source.fields->find(u"metadata.name"_s).line, lines + 3);
    qInfo() << "20 MB file loaded in" << timer.elapsed() << "ms";
}

namespace {

/// `count` NetworkSet documents, 6 lines each; every 997th has an unknown field "nett" on its
/// 5th line, and every document has a non-ASCII label value before it on the same line.
QByteArray manyNetworkSets(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        text += "---\napiVersion: projectcalico.org/v3\nkind: NetworkSet\nmetadata: {name: s"
            + QByteArray::number(i) + ", namespace: ns, labels: {z: \xc3\xa9}}\nspec:\n  "
            + (i % 997 == 0 ? "nett" : "nets") + ": [10.0." + QByteArray::number(i / 256 % 256)
            + "." + QByteArray::number(i % 256) + "/32]\n";
    }
    return text;
}

} // namespace

void TstLoader::largeFileReadInPartsKeepsPositions()
{
    // Files over a few megabytes are parsed in parts on several threads; lines, columns,
    // document numbers, diagnostics and resource order must be what one pass gives.
    const int count = 40000;
    const QByteArray text = manyNetworkSets(count);
    QVERIFY(text.size() > 4 * 1024 * 1024);
    const LoadResult r = load(text);
    QCOMPARE(r.workspace->networkSets.size(), count);
    for (int i : {0, 1, count / 3, count / 2 + 1, count - 1}) {
        const NetworkSet &set = r.workspace->networkSets[i];
        QCOMPARE(set.meta.name, u"s"_s + QString::number(i));
        QCOMPARE(set.source.document, i);
        QCOMPARE(set.source.pos.line, 6 * i + 2);
        QCOMPARE(set.source.fields->find(u"spec.nets"_s).line, 6 * i + 6);
    }
    QCOMPARE(r.diagnostics.size(), (count + 996) / 997);
    for (qsizetype k = 0; k < r.diagnostics.size(); ++k) {
        const Diagnostic &d = r.diagnostics[k];
        QCOMPARE(d.line, 6 * int(k) * 997 + 6);
        QCOMPARE(d.column, 3);
        QCOMPARE(d.path, u"spec.nett"_s);
    }
}

void TstLoader::largeFileWithYamlErrorReadsLikeOnePass()
{
    // A YAML error stops reading where it is, as in one pass: everything before it is
    // loaded, nothing after, and the error is reported once, at its line.
    const int count = 40000;
    QByteArray text = manyNetworkSets(count);
    const int broken = count * 3 / 4; // inside a later part
    const QByteArray name = "{name: s" + QByteArray::number(broken) + ",";
    const qsizetype at = text.indexOf(name);
    QVERIFY(at > 0);
    text.insert(at, "[");
    const LoadResult r = load(text);
    QCOMPARE(r.workspace->networkSets.size(), broken);
    int yamlErrors = 0;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.message.startsWith(u"invalid YAML"_s)) {
            ++yamlErrors;
            QVERIFY2(d.line >= 6 * broken + 4 && d.line <= 6 * broken + 6,
                qPrintable(dump(r.diagnostics)));
        }
    }
    QCOMPARE(yamlErrors, 1);
}

void TstLoader::deepNesting_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");

    QTest::newRow("flow sequences") << QByteArray(100000, '[') << 1;
    QTest::newRow("flow maps") << QByteArray("a: ") + QByteArray(5000, '{') << 1;
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
    QTest::newRow("block mappings") << block << 201;
    QByteArray dashes;
    for (int i = 0; i < 5000; ++i)
        dashes += "- ";
    dashes += "x\n";
    QTest::newRow("block sequences on one line") << dashes << 1;
}

void TstLoader::deepNesting()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    const LoadResult r = load(yaml);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].message, u"nesting deeper than 200 levels is not supported"_s);
    QCOMPARE(r.diagnostics[0].line, line);
    QVERIFY(r.diagnostics[0].column >= 1);
}

void TstLoader::aliasesAndMergeKeys()
{
    const LoadResult r = load(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: a, labels: &l {x: "1"}}
spec:
  ingress:
  - &rule
    action: Allow
    source: {nets: [10.0.0.0/8]}
  - *rule
  - <<: *rule
    action: Deny
---
apiVersion: v1
kind: Namespace
metadata: {name: n, labels: *l}
)"_ba);
    QCOMPARE(r.workspace->policies.size(), 1);
    const auto &rules = r.workspace->policies[0].ingress;
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules[0], rules[1]);
    QCOMPARE(rules[2].action, u"Deny"_s);
    QCOMPARE(rules[2].source.nets, QStringList {u"10.0.0.0/8"_s});
    QCOMPARE(r.workspace->policies[0].meta.labels.value(u"x"_s), u"1"_s);
    // Anchors do not cross documents (YAML 1.2): the second document is an error.
    QCOMPARE(r.workspace->namespaces.size(), 0);
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics[0].message.startsWith(u"invalid YAML: "_s));
    QCOMPARE(r.diagnostics[0].line, 15);
    QCOMPARE(r.diagnostics[0].column, 29);
}

void TstLoader::aliasBombIsBounded()
{
    // 1,000 aliases of a rule whose nets are 1,000 addresses: a few KB of text that would
    // expand to a million values. Decoding stops with an error instead.
    QByteArray nets;
    for (int i = 0; i < 1000; ++i)
        nets += QByteArray(i ? ", " : "") + "1.1.1.1/32";
    QByteArray yaml
        = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: a}\n"
          "spec:\n  ingress:\n  - &r {action: Allow, source: {nets: &n ["
        + nets + "]}}\n";
    for (int i = 0; i < 1000; ++i)
        yaml += "  - *r\n";
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = load(yaml);
    QVERIFY(timer.elapsed() < 20000);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].message,
        u"the document expands to too many values through YAML aliases"_s);
    QVERIFY(r.workspace->policies.size() <= 1);
}

void TstLoader::json()
{
    const LoadResult r = load(R"({
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    {"apiVersion": "projectcalico.org/v3", "kind": "GlobalNetworkPolicy",
     "metadata": {"name": "j", "labels": {"a": "1"}},
     "spec": {"order": 10.5, "selector": "app == 'x'",
              "ingress": [{"action": "Allow", "protocol": "TCP", "destination": {"ports": [80, "8080:8090", "http"]}}]}},
    {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "n"},
     "spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80}]}]}}
  ]
})"_ba,
        u"x.json"_s);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace->policies.size(), 1);
    const CalicoPolicy &p = r.workspace->policies[0];
    QCOMPARE(p.order, 10.5);
    QCOMPARE(p.meta.labels.value(u"a"_s), u"1"_s);
    QCOMPARE(p.ingress[0].destination.ports,
        (QList<Port> {Port::single(80), Port::range(8080, 8090), Port::named(u"http"_s)}));
    QCOMPARE(p.source.fields->find(u"spec.order"_s).line, 7);
    QCOMPARE(p.source.fields->find(u"spec.order"_s).column, 24);
    QCOMPARE(r.workspace->pods.size(), 1);
    QCOMPARE(r.workspace->pods[0].ports[0].protocol, u"TCP"_s);
    QCOMPARE(r.workspace->pods[0].serviceAccountName, u"default"_s);
}

void TstLoader::missingPath()
{
    const LoadResult r = Loader().loadPaths({u"/nonexistent/policy.yaml"_s});
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].file, u"/nonexistent/policy.yaml"_s);
    QCOMPARE(r.diagnostics[0].message, u"no such file or directory"_s);
}

void TstLoader::standardInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"in.yaml"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Namespace\nmetadata: {name: from-stdin}\n");
    }
    QVERIFY(std::freopen(QFile::encodeName(path).constData(), "r", stdin));
    const LoadResult r = Loader().loadPaths({u"-"_s});
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.files, QStringList {u"<stdin>"_s});
    QCOMPARE(r.workspace->namespaces.size(), 1);
    QCOMPARE(r.workspace->namespaces[0].meta.name, u"from-stdin"_s);
    QCOMPARE(r.workspace->namespaces[0].source.file, u"<stdin>"_s);
}

// Loader::readAll stops as soon as a device gives more than the limit, so a stream that does
// not end is never read until memory runs out.
void TstLoader::readingIsBounded_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("read");
    QTest::newRow("empty") << 0 << 10 << true;
    QTest::newRow("below the limit") << 9 << 10 << true;
    QTest::newRow("at the limit") << 10 << 10 << true;
    QTest::newRow("one byte over") << 11 << 10 << false;
    QTest::newRow("many chunks over") << (5 << 20) << (3 << 20) << false;
    QTest::newRow("many chunks under") << (3 << 20) << (5 << 20) << true;
}

void TstLoader::readingIsBounded()
{
    QFETCH(int, size);
    QFETCH(int, limit);
    QFETCH(bool, read);
    QByteArray bytes(size, 'x');
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const Result<QByteArray> got = Loader::readAll(buffer, limit);
    QCOMPARE(bool(got), read);
    if (read) {
        QCOMPARE(*got, bytes);
    } else {
        QCOMPARE(got.error().message,
            u"the input is larger than %1 bytes; stopped reading it (a device or a stream that "
            "does not end?)"_s.arg(limit));
        QVERIFY(buffer.pos() <= qint64(limit) + (1 << 20)); // stopped near the limit
    }
}

// /dev/zero reports size 0 and never ends: reading it stops at the limit with a clear error.
void TstLoader::deviceThatNeverEnds()
{
    if (!QFile::exists(u"/dev/zero"_s))
        QSKIP("no /dev/zero here");
    QFile zero(u"/dev/zero"_s);
    QVERIFY(zero.open(QIODevice::ReadOnly));
    const Result<QByteArray> got = Loader::readAll(zero, 4 << 20);
    QVERIFY(!got);
    QVERIFY2(got.error().message.startsWith(u"the input is larger than 4194304 bytes"_s),
        qPrintable(got.error().message));
}

void TstLoader::emptyDocumentsAreSkipped()
{
    const LoadResult r = load(
        "---\n---\n# only a comment\n---\n...\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n---\n"_ba);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(r.workspace.resourceCount(), 1);
    QVERIFY(r.workspace->namespaces[0].source.document > 0);
    QCOMPARE(r.workspace->namespaces[0].source.pos.line, 7);
    QVERIFY(load(""_ba).diagnostics.isEmpty());
    QVERIFY(load("# nothing\n"_ba).diagnostics.isEmpty());
    QVERIFY(load("\n\n   \n"_ba).workspace.isEmpty());
}

namespace {

// A folder of `files` files of `policies` policies each.
QString writePolicies(const QTemporaryDir &dir, int files, int policies)
{
    for (int f = 0; f < files; ++f) {
        QByteArray text;
        for (int p = 0; p < policies; ++p) {
            text += "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  "
                    "name: p"
                + QByteArray::number(f) + '-' + QByteArray::number(p)
                + "\nspec:\n  order: 10\n  selector: app == 'web'\n  ingress:\n  - action: "
                  "Allow\n---\n";
        }
        QFile out(dir.filePath(u"f%1.yaml"_s.arg(f, 3, 10, QChar(u'0'))));
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
            return {};
    }
    return dir.path();
}

} // namespace

// Opening tells the bytes read (total unknown), then the bytes parsed of their total, ending at
// the total; the result is the same as without a progress callback.
void TstLoader::progressThenResult()
{
    QTemporaryDir dir;
    const QString folder = writePolicies(dir, 12, 200);
    QVERIFY(!folder.isEmpty());
    QList<QPair<qint64, qint64>> calls;
    Loader loader;
    loader.setProgress([&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    const LoadResult r = loader.loadPaths({folder});
    QVERIFY(!r.cancelled);
    QCOMPARE(r.workspace->policies.size(), 12 * 200);
    QCOMPARE(r.workspace->policies.size(), Loader().loadPaths({folder}).workspace->policies.size());
    // Reading: one call per file, growing, total unknown.
    QVERIFY(calls.size() > 12);
    qint64 bytes = 0;
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(calls[i].second, qint64(0));
        QVERIFY(calls[i].first > bytes);
        bytes = calls[i].first;
    }
    // Parsing: growing, up to the total, which is what was read.
    qint64 done = 0;
    for (qsizetype i = 12; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, bytes);
        QVERIFY(calls[i].first > done && calls[i].first <= bytes);
        done = calls[i].first;
    }
}

// A callback that says stop ends the load: cancelled, and no half-read workspace.
void TstLoader::cancelStopsTheLoad()
{
    QTemporaryDir dir;
    const QString folder = writePolicies(dir, 12, 200);
    QVERIFY(!folder.isEmpty());
    for (const bool whileParsing : {false, true}) {
        int calls = 0;
        Loader loader;
        loader.setProgress([&](qint64, qint64 total) {
            ++calls;
            return whileParsing ? total == 0 : false;
        });
        const LoadResult r = loader.loadPaths({folder});
        QVERIFY(r.cancelled);
        QVERIFY(r.workspace.isEmpty());
        QVERIFY(r.files.isEmpty());
        QCOMPARE(calls, whileParsing ? 13 : 1);
    }
}

QTEST_GUILESS_MAIN(TstLoader)
#include "tst_loader.moc"
