#include "core/generate/generator.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <random>
#include <string_view>
#include <utility>
#include <vector>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSet>

#include "core/io/writer.h"
#include "core/model/builtintier.h"
#include "core/model/workspace.h"

namespace ps {

namespace {

using Bytes = QByteArray;

constexpr int kMaxNamespaces = 100000;
constexpr int kMaxPods = 5000000;
constexpr int kMaxPolicies = 1000000;
constexpr int kMaxNodes = 32768; // 10.128.0.0/9 holds 32768 node /24s
constexpr int kMaxPodsPerNode = 250; // a /24 minus network, gateway and broadcast

// Kubernetes' alphabet for generated name suffixes (no vowels, no look-alikes): 27 characters.
constexpr std::string_view kSuffixAlphabet = "bcdfghjklmnpqrstvwxz2456789";
constexpr quint64 kSuffix5Space = 27ULL * 27 * 27 * 27 * 27; // 14,348,907 > kMaxPods

class Rng {
public:
    explicit Rng(quint64 seed) : m_engine(seed) { }
    quint64 next() { return m_engine(); }
    /// 0..n-1; 0 when n <= 1. Plain modulo: the bias is irrelevant here and, unlike
    /// std::uniform_int_distribution, the result is the same with every standard library.
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_engine() % static_cast<quint64>(n)); }
    bool percent(int p) { return below(100) < p; }
    template<class T> const T &pick(const std::vector<T> &v)
    {
        return v[static_cast<size_t>(below(static_cast<int>(v.size())))];
    }

private:
    std::mt19937_64 m_engine;
};

/// Generated text is ASCII: names, labels, selectors, addresses.
QString str(QByteArrayView text)
{
    return QString::fromLatin1(text);
}

Labels labelsOf(const std::vector<std::pair<Bytes, Bytes>> &labels)
{
    Labels out;
    for (const auto &[k, v] : labels)
        out.insert(str(k), str(v));
    return out;
}

ObjectMeta metaOf(QByteArrayView name, QByteArrayView ns = {},
    const std::vector<std::pair<Bytes, Bytes>> &labels = {})
{
    ObjectMeta meta;
    meta.name = str(name);
    meta.namespace_ = str(ns);
    meta.labels = labelsOf(labels);
    return meta;
}

Bytes ipText(quint32 ip)
{
    Bytes out;
    out.reserve(15);
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(QByteArray::number((ip >> shift) & 0xffU));
        if (shift)
            out.append('.');
    }
    return out;
}

constexpr quint32 ipv4(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

Bytes suffix(quint64 value, int length)
{
    Bytes out(length, 'b');
    for (int i = length - 1; i >= 0; --i) {
        out[i] = kSuffixAlphabet[static_cast<size_t>(value % kSuffixAlphabet.size())];
        value /= kSuffixAlphabet.size();
    }
    return out;
}

Bytes quoted(QByteArrayView v)
{
    Bytes out;
    out.reserve(v.size() + 2);
    out.append('"');
    out.append(v);
    out.append('"');
    return out;
}

/// `label == "value"`
Bytes eq(QByteArrayView label, QByteArrayView value)
{
    Bytes out(label.toByteArray());
    out.append(" == ");
    out.append(quoted(value));
    return out;
}

/// `label in {"a", "b"}`
Bytes in(QByteArrayView label, std::vector<Bytes> values, bool negate = false)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    Bytes out(label.toByteArray());
    out.append(negate ? " not in {" : " in {");
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out.append(", ");
        out.append(quoted(values[i]));
    }
    out.append('}');
    return out;
}

Bytes both(const Bytes &a, const Bytes &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + " && " + b;
}

// ---------------------------------------------------------------------------------------
// The application catalog.

struct PortDef {
    const char *name;
    int port;
    const char *protocol;
};

struct AppDef {
    const char *name;
    const char *role;
    const char *tier;
    bool stateful;
    std::vector<PortDef> ports;
    std::vector<const char *> deps; // apps it talks to
};

enum SystemApp { CoreDns = 0, Prometheus = 1 };
constexpr int kFirstProductApp = 2;

const std::vector<AppDef> &catalog()
{
    static const std::vector<AppDef> apps = {
        {"coredns", "dns", "platform", false,
            {{"dns", 53, "UDP"}, {"dns-tcp", 53, "TCP"}, {"metrics", 9153, "TCP"}}, {}},
        {"prometheus", "monitoring", "platform", true, {{"http", 9090, "TCP"}}, {}},
        // product applications
        {"frontend", "frontend", "frontend", false,
            {{"http", 8080, "TCP"}, {"metrics", 9100, "TCP"}}, {"api", "auth"}},
        {"web", "frontend", "frontend", false,
            {{"http", 80, "TCP"}, {"https", 443, "TCP"}, {"metrics", 9100, "TCP"}}, {"api"}},
        {"api", "backend", "backend", false,
            {{"http", 8080, "TCP"}, {"grpc", 9090, "TCP"}, {"metrics", 9100, "TCP"}},
            {"postgres", "mysql", "redis", "kafka", "auth", "elasticsearch"}},
        {"auth", "backend", "backend", false, {{"https", 8443, "TCP"}, {"metrics", 9100, "TCP"}},
            {"postgres", "redis", "memcached"}},
        {"worker", "worker", "backend", false, {{"metrics", 9100, "TCP"}},
            {"kafka", "postgres", "redis", "api"}},
        {"scheduler", "batch", "backend", false, {{"metrics", 9100, "TCP"}},
            {"api", "postgres", "mysql"}},
        {"postgres", "database", "data", true,
            {{"postgres", 5432, "TCP"}, {"metrics", 9187, "TCP"}}, {}},
        {"mysql", "database", "data", true, {{"mysql", 3306, "TCP"}, {"metrics", 9104, "TCP"}}, {}},
        {"redis", "cache", "data", true, {{"redis", 6379, "TCP"}, {"metrics", 9121, "TCP"}}, {}},
        {"kafka", "queue", "data", true, {{"kafka", 9092, "TCP"}, {"metrics", 9308, "TCP"}}, {}},
        {"elasticsearch", "search", "data", true,
            {{"http", 9200, "TCP"}, {"transport", 9300, "TCP"}}, {}},
        {"memcached", "cache", "data", false, {{"memcache", 11211, "TCP"}}, {}},
    };
    return apps;
}

int appIndex(QByteArrayView name)
{
    const auto &apps = catalog();
    for (size_t i = 0; i < apps.size(); ++i) {
        if (name == apps[i].name)
            return static_cast<int>(i);
    }
    return -1;
}

const std::vector<const char *> kProducts = {
    "cart",
    "checkout",
    "payments",
    "orders",
    "catalog",
    "search",
    "reviews",
    "recommend",
    "accounts",
    "auth",
    "billing",
    "invoices",
    "shipping",
    "inventory",
    "pricing",
    "promotions",
    "notify",
    "email",
    "sms",
    "analytics",
    "reporting",
    "warehouse",
    "fulfilment",
    "returns",
    "loyalty",
    "gateway",
    "media",
    "images",
    "video",
    "chat",
    "support",
    "tickets",
    "crm",
    "ledger",
    "fraud",
    "risk",
    "identity",
    "profiles",
    "sessions",
    "feeds",
    "ads",
    "geo",
    "maps",
    "booking",
    "calendar",
    "docs",
    "wiki",
    "partners",
};
const std::vector<const char *> kEnvironments = {"prod", "staging", "dev", "qa"};
const std::vector<const char *> kTeams = {"storefront", "payments", "logistics", "growth",
    "identity", "data", "platform", "support", "media", "finance", "search", "mobile"};
const std::vector<const char *> kNamespaceTiers = {"frontend", "backend", "data"};
const std::vector<const char *> kZones = {"zone-a", "zone-b", "zone-c"};

// ---------------------------------------------------------------------------------------
// The cluster model the writers walk.

struct AppInstance {
    int def = 0;
    int replicas = 0;
    Bytes version;
    Bytes templateHash; // Deployment pods: pod-template-hash
    int firstPod = 0;
};

struct NamespaceInfo {
    Bytes name;
    Bytes environment;
    Bytes team;
    Bytes tier;
    bool system = false;
    std::vector<AppInstance> apps;
};

struct PodInfo {
    int ns = 0;
    int app = 0; // index into the namespace's apps
    Bytes name;
    quint32 ip = 0;
    int node = 0;
};

