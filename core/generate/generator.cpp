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

// ---------------------------------------------------------------------------------------
// A minimal, fast YAML text builder: block style, two-space indentation.

class Text {
public:
    explicit Text(qsizetype reserve = 0) { m_bytes.reserve(reserve); }

    QByteArray take() { return std::move(m_bytes); }
    qsizetype documents() const { return m_documents; }

    void raw(QByteArrayView s) { m_bytes.append(s); }
    void ch(char c) { m_bytes.append(c); }
    void num(qint64 n)
    {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, n);
        m_bytes.append(buf, static_cast<qsizetype>(r.ptr - buf));
    }
    void indent(int n) { m_bytes.append(n, ' '); }
    void nl() { m_bytes.append('\n'); }

    /// A scalar, plain when that is unambiguous, otherwise single-quoted.
    void scalar(QByteArrayView v)
    {
        if (isPlainSafe(v)) {
            m_bytes.append(v);
            return;
        }
        m_bytes.append('\'');
        for (char c : v) {
            if (c == '\'')
                m_bytes.append('\'');
            m_bytes.append(c);
        }
        m_bytes.append('\'');
    }

    void comment(QByteArrayView line)
    {
        raw("# ");
        raw(line);
        nl();
    }
    void beginDocument(QByteArrayView apiVersion, QByteArrayView kind)
    {
        if (m_documents++ > 0)
            raw("---\n");
        raw("apiVersion: ");
        raw(apiVersion);
        raw("\nkind: ");
        raw(kind);
        nl();
    }

    void key(int ind, QByteArrayView k)
    {
        indent(ind);
        raw(k);
        raw(":\n");
    }
    void kv(int ind, QByteArrayView k, QByteArrayView v)
    {
        indent(ind);
        raw(k);
        raw(": ");
        scalar(v);
        nl();
    }
    void kvRaw(int ind, QByteArrayView k, QByteArrayView v)
    {
        indent(ind);
        raw(k);
        raw(": ");
        raw(v);
        nl();
    }
    void kvNum(int ind, QByteArrayView k, qint64 n)
    {
        indent(ind);
        raw(k);
        raw(": ");
        num(n);
        nl();
    }
    /// "- value" at indentation ind.
    void item(int ind, QByteArrayView v)
    {
        indent(ind);
        raw("- ");
        scalar(v);
        nl();
    }
    void itemRaw(int ind, QByteArrayView v)
    {
        indent(ind);
        raw("- ");
        raw(v);
        nl();
    }
    /// The key prefix inside a list item at ind: "- " for the first key, else two spaces.
    void itemKey(int ind, bool &first)
    {
        if (first) {
            indent(ind);
            raw("- ");
            first = false;
        } else {
            indent(ind + 2);
        }
    }
    void itemKv(int ind, bool &first, QByteArrayView k, QByteArrayView v)
    {
        itemKey(ind, first);
        raw(k);
        raw(": ");
        scalar(v);
        nl();
    }
    void itemKvRaw(int ind, bool &first, QByteArrayView k, QByteArrayView v)
    {
        itemKey(ind, first);
        raw(k);
        raw(": ");
        raw(v);
        nl();
    }
    void itemKvNum(int ind, bool &first, QByteArrayView k, qint64 n)
    {
        itemKey(ind, first);
        raw(k);
        raw(": ");
        num(n);
        nl();
    }
    void itemKeyOnly(int ind, bool &first, QByteArrayView k)
    {
        itemKey(ind, first);
        raw(k);
        raw(":\n");
    }

    static bool isPlainSafe(QByteArrayView v)
    {
        if (v.isEmpty())
            return false;
        const char c0 = v.front();
        if (!((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z')))
            return false;
        for (char c : v) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '/' || c == '-';
            if (!ok)
                return false;
        }
        // YAML 1.1 booleans and null spelled with letters only.
        static const char *const reserved[]
            = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"};
        if (v.size() <= 5) {
            char lower[6] = {};
            for (qsizetype i = 0; i < v.size(); ++i) {
                const char c = v[i];
                lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            }
            for (const char *word : reserved) {
                if (std::string_view(lower) == word)
                    return false;
            }
        }
        return true;
    }

private:
    QByteArray m_bytes;
    qsizetype m_documents = 0;
};

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

class ClusterBuilder {
public:
    ClusterBuilder(const GeneratorOptions &options, int nodes)
        : m_options(options), m_nodeCount(nodes), m_rng(options.seed)
    {
        m_suffixOffset = m_rng.next() % kSuffix5Space;
        buildNamespaces();
        buildPods();
    }

    QList<GeneratedFile> files();

private:
    void buildNamespaces();
    void buildPods();

    GeneratedFile namespacesFile();
    GeneratedFile serviceAccountsFile();
    GeneratedFile nodesFile();
    GeneratedFile workloadsFile();
    GeneratedFile podsFile();
    GeneratedFile servicesFile();
    GeneratedFile tiersFile();
    GeneratedFile networkSetsFile();
    GeneratedFile hostEndpointsFile();
    void buildPolicies();

    void header(Text &t, const char *what) const;
    GeneratedFile finish(const char *name, Text &t) const;

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

    void writePolicy(Text &t, const CalicoPolicyText &p);
    void writeRule(Text &t, int ind, const CalicoRule &r);
    void writeEntity(Text &t, int ind, const Entity &e);
    void writeK8sPolicy(Text &t, const K8sPolicyText &p);
    void writeK8sSelector(Text &t, int ind, const K8sSelector &s);
    void writeK8sRule(Text &t, int ind, const K8sRuleText &r, const char *peerKey);
    void writeContainerPorts(Text &t, int ind, const AppDef &def);
    static void writeLabels(Text &t, int ind, std::vector<std::pair<Bytes, Bytes>> labels);

    const GeneratorOptions &m_options;
    int m_nodeCount;
    Rng m_rng;
    quint64 m_suffixOffset = 0;
    std::vector<NamespaceInfo> m_namespaces;
    std::vector<int> m_productNamespaces;
    std::vector<PodInfo> m_pods;
    QSet<Bytes> m_policyNames;
    int m_templateCounter[6] = {};
    GeneratedFile m_globalPolicies;
    GeneratedFile m_policies;
    GeneratedFile m_kubernetesPolicies;
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

void ClusterBuilder::header(Text &t, const char *what) const
{
    Bytes line = "Synthetic cluster from `policyctl generate` (seed ";
    line += QByteArray::number(m_options.seed);
    line += "): ";
    line += what;
    t.comment(line);
}

GeneratedFile ClusterBuilder::finish(const char *name, Text &t) const
{
    GeneratedFile file;
    file.name = QString::fromLatin1(name);
    file.resources = t.documents();
    file.content = t.take();
    return file;
}

void ClusterBuilder::writeLabels(Text &t, int ind, std::vector<std::pair<Bytes, Bytes>> labels)
{
    if (labels.empty())
        return;
    std::sort(labels.begin(), labels.end());
    t.key(ind, "labels");
    for (const auto &[k, v] : labels)
        t.kv(ind + 2, k, v);
}

GeneratedFile ClusterBuilder::namespacesFile()
{
    Text t(static_cast<qsizetype>(m_namespaces.size()) * 220);
    header(t, "namespaces");
    for (const NamespaceInfo &ns : m_namespaces) {
        t.beginDocument("v1", "Namespace");
        t.key(0, "metadata");
        t.kv(2, "name", ns.name);
        writeLabels(t, 2,
            {{"kubernetes.io/metadata.name", ns.name}, {"environment", ns.environment},
                {"team", ns.team}, {"tier", ns.tier}});
    }
    return finish("namespaces.yaml", t);
}

GeneratedFile ClusterBuilder::serviceAccountsFile()
{
    const auto &apps = catalog();
    Text t(static_cast<qsizetype>(m_namespaces.size()) * 900);
    header(t, "service accounts");
    for (const NamespaceInfo &ns : m_namespaces) {
        t.beginDocument("v1", "ServiceAccount");
        t.key(0, "metadata");
        t.kv(2, "name", "default");
        t.kv(2, "namespace", ns.name);
        for (const AppInstance &app : ns.apps) {
            const AppDef &def = apps[static_cast<size_t>(app.def)];
            t.beginDocument("v1", "ServiceAccount");
            t.key(0, "metadata");
            t.kv(2, "name", def.name);
            t.kv(2, "namespace", ns.name);
            writeLabels(t, 2, {{"app", def.name}, {"role", def.role}, {"team", ns.team}});
        }
    }
    return finish("serviceaccounts.yaml", t);
}

GeneratedFile ClusterBuilder::nodesFile()
{
    Text t(static_cast<qsizetype>(m_nodeCount) * 420);
    header(t, "nodes");
    for (int n = 0; n < m_nodeCount; ++n) {
        const Bytes name = nodeName(n);
        t.beginDocument("v1", "Node");
        t.key(0, "metadata");
        t.kv(2, "name", name);
        writeLabels(t, 2,
            {{"kubernetes.io/hostname", name}, {"kubernetes.io/os", "linux"},
                {"topology.kubernetes.io/zone", kZones[static_cast<size_t>(n) % kZones.size()]}});
        t.key(0, "spec");
        t.key(2, "podCIDRs");
        t.itemRaw(4, ipText(podCidrBase(n)) + "/24");
        t.key(0, "status");
        t.key(2, "addresses");
        bool first = true;
        t.itemKv(4, first, "type", "InternalIP");
        t.itemKvRaw(4, first, "address", ipText(nodeIp(n)));
        first = true;
        t.itemKv(4, first, "type", "Hostname");
        t.itemKv(4, first, "address", name);
    }
    return finish("nodes.yaml", t);
}

void ClusterBuilder::writeContainerPorts(Text &t, int ind, const AppDef &def)
{
    t.key(ind, "ports");
    for (const PortDef &port : def.ports) {
        bool first = true;
        t.itemKv(ind + 2, first, "name", port.name);
        t.itemKvNum(ind + 2, first, "containerPort", port.port);
        t.itemKv(ind + 2, first, "protocol", port.protocol);
    }
}

GeneratedFile ClusterBuilder::workloadsFile()
{
    const auto &apps = catalog();
    Text t(static_cast<qsizetype>(m_namespaces.size()) * 4 * 900);
    header(t, "deployments and stateful sets");
    for (const NamespaceInfo &ns : m_namespaces) {
        for (const AppInstance &app : ns.apps) {
            const AppDef &def = apps[static_cast<size_t>(app.def)];
            t.beginDocument("apps/v1", def.stateful ? "StatefulSet" : "Deployment");
            t.key(0, "metadata");
            t.kv(2, "name", def.name);
            t.kv(2, "namespace", ns.name);
            writeLabels(t, 2, {{"app", def.name}});
            t.key(0, "spec");
            t.kvNum(2, "replicas", app.replicas);
            if (def.stateful)
                t.kv(2, "serviceName", def.name);
            t.key(2, "selector");
            t.key(4, "matchLabels");
            t.kv(6, "app", def.name);
            t.key(2, "template");
            t.key(4, "metadata");
            std::vector<std::pair<Bytes, Bytes>> labels = {{"app", def.name}, {"role", def.role},
                {"tier", def.tier}, {"version", app.version}};
            if (app.def == CoreDns)
                labels.push_back({"k8s-app", "kube-dns"});
            writeLabels(t, 6, labels);
            t.key(4, "spec");
            t.kv(6, "serviceAccountName", def.name);
            t.key(6, "containers");
            bool first = true;
            t.itemKv(8, first, "name", def.name);
            t.itemKv(
                8, first, "image", Bytes("registry.example.com/") + def.name + ':' + app.version);
            writeContainerPorts(t, 10, def);
        }
    }
    return finish("workloads.yaml", t);
}

GeneratedFile ClusterBuilder::podsFile()
{
    const auto &apps = catalog();
    Text t(static_cast<qsizetype>(m_pods.size()) * 720 + 256);
    header(t, "pods");
    for (const PodInfo &pod : m_pods) {
        const NamespaceInfo &ns = m_namespaces[static_cast<size_t>(pod.ns)];
        const AppInstance &app = ns.apps[static_cast<size_t>(pod.app)];
        const AppDef &def = apps[static_cast<size_t>(app.def)];
        const Bytes ip = ipText(pod.ip);
        t.beginDocument("v1", "Pod");
        t.key(0, "metadata");
        t.kv(2, "name", pod.name);
        t.kv(2, "namespace", ns.name);
        std::vector<std::pair<Bytes, Bytes>> labels
            = {{"app", def.name}, {"role", def.role}, {"tier", def.tier}, {"version", app.version}};
        if (!app.templateHash.isEmpty())
            labels.push_back({"pod-template-hash", app.templateHash});
        if (app.def == CoreDns)
            labels.push_back({"k8s-app", "kube-dns"});
        writeLabels(t, 2, std::move(labels));
        t.key(0, "spec");
        t.kv(2, "serviceAccountName", def.name);
        t.kv(2, "nodeName", nodeName(pod.node));
        t.key(2, "containers");
        bool first = true;
        t.itemKv(4, first, "name", def.name);
        t.itemKv(4, first, "image", Bytes("registry.example.com/") + def.name + ':' + app.version);
        writeContainerPorts(t, 6, def);
        t.key(0, "status");
        t.kv(2, "phase", "Running");
        t.kvRaw(2, "podIP", ip);
        t.key(2, "podIPs");
        first = true;
        t.itemKvRaw(4, first, "ip", ip);
    }
    return finish("pods.yaml", t);
}

GeneratedFile ClusterBuilder::servicesFile()
{
    const auto &apps = catalog();
    Text t(static_cast<qsizetype>(m_pods.size()) * 260
        + static_cast<qsizetype>(m_namespaces.size()) * 3000);
    header(t, "services and endpoint slices");
    quint32 clusterIp = ipv4(10, 96, 0, 10); // kube-dns first, as kubeadm does
    quint64 sliceCounter = 0;
    constexpr int kMaxEndpointsPerSlice = 100;
    for (const NamespaceInfo &ns : m_namespaces) {
        for (const AppInstance &app : ns.apps) {
            const AppDef &def = apps[static_cast<size_t>(app.def)];
            const Bytes serviceName = app.def == CoreDns ? Bytes("kube-dns") : Bytes(def.name);
            t.beginDocument("v1", "Service");
            t.key(0, "metadata");
            t.kv(2, "name", serviceName);
            t.kv(2, "namespace", ns.name);
            writeLabels(t, 2, {{"app", def.name}});
            t.key(0, "spec");
            t.kv(2, "type", "ClusterIP");
            t.kvRaw(2, "clusterIP", ipText(clusterIp++));
            t.key(2, "selector");
            t.kv(4, "app", def.name);
            t.key(2, "ports");
            for (const PortDef &port : def.ports) {
                bool first = true;
                t.itemKv(4, first, "name", port.name);
                t.itemKvNum(4, first, "port", port.port);
                t.itemKv(4, first, "protocol", port.protocol);
                t.itemKv(4, first, "targetPort", port.name);
            }
            for (int begin = 0; begin < app.replicas; begin += kMaxEndpointsPerSlice) {
                const int end = std::min(app.replicas, begin + kMaxEndpointsPerSlice);
                const quint64 mixed
                    = (sliceCounter++ * 9999991U + m_suffixOffset + 1234567U) % kSuffix5Space;
                t.beginDocument("discovery.k8s.io/v1", "EndpointSlice");
                t.key(0, "metadata");
                t.kv(2, "name", serviceName + '-' + suffix(mixed, 5));
                t.kv(2, "namespace", ns.name);
                writeLabels(t, 2,
                    {{"kubernetes.io/service-name", serviceName},
                        {"endpointslice.kubernetes.io/managed-by",
                            "endpointslice-controller.k8s.io"}});
                t.kv(0, "addressType", "IPv4");
                t.key(0, "endpoints");
                for (int r = begin; r < end; ++r) {
                    const PodInfo &pod = m_pods[static_cast<size_t>(app.firstPod + r)];
                    bool first = true;
                    t.itemKeyOnly(2, first, "addresses");
                    t.itemRaw(6, ipText(pod.ip));
                    t.key(4, "conditions");
                    t.kvRaw(6, "ready", "true");
                    t.kv(4, "nodeName", nodeName(pod.node));
                    t.key(4, "targetRef");
                    t.kv(6, "kind", "Pod");
                    t.kv(6, "name", pod.name);
                    t.kv(6, "namespace", ns.name);
                }
                t.key(0, "ports");
                for (const PortDef &port : def.ports) {
                    bool first = true;
                    t.itemKv(2, first, "name", port.name);
                    t.itemKvNum(2, first, "port", port.port);
                    t.itemKv(2, first, "protocol", port.protocol);
                }
            }
        }
    }
    return finish("services.yaml", t);
}

GeneratedFile ClusterBuilder::tiersFile()
{
    Text t(1024);
    header(t, "tiers (the built-in default tier is not written)");
    struct TierDef {
        const char *name;
        int order;
        const char *defaultAction;
    };
    const TierDef tiers[]
        = {{"security", 100, "Pass"}, {"platform", 200, "Pass"}, {"application", 500, "Deny"}};
    for (const TierDef &tier : tiers) {
        t.beginDocument("projectcalico.org/v3", "Tier");
        t.key(0, "metadata");
        t.kv(2, "name", tier.name);
        t.key(0, "spec");
        t.kvNum(2, "order", tier.order);
        t.kv(2, "defaultAction", tier.defaultAction);
    }
    return finish("tiers.yaml", t);
}

GeneratedFile ClusterBuilder::networkSetsFile()
{
    Text t(static_cast<qsizetype>(m_productNamespaces.size()) * 100 + 2048);
    header(t, "global network sets and network sets");
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
    for (const SetDef &set : globals) {
        t.beginDocument("projectcalico.org/v3", "GlobalNetworkSet");
        t.key(0, "metadata");
        t.kv(2, "name", set.name);
        writeLabels(t, 2, {{set.labelKey, set.labelValue}});
        t.key(0, "spec");
        t.key(2, "nets");
        for (const char *net : set.nets)
            t.itemRaw(4, net);
    }
    for (size_t j = 0; j < m_productNamespaces.size(); ++j) {
        if (j % 4 != 0)
            continue;
        const NamespaceInfo &ns = m_namespaces[static_cast<size_t>(m_productNamespaces[j])];
        const quint32 block = static_cast<quint32>(j / 4);
        t.beginDocument("projectcalico.org/v3", "NetworkSet");
        t.key(0, "metadata");
        t.kv(2, "name", "partners");
        t.kv(2, "namespace", ns.name);
        writeLabels(t, 2, {{"role", "partner"}});
        t.key(0, "spec");
        t.key(2, "nets");
        // 100.64.0.0/10 (shared address space): a /24 and a single address per set.
        t.itemRaw(4, ipText(ipv4(100, 64, 0, 0) + ((block % 16384U) << 8)) + "/24");
        t.itemRaw(4, ipText(ipv4(100, 127, 0, 1) + block % 65000U));
    }
    return finish("networksets.yaml", t);
}

GeneratedFile ClusterBuilder::hostEndpointsFile()
{
    const int count = m_options.hostEndpoints < 0 ? std::min(m_nodeCount, 3)
                                                  : std::min(m_nodeCount, m_options.hostEndpoints);
    Text t(static_cast<qsizetype>(count) * 500 + 256);
    header(t, "host endpoints");
    for (int n = 0; n < count; ++n) {
        const Bytes node = nodeName(n);
        t.beginDocument("projectcalico.org/v3", "HostEndpoint");
        t.key(0, "metadata");
        t.kv(2, "name", node + "-eth0");
        writeLabels(t, 2,
            {{"host-endpoint", "true"}, {"kubernetes.io/hostname", node}, {"environment", "prod"}});
        t.key(0, "spec");
        t.kv(2, "node", node);
        t.kv(2, "interfaceName", "eth0");
        t.key(2, "expectedIPs");
        t.itemRaw(4, ipText(nodeIp(n)));
        t.key(2, "ports");
        bool first = true;
        t.itemKv(4, first, "name", "ssh");
        t.itemKvNum(4, first, "port", 22);
        t.itemKv(4, first, "protocol", "TCP");
        first = true;
        t.itemKv(4, first, "name", "kubelet");
        t.itemKvNum(4, first, "port", 10250);
        t.itemKv(4, first, "protocol", "TCP");
    }
    return finish("hostendpoints.yaml", t);
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

void ClusterBuilder::writeEntity(Text &t, int ind, const Entity &e)
{
    auto ports = [&](const char *key, const std::vector<PortValue> &list) {
        if (list.empty())
            return;
        t.key(ind, key);
        for (const PortValue &port : list) {
            if (port.number)
                t.itemRaw(ind + 2, port.text);
            else
                t.item(ind + 2, port.text);
        }
    };
    auto nets = [&](const char *key, const std::vector<Bytes> &list) {
        if (list.empty())
            return;
        t.key(ind, key);
        for (const Bytes &net : list)
            t.itemRaw(ind + 2, net);
    };
    nets("nets", e.nets);
    if (!e.selector.isEmpty())
        t.kv(ind, "selector", e.selector);
    if (!e.namespaceSelector.isEmpty())
        t.kv(ind, "namespaceSelector", e.namespaceSelector);
    ports("ports", e.ports);
    nets("notNets", e.notNets);
    if (!e.notSelector.isEmpty())
        t.kv(ind, "notSelector", e.notSelector);
    ports("notPorts", e.notPorts);
    if (e.serviceAccounts) {
        t.key(ind, "serviceAccounts");
        if (!e.serviceAccountNames.empty()) {
            t.key(ind + 2, "names");
            for (const Bytes &n : e.serviceAccountNames)
                t.item(ind + 4, n);
        }
        if (!e.serviceAccountSelector.isEmpty())
            t.kv(ind + 2, "selector", e.serviceAccountSelector);
    }
    if (!e.serviceName.isEmpty()) {
        t.key(ind, "services");
        t.kv(ind + 2, "name", e.serviceName);
        if (!e.serviceNamespace.isEmpty())
            t.kv(ind + 2, "namespace", e.serviceNamespace);
    }
}

void ClusterBuilder::writeRule(Text &t, int ind, const CalicoRule &r)
{
    bool first = true;
    t.itemKv(ind, first, "action", r.action);
    if (r.ipVersion)
        t.itemKvNum(ind, first, "ipVersion", r.ipVersion);
    if (r.protocol)
        t.itemKv(ind, first, "protocol", r.protocol);
    if (r.icmpType >= 0) {
        t.itemKeyOnly(ind, first, "icmp");
        t.kvNum(ind + 4, "type", r.icmpType);
        if (r.icmpCode >= 0)
            t.kvNum(ind + 4, "code", r.icmpCode);
    }
    if (r.notProtocol)
        t.itemKv(ind, first, "notProtocol", r.notProtocol);
    if (!r.source.isEmpty()) {
        t.itemKeyOnly(ind, first, "source");
        writeEntity(t, ind + 4, r.source);
    }
    if (!r.destination.isEmpty()) {
        t.itemKeyOnly(ind, first, "destination");
        writeEntity(t, ind + 4, r.destination);
    }
    if (!r.httpMethods.empty() || !r.httpPaths.empty()) {
        t.itemKeyOnly(ind, first, "http");
        if (!r.httpMethods.empty()) {
            t.key(ind + 4, "methods");
            for (const char *m : r.httpMethods)
                t.item(ind + 6, m);
        }
        if (!r.httpPaths.empty()) {
            t.key(ind + 4, "paths");
            for (const auto &[kind, path] : r.httpPaths) {
                bool firstPath = true;
                t.itemKv(ind + 6, firstPath, kind, path);
            }
        }
    }
    if (!r.annotations.empty()) {
        t.itemKeyOnly(ind, first, "metadata");
        t.key(ind + 4, "annotations");
        for (const auto &[k, v] : r.annotations)
            t.kv(ind + 6, k, v);
    }
}

const char *calicoKindName(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Global:
        return "GlobalNetworkPolicy";
    case PolicyKind::Namespaced:
        return "NetworkPolicy";
    case PolicyKind::StagedGlobal:
        return "StagedGlobalNetworkPolicy";
    case PolicyKind::StagedNamespaced:
        return "StagedNetworkPolicy";
    case PolicyKind::Kubernetes:
        return "NetworkPolicy";
    case PolicyKind::StagedKubernetes:
        return "StagedKubernetesNetworkPolicy";
    }
    return "";
}

void ClusterBuilder::writePolicy(Text &t, const CalicoPolicyText &p)
{
    t.beginDocument("projectcalico.org/v3", calicoKindName(p.kind));
    t.key(0, "metadata");
    t.kv(2, "name", p.name);
    if (!p.ns.isEmpty())
        t.kv(2, "namespace", p.ns);
    t.key(0, "spec");
    if (p.stagedAction)
        t.kv(2, "stagedAction", p.stagedAction);
    if (!p.tier.isEmpty())
        t.kv(2, "tier", p.tier);
    if (!p.order.isEmpty())
        t.kvRaw(2, "order", p.order);
    t.kv(2, "selector", p.selector);
    if (!p.namespaceSelector.isEmpty())
        t.kv(2, "namespaceSelector", p.namespaceSelector);
    if (!p.serviceAccountSelector.isEmpty())
        t.kv(2, "serviceAccountSelector", p.serviceAccountSelector);
    if (!p.types.empty()) {
        t.key(2, "types");
        for (const char *type : p.types)
            t.item(4, type);
    }
    if (!p.ingress.empty()) {
        t.key(2, "ingress");
        for (const CalicoRule &r : p.ingress)
            writeRule(t, 4, r);
    }
    if (!p.egress.empty()) {
        t.key(2, "egress");
        for (const CalicoRule &r : p.egress)
            writeRule(t, 4, r);
    }
    if (p.doNotTrack)
        t.kvRaw(2, "doNotTrack", "true");
    if (p.preDNAT)
        t.kvRaw(2, "preDNAT", "true");
    if (p.applyOnForward)
        t.kvRaw(2, "applyOnForward", "true");
}

void ClusterBuilder::writeK8sSelector(Text &t, int ind, const K8sSelector &s)
{
    if (!s.matchLabels.empty()) {
        t.key(ind, "matchLabels");
        for (const auto &[k, v] : s.matchLabels)
            t.kv(ind + 2, k, v);
    }
    if (!s.matchExpressions.empty()) {
        t.key(ind, "matchExpressions");
        for (const K8sExpression &e : s.matchExpressions) {
            bool first = true;
            t.itemKv(ind + 2, first, "key", e.key);
            t.itemKv(ind + 2, first, "operator", e.op);
            if (!e.values.empty()) {
                t.key(ind + 4, "values");
                for (const Bytes &v : e.values)
                    t.item(ind + 6, v);
            }
        }
    }
}

void ClusterBuilder::writeK8sRule(Text &t, int ind, const K8sRuleText &r, const char *peerKey)
{
    if (r.peers.empty() && r.ports.empty()) {
        t.itemRaw(ind, "{}");
        return;
    }
    bool first = true;
    if (!r.peers.empty()) {
        t.itemKeyOnly(ind, first, peerKey);
        for (const K8sPeerText &peer : r.peers) {
            bool firstKey = true;
            if (!peer.cidr.isEmpty()) {
                t.itemKeyOnly(ind + 4, firstKey, "ipBlock");
                t.kvRaw(ind + 8, "cidr", peer.cidr);
                if (!peer.except.empty()) {
                    t.key(ind + 8, "except");
                    for (const Bytes &e : peer.except)
                        t.itemRaw(ind + 10, e);
                }
            }
            if (peer.namespaceSelector) {
                if (peer.namespaceSelector->matchLabels.empty()
                    && peer.namespaceSelector->matchExpressions.empty()) {
                    t.itemKvRaw(ind + 4, firstKey, "namespaceSelector", "{}");
                } else {
                    t.itemKeyOnly(ind + 4, firstKey, "namespaceSelector");
                    writeK8sSelector(t, ind + 8, *peer.namespaceSelector);
                }
            }
            if (peer.podSelector) {
                if (peer.podSelector->matchLabels.empty()
                    && peer.podSelector->matchExpressions.empty()) {
                    t.itemKvRaw(ind + 4, firstKey, "podSelector", "{}");
                } else {
                    t.itemKeyOnly(ind + 4, firstKey, "podSelector");
                    writeK8sSelector(t, ind + 8, *peer.podSelector);
                }
            }
        }
    }
    if (!r.ports.empty()) {
        t.itemKeyOnly(ind, first, "ports");
        for (const K8sPortText &port : r.ports) {
            bool firstKey = true;
            if (port.protocol)
                t.itemKv(ind + 4, firstKey, "protocol", port.protocol);
            if (port.port) {
                if (port.port->number)
                    t.itemKvRaw(ind + 4, firstKey, "port", port.port->text);
                else
                    t.itemKv(ind + 4, firstKey, "port", port.port->text);
            }
            if (port.endPort)
                t.itemKvNum(ind + 4, firstKey, "endPort", port.endPort);
            if (firstKey)
                t.itemRaw(ind + 4, "{}");
        }
    }
}

void ClusterBuilder::writeK8sPolicy(Text &t, const K8sPolicyText &p)
{
    if (p.staged)
        t.beginDocument("projectcalico.org/v3", "StagedKubernetesNetworkPolicy");
    else
        t.beginDocument("networking.k8s.io/v1", "NetworkPolicy");
    t.key(0, "metadata");
    t.kv(2, "name", p.name);
    t.kv(2, "namespace", p.ns);
    t.key(0, "spec");
    if (p.stagedAction)
        t.kv(2, "stagedAction", p.stagedAction);
    if (p.podSelector.matchLabels.empty() && p.podSelector.matchExpressions.empty()) {
        t.kvRaw(2, "podSelector", "{}");
    } else {
        t.key(2, "podSelector");
        writeK8sSelector(t, 4, p.podSelector);
    }
    if (!p.ingress.empty()) {
        t.key(2, "ingress");
        for (const K8sRuleText &r : p.ingress)
            writeK8sRule(t, 4, r, "from");
    }
    if (!p.egress.empty()) {
        t.key(2, "egress");
        for (const K8sRuleText &r : p.egress)
            writeK8sRule(t, 4, r, "to");
    }
    if (!p.policyTypes.empty()) {
        t.key(2, "policyTypes");
        for (const char *type : p.policyTypes)
            t.item(4, type);
    }
}

void ClusterBuilder::buildPolicies()
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
    Text global(static_cast<qsizetype>(total) * 120 + 256);
    Text namespaced(static_cast<qsizetype>(total) * 600 + 256);
    Text kubernetes(static_cast<qsizetype>(total) * 250 + 256);
    header(global, "global network policies (and staged ones)");
    header(namespaced, "network policies (and staged ones)");
    header(kubernetes, "Kubernetes network policies (and staged ones)");
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
            writePolicy(global, globalPolicy(kind == PolicyKind::StagedGlobal));
            break;
        case PolicyKind::Namespaced:
        case PolicyKind::StagedNamespaced:
            writePolicy(namespaced, namespacedPolicy(kind == PolicyKind::StagedNamespaced));
            break;
        case PolicyKind::Kubernetes:
        case PolicyKind::StagedKubernetes:
            writeK8sPolicy(kubernetes, kubernetesPolicy(kind == PolicyKind::StagedKubernetes));
            break;
        }
    }
    m_globalPolicies = finish("globalpolicies.yaml", global);
    m_policies = finish("policies.yaml", namespaced);
    m_kubernetesPolicies = finish("kubernetes-policies.yaml", kubernetes);
}