// Calico policies (GNP, NP and their staged variants) as the templates build them.

struct PortValue {
    Bytes text;
    bool number = false;
};

PortValue portNumber(int port)
{
    return {QByteArray::number(port), true};
}
PortValue portName(QByteArrayView name)
{
    return {name.toByteArray(), false};
}
PortValue portRange(int min, int max)
{
    return {QByteArray::number(min) + ':' + QByteArray::number(max), false};
}

struct Entity {
    std::vector<Bytes> nets;
    Bytes selector;
    Bytes namespaceSelector;
    std::vector<PortValue> ports;
    std::vector<Bytes> notNets;
    Bytes notSelector;
    std::vector<PortValue> notPorts;
    bool serviceAccounts = false;
    std::vector<Bytes> serviceAccountNames;
    Bytes serviceAccountSelector;
    Bytes serviceName;
    Bytes serviceNamespace;

    bool isEmpty() const
    {
        return nets.empty() && selector.isEmpty() && namespaceSelector.isEmpty() && ports.empty()
            && notNets.empty() && notSelector.isEmpty() && notPorts.empty() && !serviceAccounts
            && serviceName.isEmpty();
    }
};

struct CalicoRule {
    const char *action = "Allow";
    int ipVersion = 0;
    const char *protocol = nullptr;
    int icmpType = -1;
    int icmpCode = -1;
    const char *notProtocol = nullptr;
    Entity source;
    Entity destination;
    std::vector<const char *> httpMethods;
    std::vector<std::pair<const char *, Bytes>> httpPaths; // ("exact"|"prefix", path)
    std::vector<std::pair<Bytes, Bytes>> annotations;
};

enum class PolicyKind {
    Global,
    Namespaced,
    StagedGlobal,
    StagedNamespaced,
    Kubernetes,
    StagedKubernetes,
};

struct CalicoPolicyText {
    PolicyKind kind = PolicyKind::Global;
    Bytes name;
    Bytes ns;
    Bytes tier; // empty: default (not written)
    Bytes order; // empty: no order
    Bytes selector;
    Bytes namespaceSelector;
    Bytes serviceAccountSelector;
    std::vector<const char *> types;
    std::vector<CalicoRule> ingress;
    std::vector<CalicoRule> egress;
    bool doNotTrack = false;
    bool preDNAT = false;
    bool applyOnForward = false;
    const char *stagedAction = nullptr;
};

// Kubernetes NetworkPolicy (and StagedKubernetesNetworkPolicy).

struct K8sExpression {
    Bytes key;
    const char *op = "In";
    std::vector<Bytes> values;
};

struct K8sSelector {
    std::vector<std::pair<Bytes, Bytes>> matchLabels;
    std::vector<K8sExpression> matchExpressions;
};

struct K8sPeerText {
    std::optional<K8sSelector> podSelector;
    std::optional<K8sSelector> namespaceSelector;
    Bytes cidr;
    std::vector<Bytes> except;
};

struct K8sPortText {
    const char *protocol = nullptr;
    std::optional<PortValue> port;
    int endPort = 0;
};

struct K8sRuleText {
    std::vector<K8sPortText> ports;
    std::vector<K8sPeerText> peers;
};

struct K8sPolicyText {
    bool staged = false;
    const char *stagedAction = nullptr;
    Bytes name;
    Bytes ns;
    K8sSelector podSelector;
    std::vector<K8sRuleText> ingress;
    std::vector<K8sRuleText> egress;
    std::vector<const char *> policyTypes;
};

// ---------------------------------------------------------------------------------------

/// One file of the cluster: its resources as workspace values.
struct GeneratedPart {
    const char *name; // "pods.yaml", ...
    const char *what; // its header comment
    WorkspaceData data;
};

class ClusterBuilder {
public:
    ClusterBuilder(const GeneratorOptions &options, int nodes)
        : m_options(options), m_nodeCount(nodes), m_rng(options.seed)
    {
        m_suffixOffset = m_rng.next() % kSuffix5Space;
        buildNamespaces();
        buildPods();
    }

    /// Every part, in a fixed order, empty ones included.
    std::vector<GeneratedPart> parts();

private:
    void buildNamespaces();
    void buildPods();

    GeneratedPart namespacesPart() const;
    GeneratedPart serviceAccountsPart() const;
    GeneratedPart nodesPart() const;
    GeneratedPart workloadsPart() const;
    GeneratedPart podsPart() const;
    GeneratedPart servicesPart() const;
    GeneratedPart tiersPart() const;
    GeneratedPart networkSetsPart() const;
    GeneratedPart hostEndpointsPart() const;
    void buildPolicies(GeneratedPart &global, GeneratedPart &namespaced, GeneratedPart &kubernetes);

    // node facts
    Bytes nodeName(int node) const
    {
        Bytes n = "node-";
        Bytes digits = QByteArray::number(node + 1);
        if (digits.size() < 4)
            n.append(4 - digits.size(), '0');
        return n + digits;
    }
    quint32 nodeIp(int node) const
    {
        return ipv4(172, 16, 0, 0) + 10U + static_cast<quint32>(node);
    }
    quint32 podCidrBase(int node) const
    {
        return ipv4(
            10, 128 + static_cast<quint32>(node / 256), static_cast<quint32>(node % 256), 0);
    }

    // random choices for the policy templates
    const NamespaceInfo *randomProductNamespace();
    int randomApp(const NamespaceInfo *ns);
    int otherApp(const NamespaceInfo *ns, int app);
    std::vector<Bytes> depsIn(const NamespaceInfo *ns, int app) const;
    Bytes randomOrder();
    Bytes uniqueName(PolicyKind kind, const Bytes &ns, Bytes name);

    CalicoPolicyText globalPolicy(bool staged);
    CalicoPolicyText namespacedPolicy(bool staged);
    K8sPolicyText kubernetesPolicy(bool staged);

    const GeneratorOptions &m_options;
    int m_nodeCount;
    Rng m_rng;
    quint64 m_suffixOffset = 0;
    std::vector<NamespaceInfo> m_namespaces;
    std::vector<int> m_productNamespaces;
    std::vector<PodInfo> m_pods;
    QSet<Bytes> m_policyNames;
    int m_templateCounter[6] = {};
};

void ClusterBuilder::buildNamespaces()
{
    const int n = m_options.namespaces;
    const int system = n >= 3 ? 2 : (n >= 2 ? 1 : 0);
    m_namespaces.reserve(static_cast<size_t>(n));
    if (system >= 1) {
        m_namespaces.push_back({"kube-system", "prod", "platform", "platform", true, {}});
    }
    if (system >= 2) {
        m_namespaces.push_back({"monitoring", "prod", "platform", "platform", true, {}});
    }
    const int products = n - system;
    const int perRound = static_cast<int>(kProducts.size() * kEnvironments.size());
    for (int j = 0; j < products; ++j) {
        const int product
            = (j / static_cast<int>(kEnvironments.size())) % static_cast<int>(kProducts.size());
        const char *env = kEnvironments[static_cast<size_t>(j) % kEnvironments.size()];
        NamespaceInfo ns;
        ns.name = Bytes(kProducts[static_cast<size_t>(product)]) + '-' + env;
        if (j >= perRound)
            ns.name += '-' + QByteArray::number(j / perRound + 1);
        ns.environment = env;
        ns.team = kTeams[static_cast<size_t>(product) % kTeams.size()];
        ns.tier = m_rng.pick(kNamespaceTiers);
        m_productNamespaces.push_back(static_cast<int>(m_namespaces.size()));
        m_namespaces.push_back(std::move(ns));
    }
}

void ClusterBuilder::buildPods()
{
    const int total = m_options.pods;
    if (total == 0 || m_namespaces.empty())
        return;

    // Pods per namespace: the system namespaces get a couple, the products share the rest
    // by random weights (cumulative rounding keeps the exact total).
    std::vector<int> quota(m_namespaces.size(), 0);
    int left = total;
    for (size_t i = 0; i < m_namespaces.size() && m_namespaces[i].system; ++i) {
        const int want = i == 0 ? 2 : 1;
        quota[i] = std::min(left, want);
        left -= quota[i];
    }
    if (!m_productNamespaces.empty()) {
        std::vector<qint64> weights;
        qint64 sum = 0;
        for (size_t j = 0; j < m_productNamespaces.size(); ++j) {
            weights.push_back(1 + m_rng.below(3));
            sum += weights.back();
        }
        qint64 cumulative = 0;
        qint64 assigned = 0;
        for (size_t j = 0; j < m_productNamespaces.size(); ++j) {
            cumulative += weights[j];
            const qint64 upTo = static_cast<qint64>(left) * cumulative / sum;
            quota[static_cast<size_t>(m_productNamespaces[j])] = static_cast<int>(upTo - assigned);
            assigned = upTo;
        }
    } else if (left > 0) {
        quota.front() += left; // only system namespaces: they take everything
    }

    // Applications of each namespace and their replica counts.
    const auto &apps = catalog();
    std::vector<int> entry = {appIndex("frontend"), appIndex("web"), appIndex("api")};
    std::vector<int> data = {appIndex("postgres"), appIndex("mysql"), appIndex("redis"),
        appIndex("kafka"), appIndex("elasticsearch"), appIndex("memcached")};
    for (size_t i = 0; i < m_namespaces.size(); ++i) {
        NamespaceInfo &ns = m_namespaces[i];
        const int pods = quota[i];
        if (pods == 0)
            continue;
        std::vector<int> chosen;
        if (ns.system) {
            chosen.push_back(i == 0 ? CoreDns : Prometheus);
        } else {
            const int count = std::min(pods, 2 + m_rng.below(4));
            chosen.push_back(m_rng.pick(entry));
            if (count > 1)
                chosen.push_back(m_rng.pick(data));
            while (static_cast<int>(chosen.size()) < count) {
                const int candidate = kFirstProductApp
                    + m_rng.below(static_cast<int>(apps.size()) - kFirstProductApp);
                if (std::find(chosen.begin(), chosen.end(), candidate) == chosen.end())
                    chosen.push_back(candidate);
            }
        }
        for (size_t a = 0; a < chosen.size(); ++a) {
            AppInstance app;
            app.def = chosen[a];
            app.replicas = pods / static_cast<int>(chosen.size())
                + (static_cast<int>(a) < pods % static_cast<int>(chosen.size()) ? 1 : 0);
            app.version = 'v' + QByteArray::number(1 + m_rng.below(3)) + '.'
                + QByteArray::number(m_rng.below(10)) + ".0";
            if (!apps[static_cast<size_t>(app.def)].stateful)
                app.templateHash = suffix(m_rng.next() % (kSuffix5Space * kSuffix5Space), 10);
            ns.apps.push_back(std::move(app));
        }
    }

    // Every pod gets a slot; positions are spread over the nodes round-robin after a shuffle, so
    // namespaces mix on nodes and IPs stay unique (node /24 + slot).
    std::vector<int> positions(static_cast<size_t>(total));
    for (int i = 0; i < total; ++i)
        positions[static_cast<size_t>(i)] = i;
    for (int i = total - 1; i > 0; --i)
        std::swap(
            positions[static_cast<size_t>(i)], positions[static_cast<size_t>(m_rng.below(i + 1))]);

    m_pods.reserve(static_cast<size_t>(total));
    for (size_t i = 0; i < m_namespaces.size(); ++i) {
        NamespaceInfo &ns = m_namespaces[i];
        for (size_t a = 0; a < ns.apps.size(); ++a) {
            AppInstance &app = ns.apps[a];
            const AppDef &def = apps[static_cast<size_t>(app.def)];
            app.firstPod = static_cast<int>(m_pods.size());
            for (int r = 0; r < app.replicas; ++r) {
                const int index = static_cast<int>(m_pods.size());
                PodInfo pod;
                pod.ns = static_cast<int>(i);
                pod.app = static_cast<int>(a);
                if (def.stateful) {
                    pod.name = Bytes(def.name) + '-' + QByteArray::number(r);
                } else {
                    const quint64 mixed
                        = (static_cast<quint64>(index) * 5800079U + m_suffixOffset) % kSuffix5Space;
                    pod.name = Bytes(def.name) + '-' + app.templateHash + '-' + suffix(mixed, 5);
                }
                const int slot = positions[static_cast<size_t>(index)];
                pod.node = slot % m_nodeCount;
                pod.ip = podCidrBase(pod.node) + 2U + static_cast<quint32>(slot / m_nodeCount);
                m_pods.push_back(std::move(pod));
            }
        }
    }
}

QList<ContainerPort> containerPorts(const AppDef &def)
{
    QList<ContainerPort> ports;
    for (const PortDef &port : def.ports)
        ports.append({str(port.name), port.port, str(port.protocol)});
    return ports;
}

GeneratedPart ClusterBuilder::namespacesPart() const
{
    GeneratedPart part {"namespaces.yaml", "namespaces", {}};
    for (const NamespaceInfo &ns : m_namespaces) {
        Namespace n;
        n.meta = metaOf(ns.name, {},
            {{"kubernetes.io/metadata.name", ns.name}, {"environment", ns.environment},
                {"team", ns.team}, {"tier", ns.tier}});
        part.data.namespaces.append(std::move(n));
    }
    return part;
}

GeneratedPart ClusterBuilder::serviceAccountsPart() const
{
    const auto &apps = catalog();
    GeneratedPart part {"serviceaccounts.yaml", "service accounts", {}};
    const auto add = [&part](ObjectMeta meta) {
        ServiceAccount account;
        account.meta = std::move(meta);
        part.data.serviceAccounts.append(std::move(account));
    };
    for (const NamespaceInfo &ns : m_namespaces) {
        add(metaOf("default", ns.name));
        for (const AppInstance &app : ns.apps) {
            const AppDef &def = apps[static_cast<size_t>(app.def)];
            add(metaOf(
                def.name, ns.name, {{"app", def.name}, {"role", def.role}, {"team", ns.team}}));
        }
    }
    return part;
}

GeneratedPart ClusterBuilder::nodesPart() const
{
    GeneratedPart part {"nodes.yaml", "nodes", {}};
    for (int n = 0; n < m_nodeCount; ++n) {
        const Bytes name = nodeName(n);
        Node node;
        node.meta = metaOf(name, {},
            {{"kubernetes.io/hostname", name}, {"kubernetes.io/os", "linux"},
                {"topology.kubernetes.io/zone", kZones[static_cast<size_t>(n) % kZones.size()]}});
        node.podCIDRs = {str(ipText(podCidrBase(n)) + "/24")};
        node.addresses = {{QStringLiteral("InternalIP"), str(ipText(nodeIp(n)))},
            {QStringLiteral("Hostname"), str(name)}};
        part.data.nodes.append(std::move(node));
    }
    return part;
}

GeneratedPart ClusterBuilder::workloadsPart() const
{
    const auto &apps = catalog();
    GeneratedPart part {"workloads.yaml", "deployments and stateful sets", {}};
    for (const NamespaceInfo &ns : m_namespaces) {
        for (const AppInstance &app : ns.apps) {
            const AppDef &def = apps[static_cast<size_t>(app.def)];
            WorkloadTemplate w;
            w.kind = def.stateful ? ResourceKind::StatefulSet : ResourceKind::Deployment;
            w.meta = metaOf(def.name, ns.name, {{"app", def.name}});
            w.replicas = app.replicas;
            std::vector<std::pair<Bytes, Bytes>> labels = {{"app", def.name}, {"role", def.role},
                {"tier", def.tier}, {"version", app.version}};
            if (app.def == CoreDns)
                labels.push_back({"k8s-app", "kube-dns"});
            w.templateLabels = labelsOf(labels);
            w.serviceAccountName = str(def.name);
            w.ports = containerPorts(def);
            part.data.workloads.append(std::move(w));
        }
    }
    return part;
}

GeneratedPart ClusterBuilder::podsPart() const
{
    const auto &apps = catalog();
    GeneratedPart part {"pods.yaml", "pods", {}};
    part.data.pods.reserve(static_cast<qsizetype>(m_pods.size()));
    for (const PodInfo &info : m_pods) {
        const NamespaceInfo &ns = m_namespaces[static_cast<size_t>(info.ns)];
        const AppInstance &app = ns.apps[static_cast<size_t>(info.app)];
        const AppDef &def = apps[static_cast<size_t>(app.def)];
        std::vector<std::pair<Bytes, Bytes>> labels
            = {{"app", def.name}, {"role", def.role}, {"tier", def.tier}, {"version", app.version}};
        if (!app.templateHash.isEmpty())
            labels.push_back({"pod-template-hash", app.templateHash});
        if (app.def == CoreDns)
            labels.push_back({"k8s-app", "kube-dns"});
        Pod pod;
        pod.meta = metaOf(info.name, ns.name, labels);
        pod.serviceAccountName = str(def.name);
        pod.nodeName = str(nodeName(info.node));
        pod.ports = containerPorts(def);
        pod.podIPs = {str(ipText(info.ip))};
        part.data.pods.append(std::move(pod));
    }
    return part;
}