QList<GeneratedFile> ClusterBuilder::files()
{
    QList<GeneratedFile> out;
    auto add = [&out](GeneratedFile file) {
        if (file.resources > 0)
            out.append(std::move(file));
    };
    add(namespacesFile());
    add(serviceAccountsFile());
    add(nodesFile());
    add(workloadsFile());
    add(podsFile());
    add(servicesFile());
    add(tiersFile());
    add(networkSetsFile());
    add(hostEndpointsFile());
    buildPolicies();
    add(std::move(m_globalPolicies));
    add(std::move(m_policies));
    add(std::move(m_kubernetesPolicies));
    return out;
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

QString Generator::checkOptions() const
{
    const GeneratorOptions &o = m_options;
    auto tr = [](const char *text) { return QCoreApplication::translate("ps::Generator", text); };
    if (o.namespaces < 0 || o.namespaces > kMaxNamespaces)
        return tr("the number of namespaces must be between 0 and %1").arg(kMaxNamespaces);
    if (o.pods < 0 || o.pods > kMaxPods)
        return tr("the number of pods must be between 0 and %1").arg(kMaxPods);
    if (o.policies < 0 || o.policies > kMaxPolicies)
        return tr("the number of policies must be between 0 and %1").arg(kMaxPolicies);
    if (o.podsPerNode < 1 || o.podsPerNode > kMaxPodsPerNode)
        return tr("pods per node must be between 1 and %1").arg(kMaxPodsPerNode);
    if (o.nodes < 0 || o.nodes > kMaxNodes)
        return tr("the number of nodes must be between 1 and %1").arg(kMaxNodes);
    if (o.pods > 0 && o.namespaces == 0)
        return tr("pods need at least one namespace");
    const qint64 capacity = static_cast<qint64>(nodeCount()) * o.podsPerNode;
    if (capacity < o.pods) {
        return tr("%1 nodes with %2 pods each cannot hold %3 pods")
            .arg(nodeCount())
            .arg(o.podsPerNode)
            .arg(o.pods);
    }
    if (nodeCount() > kMaxNodes)
        return tr("the cluster would need more than %1 nodes").arg(kMaxNodes);
    return QString();
}

Result<QList<GeneratedFile>> Generator::generateFiles() const
{
    const QString problem = checkOptions();
    if (!problem.isEmpty()) {
        Error error;
        error.message = problem;
        return error;
    }
    ClusterBuilder builder(m_options, nodeCount());
    return builder.files();
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