GeneratedPart ClusterBuilder::servicesPart() const
{
    const auto &apps = catalog();
    GeneratedPart part {"services.yaml", "services and endpoint slices", {}};
    quint32 clusterIp = ipv4(10, 96, 0, 10); // kube-dns first, as kubeadm does
    quint64 sliceCounter = 0;
    constexpr int kMaxEndpointsPerSlice = 100;
    for (const NamespaceInfo &ns : m_namespaces) {
        for (const AppInstance &app : ns.apps) {
            const AppDef &def = apps[static_cast<size_t>(app.def)];
            const Bytes serviceName = app.def == CoreDns ? Bytes("kube-dns") : Bytes(def.name);
            Service service;
            service.meta = metaOf(serviceName, ns.name, {{"app", def.name}});
            service.selector = labelsOf({{"app", def.name}});
            service.type = QStringLiteral("ClusterIP");
            service.clusterIP = str(ipText(clusterIp++));
            for (const PortDef &port : def.ports) {
                ServicePort p;
                p.name = str(port.name);
                p.protocol = str(port.protocol);
                p.port = port.port;
                p.targetPortName = str(port.name);
                service.ports.append(std::move(p));
            }
            part.data.services.append(std::move(service));
            for (int begin = 0; begin < app.replicas; begin += kMaxEndpointsPerSlice) {
                const int end = std::min(app.replicas, begin + kMaxEndpointsPerSlice);
                const quint64 mixed
                    = (sliceCounter++ * 9999991U + m_suffixOffset + 1234567U) % kSuffix5Space;
                EndpointSlice slice;
                slice.meta = metaOf(serviceName + '-' + suffix(mixed, 5), ns.name,
                    {{"kubernetes.io/service-name", serviceName},
                        {"endpointslice.kubernetes.io/managed-by",
                            "endpointslice-controller.k8s.io"}});
                slice.addressType = QStringLiteral("IPv4");
                for (int r = begin; r < end; ++r) {
                    const PodInfo &pod
                        = m_pods[static_cast<size_t>(app.firstPod) + static_cast<size_t>(r)];
                    slice.endpoints.append(
                        {{str(ipText(pod.ip))}, str(nodeName(pod.node)), str(pod.name)});
                }
                for (const PortDef &port : def.ports)
                    slice.ports.append({str(port.name), str(port.protocol), port.port});
                part.data.endpointSlices.append(std::move(slice));
            }
        }
    }
    return part;
}

GeneratedPart ClusterBuilder::tiersPart() const
{
    GeneratedPart part {"tiers.yaml", "tiers (the built-in ones are not written)", {}};
    struct TierDef {
        const char *name;
        int order;
        const char *defaultAction;
    };
    const TierDef tiers[]
        = {{"security", 100, "Pass"}, {"platform", 200, "Pass"}, {"application", 500, "Deny"}};
    for (const TierDef &def : tiers) {
        Tier tier;
        tier.meta = metaOf(def.name);
        tier.order = def.order;
        tier.defaultAction = str(def.defaultAction);
        part.data.tiers.append(std::move(tier));
    }
    return part;
}

GeneratedPart ClusterBuilder::networkSetsPart() const
{
    GeneratedPart part {"networksets.yaml", "global network sets and network sets", {}};
    struct SetDef {
        const char *name;
        const char *labelKey;
        const char *labelValue;
        std::vector<const char *> nets;
    };
    const SetDef globals[] = {
        {"threat-feed", "threat-feed", "true",
            {"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"}},
        {"corporate-offices", "role", "corporate", {"172.20.0.0/16", "172.21.4.0/22"}},
        {"cloud-metadata", "role", "metadata", {"169.254.169.254/32"}},
        {"kubernetes-nodes", "role", "nodes", {"172.16.0.0/12"}},
    };
    for (const SetDef &def : globals) {
        NetworkSet set;
        set.global = true;
        set.meta = metaOf(def.name, {}, {{def.labelKey, def.labelValue}});
        for (const char *net : def.nets)
            set.nets.append(str(net));
        part.data.networkSets.append(std::move(set));
    }
    for (size_t j = 0; j < m_productNamespaces.size(); ++j) {
        if (j % 4 != 0)
            continue;
        const NamespaceInfo &ns = m_namespaces[static_cast<size_t>(m_productNamespaces[j])];
        const quint32 block = static_cast<quint32>(j / 4);
        NetworkSet set;
        set.meta = metaOf("partners", ns.name, {{"role", "partner"}});
        // 100.64.0.0/10 (shared address space): a /24 and a single address per set.
        set.nets = {str(ipText(ipv4(100, 64, 0, 0) + ((block % 16384U) << 8)) + "/24"),
            str(ipText(ipv4(100, 127, 0, 1) + block % 65000U))};
        part.data.networkSets.append(std::move(set));
    }
    return part;
}

GeneratedPart ClusterBuilder::hostEndpointsPart() const
{
    const int count = m_options.hostEndpoints < 0 ? std::min(m_nodeCount, 3)
                                                  : std::min(m_nodeCount, m_options.hostEndpoints);
    GeneratedPart part {"hostendpoints.yaml", "host endpoints", {}};
    const Protocol tcp = Protocol::fromString(QStringLiteral("TCP"));
    for (int n = 0; n < count; ++n) {
        const Bytes node = nodeName(n);
        HostEndpoint hep;
        hep.meta = metaOf(node + "-eth0", {},
            {{"host-endpoint", "true"}, {"kubernetes.io/hostname", node}, {"environment", "prod"}});
        hep.node = str(node);
        hep.interfaceName = QStringLiteral("eth0");
        hep.expectedIPs = {str(ipText(nodeIp(n)))};
        hep.ports = {{QStringLiteral("ssh"), tcp, 22}, {QStringLiteral("kubelet"), tcp, 10250}};
        part.data.hostEndpoints.append(std::move(hep));
    }
    return part;
}

// ---------------------------------------------------------------------------------------
// Policies

const NamespaceInfo *ClusterBuilder::randomProductNamespace()
{
    if (m_productNamespaces.empty())
        return m_namespaces.empty() ? nullptr : &m_namespaces.front();
    return &m_namespaces[static_cast<size_t>(m_rng.pick(m_productNamespaces))];
}

int ClusterBuilder::randomApp(const NamespaceInfo *ns)
{
    if (ns && !ns->apps.empty())
        return ns->apps[static_cast<size_t>(m_rng.below(static_cast<int>(ns->apps.size())))].def;
    return kFirstProductApp + m_rng.below(static_cast<int>(catalog().size()) - kFirstProductApp);
}

int ClusterBuilder::otherApp(const NamespaceInfo *ns, int app)
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int other = randomApp(ns);
        if (other != app)
            return other;
    }
    return app == appIndex("web") ? appIndex("frontend") : appIndex("web");
}

std::vector<Bytes> ClusterBuilder::depsIn(const NamespaceInfo *ns, int app) const
{
    const AppDef &def = catalog()[static_cast<size_t>(app)];
    std::vector<Bytes> present;
    for (const char *dep : def.deps) {
        const int index = appIndex(dep);
        if (!ns)
            continue;
        for (const AppInstance &instance : ns->apps) {
            if (instance.def == index)
                present.emplace_back(dep);
        }
    }
    if (present.empty()) {
        for (const char *dep : def.deps)
            present.emplace_back(dep);
    }
    if (present.empty())
        present.emplace_back("api");
    return present;
}

Bytes ClusterBuilder::randomOrder()
{
    static const char *const orders[] = {"", "100", "200", "250", "300", "500", "750.5", "1000"};
    return orders[m_rng.below(8)];
}

Bytes ClusterBuilder::uniqueName(PolicyKind kind, const Bytes &ns, Bytes name)
{
    const Bytes prefix = QByteArray::number(static_cast<int>(kind)) + '/' + ns + '/';
    if (!m_policyNames.contains(prefix + name)) {
        m_policyNames.insert(prefix + name);
        return name;
    }
    for (int i = 2;; ++i) {
        const Bytes candidate = name + '-' + QByteArray::number(i);
        if (!m_policyNames.contains(prefix + candidate)) {
            m_policyNames.insert(prefix + candidate);
            return candidate;
        }
    }
}

Entity dnsDestination()
{
    Entity e;
    e.selector = eq("k8s-app", "kube-dns");
    e.namespaceSelector = eq("kubernetes.io/metadata.name", "kube-system");
    e.ports = {portNumber(53)};
    return e;
}

CalicoPolicyText ClusterBuilder::globalPolicy(bool staged)
{
    const int kind = staged ? 2 : 0;
    constexpr int kTemplates = 12;
    int which = m_templateCounter[kind]++ % kTemplates;
    const int round = (m_templateCounter[kind] - 1) / kTemplates;
    if (staged && (which == 6 || which == 7))
        which = which == 6 ? 0 : 1; // no preDNAT / doNotTrack staged policies

    const NamespaceInfo *target = randomProductNamespace();
    const Bytes team = target ? target->team : Bytes("platform");
    const Bytes env = target ? target->environment : Bytes("prod");
    // The first round applies cluster-wide; later rounds narrow to one team's namespaces.
    const Bytes narrow = round == 0 ? Bytes() : both(eq("team", team), eq("environment", env));
    const Bytes nameSuffix = round == 0 ? Bytes() : '-' + team + '-' + env;

    CalicoPolicyText p;
    p.kind = staged ? PolicyKind::StagedGlobal : PolicyKind::Global;
    Bytes name;
    switch (which) {
    case 0: { // security: log and deny egress to the threat feed
        p.tier = "security";
        p.order = "10";
        name = "block-threat-feed";
        p.selector = "all()";
        p.namespaceSelector = narrow;
        p.types = {"Egress"};
        CalicoRule log;
        log.action = "Log";
        log.destination.selector = eq("threat-feed", "true");
        CalicoRule deny = log;
        deny.action = "Deny";
        p.egress = {log, deny};
        break;
    }
    case 1: { // platform: DNS egress for every workload
        p.tier = "platform";
        p.order = "100";
        name = "allow-dns";
        p.selector = "has(app)";
        p.namespaceSelector = narrow;
        p.types = {"Egress"};
        CalicoRule udp;
        udp.protocol = "UDP";
        udp.destination = dnsDestination();
        CalicoRule tcp = udp;
        tcp.protocol = "TCP";
        p.egress = {udp, tcp};
        break;
    }
    case 2: { // platform: Prometheus scrapes the metrics named port
        p.tier = "platform";
        p.order = "200";
        name = "allow-prometheus-scrape";
        p.selector = round == 0 ? Bytes("has(app)") : eq("tier", m_rng.pick(kNamespaceTiers));
        p.namespaceSelector = narrow;
        p.types = {"Ingress"};
        CalicoRule r;
        r.protocol = "TCP";
        r.source.selector = eq("app", "prometheus");
        r.source.namespaceSelector = eq("kubernetes.io/metadata.name", "monitoring");
        r.destination.ports = {portName("metrics")};
        p.ingress = {r};
        break;
    }
    case 3: { // security: production accepts nothing from dev and qa
        p.tier = "security";
        p.order = "50";
        name = "isolate-prod";
        p.selector = "all()";
        p.namespaceSelector
            = both(eq("environment", "prod"), round == 0 ? Bytes() : eq("team", team));
        p.types = {"Ingress"};
        CalicoRule deny;
        deny.action = "Deny";
        deny.source.namespaceSelector = in("environment", {"dev", "qa"});
        CalicoRule pass;
        pass.action = "Pass";
        pass.source.namespaceSelector = eq("environment", "prod");
        p.ingress = {deny, pass};
        break;
    }
    case 4: { // security: databases only from backends (Pass on to the next tier)
        p.tier = "security";
        p.order = "60";
        name = "protect-databases";
        p.selector = eq("role", "database");
        p.namespaceSelector = narrow;
        p.types = {"Ingress"};
        CalicoRule pass;
        pass.action = "Pass";
        pass.source.selector = in("role", {"backend", "worker", "batch", "monitoring"});
        CalicoRule log;
        log.action = "Log";
        log.protocol = "TCP";
        log.destination.ports = {portNumber(5432), portNumber(3306)};
        CalicoRule deny;
        deny.action = "Deny";
        p.ingress = {pass, log, deny};
        break;
    }
    case 5: { // host endpoints: ssh and kubelet from the node network
        name = "host-allow-management";
        p.order = "100";
        p.selector = eq("host-endpoint", "true");
        p.types = {"Ingress", "Egress"};
        CalicoRule ssh;
        ssh.protocol = "TCP";
        ssh.source.selector = eq("role", "corporate");
        ssh.destination.ports = {portNumber(22)};
        CalicoRule kubelet;
        kubelet.protocol = "TCP";
        kubelet.source.nets = {"172.16.0.0/12"};
        kubelet.destination.ports = {portName("kubelet"), portNumber(10250)};
        p.ingress = {ssh, kubelet};
        CalicoRule out;
        p.egress = {out};
        break;
    }
    case 6: { // host endpoints: drop the threat feed before DNAT
        name = "host-prednat-block";
        p.order = "5";
        p.selector = eq("host-endpoint", "true");
        p.types = {"Ingress"};
        p.preDNAT = true;
        p.applyOnForward = true;
        CalicoRule deny;
        deny.action = "Deny";
        deny.source.nets = {"192.0.2.0/24", "198.51.100.0/24"};
        p.ingress = {deny};
        break;
    }
    case 7: { // host endpoints: untracked VXLAN between nodes
        name = "host-untracked-vxlan";
        p.order = "10";
        p.selector = eq("host-endpoint", "true");
        p.types = {"Ingress", "Egress"};
        p.doNotTrack = true;
        p.applyOnForward = true;
        CalicoRule in;
        in.protocol = "UDP";
        in.source.nets = {"172.16.0.0/12"};
        in.destination.ports = {portNumber(4789)};
        CalicoRule out;
        out.protocol = "UDP";
        out.destination.nets = {"172.16.0.0/12"};
        out.destination.ports = {portNumber(4789)};
        p.ingress = {in};
        p.egress = {out};
        break;
    }
    case 8: { // default tier: ping in both families
        name = "allow-icmp";
        p.order = "500";
        p.selector = "has(app)";
        p.namespaceSelector = narrow;
        p.types = {"Ingress"};
        CalicoRule v4;
        v4.protocol = "ICMP";
        v4.icmpType = 8;
        v4.icmpCode = 0;
        CalicoRule v6;
        v6.ipVersion = 6;
        v6.protocol = "ICMPv6";
        v6.icmpType = 128;
        p.ingress = {v4, v6};
        break;
    }
    case 9: { // default tier: default deny for one team's production namespaces
        name = "default-deny";
        p.order = "10000";
        p.selector = "all()";
        p.namespaceSelector = both(eq("environment", "prod"), eq("team", team));
        name += '-' + team;
        p.types = {"Ingress", "Egress"};
        break;
    }
    case 10: { // frontends may reach the internet on 443, not private ranges
        name = "frontends-to-internet";
        p.order = "300";
        p.selector = eq("role", "frontend");
        p.namespaceSelector = narrow;
        p.types = {"Egress"};
        CalicoRule r;
        r.protocol = "TCP";
        r.notProtocol = nullptr;
        r.destination.notNets = {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"};
        r.destination.ports = {portNumber(443)};
        CalicoRule metadata;
        metadata.action = "Deny";
        metadata.destination.selector = eq("role", "metadata");
        p.egress = {metadata, r};
        break;
    }
    default: { // service accounts and Kubernetes services
        const int app = randomApp(target);
        const AppDef &def = catalog()[static_cast<size_t>(app)];
        name = Bytes("sa-") + def.name + "-egress";
        p.order = "400";
        p.selector = "all()";
        p.namespaceSelector = narrow;
        p.serviceAccountSelector = eq("app", def.name);
        p.types = {"Egress"};
        CalicoRule sa;
        sa.protocol = "TCP";
        sa.destination.serviceAccounts = true;
        sa.destination.serviceAccountSelector = in("role", {"backend", "database", "cache"});
        CalicoRule dns;
        dns.destination.serviceName = "kube-dns";
        dns.destination.serviceNamespace = "kube-system";
        p.egress = {sa, dns};
        break;
    }
    }
    if (which != 9)
        name += nameSuffix;
    if (staged) {
        static const char *const actions[] = {"Set", "Set", "Learn", "Ignore"};
        p.stagedAction = actions[m_rng.below(4)];
        name = "staged-" + name;
    }
    if (!p.tier.isEmpty())
        name = p.tier + '.' + name;
    p.name = uniqueName(p.kind, Bytes(), name);
    return p;
}

CalicoPolicyText ClusterBuilder::namespacedPolicy(bool staged)
{
    const int kind = staged ? 3 : 1;
    constexpr int kTemplates = 10;
    const int which = m_templateCounter[kind]++ % kTemplates;

    const NamespaceInfo *ns = randomProductNamespace();
    const auto &apps = catalog();
    const int a = randomApp(ns);
    const int b = otherApp(ns, a);
    const AppDef &A = apps[static_cast<size_t>(a)];
    const AppDef &B = apps[static_cast<size_t>(b)];
    const PortDef &mainPort = A.ports.front();

    CalicoPolicyText p;
    p.kind = staged ? PolicyKind::StagedNamespaced : PolicyKind::Namespaced;
    p.ns = ns->name;
    p.order = randomOrder();
    p.selector = eq("app", A.name);
    Bytes name;
    switch (which) {
    case 0: { // B → A on A's main named port
        name = Bytes("allow-") + B.name + "-to-" + A.name;
        p.types = {"Ingress"};
        CalicoRule r;
        r.protocol = mainPort.protocol;
        r.source.selector = eq("app", B.name);
        r.destination.ports = {portName(mainPort.name)};
        r.annotations = {
            {"owner", ns->team}, {"ticket", "NET-" + QByteArray::number(1000 + m_rng.below(9000))}};
        p.ingress = {r};
        break;
    }
    case 1: { // A's egress: DNS and its dependencies on their numeric ports
        name = Bytes(A.name) + "-egress";
        p.types = {"Egress"};
        CalicoRule dns;
        dns.protocol = "UDP";
        dns.destination = dnsDestination();
        const std::vector<Bytes> deps = depsIn(ns, a);
        CalicoRule r;
        r.protocol = "TCP";
        r.destination.selector = in("app", deps);
        for (const Bytes &dep : deps) {
            const int d = appIndex(dep);
            if (d >= 0)
                r.destination.ports.push_back(
                    portNumber(apps[static_cast<size_t>(d)].ports.front().port));
        }
        std::sort(r.destination.ports.begin(), r.destination.ports.end(),
            [](const PortValue &x, const PortValue &y) { return x.text.toInt() < y.text.toInt(); });
        r.destination.ports.erase(
            std::unique(r.destination.ports.begin(), r.destination.ports.end(),
                [](const PortValue &x, const PortValue &y) { return x.text == y.text; }),
            r.destination.ports.end());
        p.egress = {dns, r};
        break;
    }
    case 2: { // frontends of another team's namespaces
        const Bytes team = m_rng.pick(kTeams);
        name = Bytes("allow-") + team + "-frontends";
        p.selector = eq("role", "backend");
        p.types = {"Ingress"};
        CalicoRule r;
        r.protocol = "TCP";
        r.source.namespaceSelector = both(eq("team", team), eq("environment", ns->environment));
        r.source.selector = both(eq("role", "frontend"), "version starts with \"v\"");
        r.destination.ports = {portName("http"), portNumber(8080)};
        p.ingress = {r};
        break;
    }
    case 3: { // by service account
        name = Bytes(A.name) + "-from-service-accounts";
        p.types = {"Ingress"};
        CalicoRule r;
        r.protocol = "TCP";
        r.source.serviceAccounts = true;
        r.source.serviceAccountNames = {B.name, "default"};
        r.destination.ports = {portNumber(mainPort.port)};
        p.ingress = {r};
        break;
    }
    case 4: { // to a dependency's Kubernetes service
        const Bytes dep = depsIn(ns, a).front();
        name = Bytes(A.name) + "-to-" + dep + "-service";
        p.types = {"Egress"};
        CalicoRule r;
        r.destination.serviceName = dep;
        r.destination.serviceNamespace = ns->name;
        p.egress = {r};
        break;
    }
    case 5: { // partners: a NetworkSet by label, and a CIDR
        name = Bytes(A.name) + "-partners";
        p.types = {"Ingress", "Egress"};
        CalicoRule in;
        in.protocol = "TCP";
        in.source.nets = {ipText(ipv4(100, 64, static_cast<quint32>(m_rng.below(256)), 0)) + "/24"};
        in.destination.ports = {portNumber(443)};
        CalicoRule out;
        out.protocol = "TCP";
        out.destination.selector = eq("role", "partner");
        out.destination.ports = {portNumber(443), portNumber(8443)};
        p.ingress = {in};
        p.egress = {out};
        break;
    }
    case 6: { // the application tier: a lockdown ending in Deny
        p.tier = "application";
        p.order = QByteArray::number(100 + 10 * m_rng.below(50));
        name = Bytes(A.name) + "-lockdown";
        p.types = {"Ingress", "Egress"};
        CalicoRule allow;
        allow.protocol = mainPort.protocol;
        allow.source.selector = eq("app", B.name);
        allow.destination.ports = {portName(mainPort.name)};
        CalicoRule scrape;
        scrape.protocol = "TCP";
        scrape.source.namespaceSelector = eq("kubernetes.io/metadata.name", "monitoring");
        scrape.source.selector = "all()";
        CalicoRule log;
        log.action = "Log";
        log.notProtocol = "UDP";
        CalicoRule deny;
        deny.action = "Deny";
        p.ingress = {allow, scrape, log, deny};
        CalicoRule dns;
        dns.protocol = "UDP";
        dns.destination.ports = {portNumber(53)};
        CalicoRule data;
        data.protocol = "TCP";
        data.destination.selector = eq("tier", "data");
        data.destination.notSelector = eq("role", "queue");
        CalicoRule denyOut;
        denyOut.action = "Deny";
        p.egress = {dns, data, denyOut};
        break;
    }
    case 7: { // L7: read-only HTTP API for frontends
        name = Bytes(A.name) + "-http-read-only";
        p.types = {"Ingress"};
        CalicoRule r;
        r.protocol = "TCP";
        r.source.selector = eq("role", "frontend");
        r.httpMethods = {"GET", "HEAD"};
        r.httpPaths = {{"prefix", "/api/"}, {"exact", "/healthz"}};
        p.ingress = {r};
        break;
    }
    case 8: { // batch jobs must not touch the database port directly
        name = Bytes("deny-batch-to-") + A.name;
        p.order = "50";
        p.types = {"Ingress"};
        CalicoRule log;
        log.action = "Log";
        log.protocol = "TCP";
        log.source.selector = eq("role", "batch");
        CalicoRule deny = log;
        deny.action = "Deny";
        deny.destination.ports = {portNumber(5432), portNumber(3306), portRange(6379, 6380)};
        deny.destination.notPorts = {};
        p.ingress = {log, deny};
        break;
    }
    default: { // IPv4-only egress to the pod network, a range of ports
        name = Bytes(A.name) + "-pod-network";
        p.types = {"Egress"};
        CalicoRule r;
        r.ipVersion = 4;
        r.protocol = "TCP";
        r.destination.nets = {"10.128.0.0/9"};
        r.destination.notNets = {"10.128.0.0/24"};
        r.destination.ports = {portRange(8000, 8999)};
        r.destination.notPorts = {portNumber(8081)};
        p.egress = {r};
        break;
    }
    }
    if (staged) {
        static const char *const actions[] = {"Set", "Set", "Learn", "Ignore"};
        p.stagedAction = actions[m_rng.below(4)];
        name = "staged-" + name;
    }
    if (!p.tier.isEmpty())
        name = p.tier + '.' + name;
    p.name = uniqueName(p.kind, p.ns, name);
    return p;
}

K8sSelector labelsSelector(std::vector<std::pair<Bytes, Bytes>> labels)
{
    K8sSelector s;
    s.matchLabels = std::move(labels);
    return s;
}

K8sPolicyText ClusterBuilder::kubernetesPolicy(bool staged)
{
    const int kind = staged ? 5 : 4;
    constexpr int kTemplates = 6;
    const int which = m_templateCounter[kind]++ % kTemplates;

    const NamespaceInfo *ns = randomProductNamespace();
    const auto &apps = catalog();
    const int a = randomApp(ns);
    const int b = otherApp(ns, a);
    const AppDef &A = apps[static_cast<size_t>(a)];
    const AppDef &B = apps[static_cast<size_t>(b)];
    const PortDef &mainPort = A.ports.front();

    K8sPolicyText p;
    p.staged = staged;
    p.ns = ns->name;
    p.podSelector = labelsSelector({{"app", A.name}});
    Bytes name;
    switch (which) {
    case 0: {
        name = Bytes("allow-") + B.name + "-to-" + A.name;
        p.policyTypes = {"Ingress"};
        K8sRuleText r;
        K8sPeerText peer;
        peer.podSelector = labelsSelector({{"app", B.name}});
        r.peers = {peer};
        r.ports = {{mainPort.protocol, portName(mainPort.name), 0}};
        p.ingress = {r};
        break;
    }
    case 1: {
        name = "default-deny-ingress";
        p.podSelector = {};
        p.policyTypes = {"Ingress"};
        break;
    }
    case 2: {
        name = Bytes(A.name) + "-egress";
        p.policyTypes = {"Egress"};
        K8sRuleText dns;
        K8sPeerText kubeDns;
        kubeDns.namespaceSelector
            = labelsSelector({{"kubernetes.io/metadata.name", "kube-system"}});
        kubeDns.podSelector = labelsSelector({{"k8s-app", "kube-dns"}});
        dns.peers = {kubeDns};
        dns.ports = {{"UDP", portNumber(53), 0}, {"TCP", portNumber(53), 0}};
        K8sRuleText data;
        K8sPeerText stores;
        K8sSelector sel;
        sel.matchExpressions = {{"role", "In", {"database", "cache"}}};
        stores.podSelector = sel;
        data.peers = {stores};
        data.ports = {{nullptr, portNumber(5432), 0}, {nullptr, portNumber(6379), 0},
            {nullptr, portNumber(3306), 0}};
        p.egress = {dns, data};
        break;
    }
    case 3: {
        const Bytes team = m_rng.pick(kTeams);
        name = Bytes("allow-") + team + "-to-" + A.name;
        p.policyTypes = {"Ingress"};
        K8sRuleText r;
        K8sPeerText peer;
        peer.namespaceSelector = labelsSelector({{"team", team}});
        K8sSelector pods;
        pods.matchExpressions = {{"app", "Exists", {}}, {"role", "NotIn", {"batch"}}};
        peer.podSelector = pods;
        r.peers = {peer};
        r.ports = {{"TCP", portNumber(8000), 8100}, {"TCP", portName("http"), 0}};
        p.ingress = {r};
        break;
    }
    case 4: {
        name = Bytes(A.name) + "-internet-egress";
        p.policyTypes = {"Egress"};
        K8sRuleText r;
        K8sPeerText peer;
        peer.cidr = "0.0.0.0/0";
        peer.except = {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"};
        r.peers = {peer};
        r.ports = {{"TCP", portNumber(443), 0}};
        p.egress = {r};
        break;
    }
    default: {
        name = Bytes(A.name) + "-from-non-dev";
        p.policyTypes = {"Ingress", "Egress"};
        K8sRuleText r;
        K8sPeerText peer;
        K8sSelector namespaces;
        namespaces.matchExpressions = {{"environment", "NotIn", {"dev", "qa"}}};
        peer.namespaceSelector = namespaces;
        r.peers = {peer};
        p.ingress = {r};
        K8sRuleText out; // egress to anywhere
        p.egress = {out};
        break;
    }
    }
    if (staged) {
        static const char *const actions[] = {"Set", "Learn"};
        p.stagedAction = actions[m_rng.below(2)];
        name = "staged-" + name;
    }
    p.name = uniqueName(staged ? PolicyKind::StagedKubernetes : PolicyKind::Kubernetes, p.ns, name);
    return p;
}

QList<Port> portsOf(const std::vector<PortValue> &values)
{
    QList<Port> ports;
    for (const PortValue &value : values)
        ports.append(Port::parse(str(value.text)).value());
    return ports;
}

QStringList stringsOf(const std::vector<Bytes> &values)
{
    QStringList out;
    for (const Bytes &value : values)
        out.append(str(value));
    return out;
}

QStringList stringsOf(const std::vector<const char *> &values)
{
    QStringList out;
    for (const char *value : values)
        out.append(str(value));
    return out;
}

EntityRule entityOf(const Entity &e)
{
    EntityRule out;
    out.nets = stringsOf(e.nets);
    out.selector = str(e.selector);
    out.namespaceSelector = str(e.namespaceSelector);
    out.ports = portsOf(e.ports);
    out.notNets = stringsOf(e.notNets);
    out.notSelector = str(e.notSelector);
    out.notPorts = portsOf(e.notPorts);
    if (e.serviceAccounts)
        out.serviceAccounts
            = ServiceAccountMatch {stringsOf(e.serviceAccountNames), str(e.serviceAccountSelector)};
    if (!e.serviceName.isEmpty())
        out.services = ServiceMatch {str(e.serviceName), str(e.serviceNamespace)};
    return out;
}

Rule ruleOf(const CalicoRule &r)
{
    Rule out;
    out.action = str(r.action);
    if (r.ipVersion)
        out.ipVersion = r.ipVersion;
    if (r.protocol)
        out.protocol = Protocol::fromString(str(r.protocol));
    if (r.icmpType >= 0) {
        IcmpFields icmp;
        icmp.type = r.icmpType;
        if (r.icmpCode >= 0)
            icmp.code = r.icmpCode;
        out.icmp = icmp;
    }
    if (r.notProtocol)
        out.notProtocol = Protocol::fromString(str(r.notProtocol));
    out.source = entityOf(r.source);
    out.destination = entityOf(r.destination);
    if (!r.httpMethods.empty() || !r.httpPaths.empty()) {
        HttpMatch http;
        http.methods = stringsOf(r.httpMethods);
        for (const auto &[kind, path] : r.httpPaths) {
            HttpPath p;
            (std::string_view(kind) == "exact" ? p.exact : p.prefix) = str(path);
            http.paths.append(std::move(p));
        }
        out.http = std::move(http);
    }
    out.annotations = labelsOf(r.annotations);
    return out;
}

ResourceKind calicoKind(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Global:
        return ResourceKind::GlobalNetworkPolicy;
    case PolicyKind::Namespaced:
        return ResourceKind::NetworkPolicy;
    case PolicyKind::StagedGlobal:
        return ResourceKind::StagedGlobalNetworkPolicy;
    case PolicyKind::StagedNamespaced:
        return ResourceKind::StagedNetworkPolicy;
    case PolicyKind::Kubernetes:
        return ResourceKind::KubernetesNetworkPolicy;
    case PolicyKind::StagedKubernetes:
        return ResourceKind::StagedKubernetesNetworkPolicy;
    }
    return ResourceKind::GlobalNetworkPolicy;
}

CalicoPolicy policyOf(const CalicoPolicyText &p)
{
    CalicoPolicy out;
    out.kind = calicoKind(p.kind);
    out.meta = metaOf(p.name, p.ns);
    out.tier = effectiveTier(str(p.tier));
    if (!p.order.isEmpty())
        out.order = p.order.toDouble();
    out.selector = str(p.selector);
    out.namespaceSelector = str(p.namespaceSelector);
    out.serviceAccountSelector = str(p.serviceAccountSelector);
    out.types = stringsOf(p.types);
    for (const CalicoRule &r : p.ingress)
        out.ingress.append(ruleOf(r));
    for (const CalicoRule &r : p.egress)
        out.egress.append(ruleOf(r));
    out.doNotTrack = p.doNotTrack;
    out.preDNAT = p.preDNAT;
    out.applyOnForward = p.applyOnForward;
    if (p.stagedAction)
        out.stagedAction = str(p.stagedAction);
    return out;
}

LabelSelector selectorOf(const K8sSelector &s)
{
    LabelSelector out;
    out.matchLabels = labelsOf(s.matchLabels);
    for (const K8sExpression &e : s.matchExpressions)
        out.matchExpressions.append({str(e.key), str(e.op), stringsOf(e.values)});
    return out;
}

K8sRule kubernetesRuleOf(const K8sRuleText &r)
{
    K8sRule out;
    for (const K8sPortText &port : r.ports) {
        K8sPort p;
        if (port.protocol)
            p.protocol = str(port.protocol);
        if (port.port) {
            if (port.port->number)
                p.number = port.port->text.toInt();
            else
                p.name = str(port.port->text);
        }
        if (port.endPort)
            p.endPort = port.endPort;
        out.ports.append(std::move(p));
    }
    for (const K8sPeerText &peer : r.peers) {
        K8sPeer p;
        if (peer.podSelector)
            p.podSelector = selectorOf(*peer.podSelector);
        if (peer.namespaceSelector)
            p.namespaceSelector = selectorOf(*peer.namespaceSelector);
        if (!peer.cidr.isEmpty())
            p.ipBlock = IpBlock {str(peer.cidr), stringsOf(peer.except)};
        out.peers.append(std::move(p));
    }
    return out;
}

KubernetesNetworkPolicy kubernetesPolicyOf(const K8sPolicyText &p)
{
    KubernetesNetworkPolicy out;
    out.staged = p.staged;
    if (p.stagedAction)
        out.stagedAction = str(p.stagedAction);
    out.meta = metaOf(p.name, p.ns);
    out.podSelector = selectorOf(p.podSelector);
    out.policyTypes = stringsOf(p.policyTypes);
    for (const K8sRuleText &r : p.ingress)
        out.ingress.append(kubernetesRuleOf(r));
    for (const K8sRuleText &r : p.egress)
        out.egress.append(kubernetesRuleOf(r));
    return out;
}

void ClusterBuilder::buildPolicies(
    GeneratedPart &global, GeneratedPart &namespaced, GeneratedPart &kubernetes)
{
    // One pattern of 20 positions fixes the mix (45% NetworkPolicy, 25% Kubernetes, 10% global,
    // 10% staged namespaced, 5% staged global, 5% staged Kubernetes); its first six positions
    // hold one of each kind, so even a handful of policies shows every kind.
    static const PolicyKind pattern[20] = {
        PolicyKind::Global,
        PolicyKind::Namespaced,
        PolicyKind::Kubernetes,
        PolicyKind::StagedNamespaced,
        PolicyKind::StagedGlobal,
        PolicyKind::StagedKubernetes,
        PolicyKind::Namespaced,
        PolicyKind::Kubernetes,
        PolicyKind::Namespaced,
        PolicyKind::Namespaced,
        PolicyKind::Kubernetes,
        PolicyKind::Namespaced,
        PolicyKind::Global,
        PolicyKind::Namespaced,
        PolicyKind::Kubernetes,
        PolicyKind::Namespaced,
        PolicyKind::StagedNamespaced,
        PolicyKind::Namespaced,
        PolicyKind::Kubernetes,
        PolicyKind::Namespaced,
    };
    const int total = m_options.policies;
    const bool haveNamespaces = !m_namespaces.empty();
    for (int i = 0; i < total; ++i) {
        PolicyKind kind = pattern[i % 20];
        if (!haveNamespaces) {
            if (kind == PolicyKind::StagedNamespaced || kind == PolicyKind::StagedKubernetes)
                kind = PolicyKind::StagedGlobal;
            else if (kind == PolicyKind::Namespaced || kind == PolicyKind::Kubernetes)
                kind = PolicyKind::Global;
        }
        switch (kind) {
        case PolicyKind::Global:
        case PolicyKind::StagedGlobal:
            global.data.policies.append(policyOf(globalPolicy(kind == PolicyKind::StagedGlobal)));
            break;
        case PolicyKind::Namespaced:
        case PolicyKind::StagedNamespaced:
            namespaced.data.policies.append(
                policyOf(namespacedPolicy(kind == PolicyKind::StagedNamespaced)));
            break;
        case PolicyKind::Kubernetes:
        case PolicyKind::StagedKubernetes:
            kubernetes.data.kubernetesPolicies.append(
                kubernetesPolicyOf(kubernetesPolicy(kind == PolicyKind::StagedKubernetes)));
            break;
        }
    }
}

std::vector<GeneratedPart> ClusterBuilder::parts()
{
    std::vector<GeneratedPart> out;
    out.push_back(namespacesPart());
    out.push_back(serviceAccountsPart());
    out.push_back(nodesPart());
    out.push_back(workloadsPart());
    out.push_back(podsPart());
    out.push_back(servicesPart());
    out.push_back(tiersPart());
    out.push_back(networkSetsPart());
    out.push_back(hostEndpointsPart());
    GeneratedPart global {"globalpolicies.yaml", "global network policies (and staged ones)", {}};
    GeneratedPart namespaced {"policies.yaml", "network policies (and staged ones)", {}};
    GeneratedPart kubernetes {
        "kubernetes-policies.yaml", "Kubernetes network policies (and staged ones)", {}};
    buildPolicies(global, namespaced, kubernetes);
    out.push_back(std::move(global));
    out.push_back(std::move(namespaced));
    out.push_back(std::move(kubernetes));
    return out;
}

/// The cluster's parts, or why the options cannot give one.
Result<std::vector<GeneratedPart>> buildParts(const Generator &generator)
{
    if (const Result<void> checked = generator.checkOptions(); !checked)
        return checked.error();
    ClusterBuilder builder(generator.options(), generator.nodeCount());
    return builder.parts();
}

} // namespace

Generator::Generator(GeneratorOptions options) : m_options(options) { }

int Generator::nodeCount() const
{
    if (m_options.nodes > 0)
        return m_options.nodes;
    const int perNode = std::max(1, m_options.podsPerNode);
    return std::max(1, (m_options.pods + perNode - 1) / perNode);
}

Result<void> Generator::checkOptions() const
{
    const GeneratorOptions &o = m_options;
    auto tr = [](const char *text) { return QCoreApplication::translate("ps::Generator", text); };
    if (o.namespaces < 0 || o.namespaces > kMaxNamespaces)
        return Error {tr("the number of namespaces must be between 0 and %1").arg(kMaxNamespaces)};
    if (o.pods < 0 || o.pods > kMaxPods)
        return Error {tr("the number of pods must be between 0 and %1").arg(kMaxPods)};
    if (o.policies < 0 || o.policies > kMaxPolicies)
        return Error {tr("the number of policies must be between 0 and %1").arg(kMaxPolicies)};
    if (o.podsPerNode < 1 || o.podsPerNode > kMaxPodsPerNode)
        return Error {tr("pods per node must be between 1 and %1").arg(kMaxPodsPerNode)};
    if (o.nodes < 0 || o.nodes > kMaxNodes)
        return Error {tr("the number of nodes must be between 1 and %1").arg(kMaxNodes)};
    if (o.pods > 0 && o.namespaces == 0)
        return Error {tr("pods need at least one namespace")};
    const qint64 capacity = static_cast<qint64>(nodeCount()) * o.podsPerNode;
    if (capacity < o.pods) {
        return Error {tr("%1 nodes with %2 pods each cannot hold %3 pods")
                          .arg(nodeCount())
                          .arg(o.podsPerNode)
                          .arg(o.pods)};
    }
    if (nodeCount() > kMaxNodes)
        return Error {tr("the cluster would need more than %1 nodes").arg(kMaxNodes)};
    return {};
}

Result<QList<GeneratedFile>> Generator::generateFiles() const
{
    Result<std::vector<GeneratedPart>> parts = buildParts(*this);
    if (!parts)
        return parts.error();
    QList<GeneratedFile> files;
    for (GeneratedPart &part : parts.value()) {
        Workspace workspace(std::move(part.data));
        if (workspace.isEmpty())
            continue;
        GeneratedFile file;
        file.name = QString::fromLatin1(part.name);
        file.resources = workspace.resourceCount();
        file.content = "# Synthetic cluster from `policyctl generate` (seed "
            + QByteArray::number(m_options.seed) + "): " + part.what + '\n'
            + Writer().write(workspace);
        files.append(std::move(file));
    }
    return files;
}

Result<Workspace> Generator::generateWorkspace() const
{
    Result<std::vector<GeneratedPart>> parts = buildParts(*this);
    if (!parts)
        return parts.error();
    Workspace workspace;
    for (GeneratedPart &part : parts.value())
        workspace = workspace.merged(Workspace(std::move(part.data)));
    return workspace;
}

Result<QByteArray> Generator::generateYaml() const
{
    Result<QList<GeneratedFile>> files = generateFiles();
    if (!files)
        return files.error();
    qsizetype size = 0;
    for (const GeneratedFile &file : files.value())
        size += file.content.size() + 4;
    QByteArray out;
    out.reserve(size);
    for (const GeneratedFile &file : files.value()) {
        if (!out.isEmpty())
            out.append("---\n");
        out.append(file.content);
    }
    return out;
}

} // namespace ps
