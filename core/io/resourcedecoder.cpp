#include "core/io/resourcedecoder_p.h"

#include <charconv>
#include <cmath>
#include <limits>

#include <QCoreApplication>

#include "core/io/didyoumean.h"
#include "core/model/kind.h"

namespace ps {

namespace {

QString toQString(std::string_view s)
{
    // QString::fromUtf8 drops a leading byte order mark; in a value it is a character.
    if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0)
        return QChar(0xFEFF) + toQString(s.substr(3));
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

bool parseDouble(std::string_view s, double &out)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size() && std::isfinite(out);
}

bool parseInteger(std::string_view s, long long &out)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec == std::errc() && end == s.data() + s.size())
        return true;
    // YAML float that holds an integer (80.0): kubectl accepts it where an int is expected.
    double d = 0;
    if (parseDouble(s, d) && d == std::floor(d) && std::fabs(d) < 9.0e18) {
        out = static_cast<long long>(d);
        return true;
    }
    return false;
}

bool isBoolWord(std::string_view s)
{
    static constexpr std::string_view words[]
        = {"true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"};
    for (const auto w : words) {
        if (s == w)
            return true;
    }
    return false;
}

std::optional<bool> boolValue(std::string_view s)
{
    static constexpr std::string_view yes[]
        = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"};
    static constexpr std::string_view no[]
        = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N"};
    for (const auto w : yes) {
        if (s == w)
            return true;
    }
    for (const auto w : no) {
        if (s == w)
            return false;
    }
    return std::nullopt;
}

constexpr quint64 bit(int i)
{
    return quint64(1) << i;
}

// Kinds that may well appear in a cluster dump but carry nothing policy evaluation needs.
bool isIgnoredKind(const QString &kind)
{
    // Kubernetes kinds first, then projectcalico.org/v3 kinds outside policy.
    static const QStringList ignored = {QStringLiteral("ConfigMap"), QStringLiteral("Secret"),
        QStringLiteral("Endpoints"), QStringLiteral("Ingress"), QStringLiteral("IngressClass"),
        QStringLiteral("Role"), QStringLiteral("RoleBinding"), QStringLiteral("ClusterRole"),
        QStringLiteral("ClusterRoleBinding"), QStringLiteral("PersistentVolume"),
        QStringLiteral("PersistentVolumeClaim"), QStringLiteral("StorageClass"),
        QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("PodDisruptionBudget"),
        QStringLiteral("LimitRange"), QStringLiteral("ResourceQuota"), QStringLiteral("Event"),
        QStringLiteral("CustomResourceDefinition"), QStringLiteral("Lease"),
        QStringLiteral("PriorityClass"), QStringLiteral("ValidatingWebhookConfiguration"),
        QStringLiteral("MutatingWebhookConfiguration"), QStringLiteral("APIService"),
        QStringLiteral("ControllerRevision"), QStringLiteral("PodTemplate"),
        QStringLiteral("CSIDriver"), QStringLiteral("CSINode"), QStringLiteral("VolumeAttachment"),
        QStringLiteral("AdminNetworkPolicy"), QStringLiteral("BaselineAdminNetworkPolicy"),
        QStringLiteral("ClusterNetworkPolicy"), QStringLiteral("BGPConfiguration"),
        QStringLiteral("BGPPeer"), QStringLiteral("BGPFilter"),
        QStringLiteral("FelixConfiguration"), QStringLiteral("IPPool"),
        QStringLiteral("IPReservation"), QStringLiteral("KubeControllersConfiguration"),
        QStringLiteral("ClusterInformation"), QStringLiteral("WorkloadEndpoint"),
        QStringLiteral("CalicoNodeStatus"), QStringLiteral("IPAMConfiguration"),
        QStringLiteral("BlockAffinity"), QStringLiteral("Node")};
    return ignored.contains(kind);
}

QStringList names(std::span<const std::string_view> list, quint64 allowed)
{
    QStringList out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (allowed & bit(int(i)))
            out.append(toQString(list[i]));
    }
    return out;
}

// Field tables. The order is the index passed to the handlers.
constexpr std::string_view kTopFields[] = {"apiVersion", "kind", "metadata", "spec", "status"};
enum { TopApiVersion, TopKind, TopMetadata, TopSpec, TopStatus };

constexpr std::string_view kListFields[] = {"apiVersion", "kind", "metadata", "items"};
enum { ListApiVersion, ListKind, ListMetadata, ListItems };

constexpr std::string_view kMetaFields[]
    = {"name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
        "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels",
        "annotations", "ownerReferences", "finalizers", "managedFields", "clusterName"};
enum {
    MetaName,
    MetaGenerateName,
    MetaNamespace,
    MetaSelfLink,
    MetaUid,
    MetaResourceVersion,
    MetaGeneration,
    MetaCreationTimestamp,
};
constexpr int MetaLabels = 10;
constexpr int MetaAnnotations = 11;

constexpr std::string_view kPolicyFields[] = {"tier", "order", "selector", "serviceAccountSelector",
    "namespaceSelector", "ingress", "egress", "types", "doNotTrack", "preDNAT", "applyOnForward",
    "performanceHints", "stagedAction"};
enum {
    PolTier,
    PolOrder,
    PolSelector,
    PolServiceAccountSelector,
    PolNamespaceSelector,
    PolIngress,
    PolEgress,
    PolTypes,
    PolDoNotTrack,
    PolPreDNAT,
    PolApplyOnForward,
    PolPerformanceHints,
    PolStagedAction,
};

constexpr std::string_view kRuleFields[] = {"action", "ipVersion", "protocol", "notProtocol",
    "icmp", "notICMP", "source", "destination", "http", "metadata"};
enum {
    RuleAction,
    RuleIpVersion,
    RuleProtocol,
    RuleNotProtocol,
    RuleIcmp,
    RuleNotIcmp,
    RuleSource,
    RuleDestination,
    RuleHttp,
    RuleMetadata,
};

constexpr std::string_view kEntityFields[] = {"nets", "notNets", "selector", "notSelector",
    "namespaceSelector", "ports", "notPorts", "serviceAccounts", "services"};
enum {
    EntNets,
    EntNotNets,
    EntSelector,
    EntNotSelector,
    EntNamespaceSelector,
    EntPorts,
    EntNotPorts,
    EntServiceAccounts,
    EntServices,
};

constexpr std::string_view kServiceAccountFields[] = {"names", "selector"};
constexpr std::string_view kServiceFields[] = {"name", "namespace"};
constexpr std::string_view kIcmpFields[] = {"type", "code"};
constexpr std::string_view kHttpFields[] = {"methods", "paths"};
constexpr std::string_view kHttpPathFields[] = {"exact", "prefix"};
constexpr std::string_view kRuleMetaFields[] = {"annotations"};

constexpr std::string_view kTierFields[] = {"order", "defaultAction"};
constexpr std::string_view kProfileFields[] = {"ingress", "egress", "labelsToApply"};
constexpr std::string_view kNetworkSetFields[] = {"nets"};
constexpr std::string_view kHostEndpointFields[]
    = {"node", "interfaceName", "expectedIPs", "profiles", "ports"};
constexpr std::string_view kEndpointPortFields[] = {"name", "protocol", "port"};

constexpr std::string_view kK8sPolicyFields[]
    = {"podSelector", "policyTypes", "ingress", "egress", "stagedAction"};
constexpr std::string_view kLabelSelectorFields[] = {"matchLabels", "matchExpressions"};
constexpr std::string_view kRequirementFields[] = {"key", "operator", "values"};
constexpr std::string_view kK8sIngressFields[] = {"from", "ports"};
constexpr std::string_view kK8sEgressFields[] = {"to", "ports"};
constexpr std::string_view kK8sPeerFields[] = {"podSelector", "namespaceSelector", "ipBlock"};
constexpr std::string_view kIpBlockFields[] = {"cidr", "except"};
constexpr std::string_view kK8sPortFields[] = {"protocol", "port", "endPort"};

constexpr std::string_view kPodSpecFields[]
    = {"serviceAccountName", "serviceAccount", "nodeName", "hostNetwork", "containers"};
constexpr std::string_view kContainerFields[] = {"ports"};
constexpr std::string_view kContainerPortFields[] = {"name", "containerPort", "protocol"};
constexpr std::string_view kPodStatusFields[] = {"podIP", "podIPs"};
constexpr std::string_view kPodIpFields[] = {"ip"};
constexpr std::string_view kWorkloadSpecFields[] = {"replicas", "template", "jobTemplate"};
constexpr std::string_view kJobTemplateFields[] = {"spec"};
constexpr std::string_view kTemplateFields[] = {"metadata", "spec"};
constexpr std::string_view kTemplateMetaFields[] = {"labels"};
constexpr std::string_view kServiceSpecFields[] = {"selector", "type", "clusterIP", "ports"};
constexpr std::string_view kServicePortFields[] = {"name", "protocol", "port", "targetPort"};
constexpr std::string_view kSliceFields[]
    = {"apiVersion", "kind", "metadata", "addressType", "endpoints", "ports"};
constexpr std::string_view kSliceEndpointFields[] = {"addresses", "nodeName", "targetRef"};
constexpr std::string_view kTargetRefFields[] = {"kind", "name"};
constexpr std::string_view kSlicePortFields[] = {"name", "protocol", "port"};
constexpr std::string_view kNodeSpecFields[] = {"podCIDR", "podCIDRs"};
constexpr std::string_view kNodeStatusFields[] = {"addresses"};
constexpr std::string_view kNodeAddressFields[] = {"type", "address"};

const QString &tcp()
{
    static const QString s = QStringLiteral("TCP");
    return s;
}

} // namespace

// Appends ".name" (or "[i]") to the current path for the lifetime of the scope and records
// the position of the value under the resulting path.
class ResourceDecoder::FieldScope {
public:
    FieldScope(ResourceDecoder &d, std::string_view name, const YamlNode &at) : m_d(d)
    {
        m_size = d.m_path.size();
        if (m_size > 0)
            d.m_path += u'.';
        d.m_componentStart.push_back(d.m_path.size());
        d.m_path += QLatin1StringView(name.data(), qsizetype(name.size()));
        record(at);
    }
    FieldScope(ResourceDecoder &d, const QString &name, const YamlNode &at) : m_d(d)
    {
        m_size = d.m_path.size();
        if (m_size > 0)
            d.m_path += u'.';
        d.m_componentStart.push_back(d.m_path.size());
        d.m_path += name;
        record(at);
    }
    ~FieldScope()
    {
        m_d.m_path.truncate(m_size);
        m_d.m_componentStart.pop_back();
    }
    FieldScope(const FieldScope &) = delete;
    FieldScope &operator=(const FieldScope &) = delete;

private:
    void record(const YamlNode &at) { m_d.m_map->insert(m_d.m_path, m_d.pos(at)); }
    ResourceDecoder &m_d;
    qsizetype m_size = 0;
};

class ResourceDecoder::IndexScope {
public:
    IndexScope(ResourceDecoder &d, std::uint32_t index, const YamlNode &at) : m_d(d)
    {
        m_size = d.m_path.size();
        d.m_path += u'[';
        d.m_path += QString::number(index);
        d.m_path += u']';
        d.m_map->insert(d.m_path, d.pos(at));
    }
    ~IndexScope() { m_d.m_path.truncate(m_size); }
    IndexScope(const IndexScope &) = delete;
    IndexScope &operator=(const IndexScope &) = delete;

private:
    ResourceDecoder &m_d;
    qsizetype m_size = 0;
};

ResourceDecoder::ResourceDecoder(const QString &file, QByteArrayView text, bool ascii,
    WorkspaceData &out, Diagnostics &diagnostics)
    : m_file(file), m_text(text), m_ascii(ascii), m_out(out), m_diagnostics(diagnostics)
{
    m_path.reserve(128);
    m_componentStart.reserve(32);
}

ResourceDecoder::~ResourceDecoder() = default;

// ---------------------------------------------------------------------------------------------
// Positions and diagnostics

SourcePos ResourceDecoder::pos(const YamlNode &node) const
{
    // A quoted scalar's position is its opening quote: the text inside starts a column later
    // (SourcePos::columnInValue), which places in the value (selector errors) need.
    char quote = 0;
    if (node.isScalar() && !node.plain && node.offset >= 0 && node.offset < m_text.size()) {
        const char c = m_text[node.offset];
        if (c == '"' || c == '\'')
            quote = c;
    }
    if (m_ascii)
        return {node.line + 1, node.column + 1, quote};
    // Columns in characters: count the UTF-8 lead bytes between the line start and the node.
    int column = 1;
    const qsizetype end = std::min<qsizetype>(node.offset, m_text.size());
    for (qsizetype i = std::max<qsizetype>(0, end - node.column); i < end; ++i) {
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++column;
    }
    return {node.line + 1, column, quote};
}

void ResourceDecoder::report(Severity severity, const YamlNode &node, const QString &message)
{
    const SourcePos p = pos(node);
    Diagnostic d;
    d.severity = severity;
    d.message = message;
    d.file = m_file;
    d.line = p.line;
    d.column = p.column;
    d.path = m_path;
    m_diagnostics.append(std::move(d));
}

QString ResourceDecoder::describe(const YamlNode &node) const
{
    switch (node.type) {
    case YamlNode::Type::Null:
        return tr("null");
    case YamlNode::Type::Sequence:
        return tr("a list");
    case YamlNode::Type::Map:
        return tr("a mapping");
    case YamlNode::Type::Scalar:
        break;
    }
    QString text = toQString(m_tree->scalar(node));
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("...");
    return quoted(text);
}

QString ResourceDecoder::currentName() const
{
    if (m_componentStart.empty())
        return m_path.isEmpty() ? tr("the document") : quoted(m_path);
    return quoted(m_path.mid(m_componentStart.back()));
}

void ResourceDecoder::typeError(const YamlNode &node, const QString &expected)
{
    error(node, tr("%1 must be %2, not %3").arg(currentName(), expected, describe(node)));
}

bool ResourceDecoder::spend()
{
    if (m_overBudget)
        return false;
    if (--m_budget >= 0)
        return true;
    m_overBudget = true;
    error(m_tree->root(), tr("the document expands to too many values through YAML aliases"));
    return false;
}

// ---------------------------------------------------------------------------------------------
// Structure

template<class F>
void ResourceDecoder::fields(const YamlNode &map, std::span<const std::string_view> table,
    const char *what, F &&onField, quint64 allowed, Strictness strictness)
{
    if (map.isNull() || !spend())
        return;
    if (!map.isMap()) {
        typeError(map, tr("a mapping"));
        return;
    }
    const bool strict
        = strictness == Strictness::Inherit ? m_strict : strictness == Strictness::Strict;
    quint64 seen = 0;
    for (std::uint32_t i = 0; i < map.size; ++i) {
        if (!spend())
            return;
        const YamlNode &key = m_tree->key(map, i);
        if (!key.isScalar()) {
            if (strict || !key.isNull())
                error(key, tr("a mapping key must be a string, not %1").arg(describe(key)));
            continue;
        }
        const std::string_view name = m_tree->scalar(key);
        int index = -1;
        for (std::size_t f = 0; f < table.size(); ++f) {
            if (table[f] == name) {
                index = int(f);
                break;
            }
        }
        if (index < 0 || !(allowed & bit(index))) {
            if (!strict)
                continue;
            const QString field = toQString(name);
            QString context = m_kindLabel;
            if (what && *what)
                context += u' ' + QLatin1StringView(what);
            // Point the path at the unknown field itself.
            const qsizetype size = m_path.size();
            if (size > 0)
                m_path += u'.';
            m_path += field;
            const QString suggestion = didYouMean(field, names(table, allowed));
            if (suggestion.isEmpty()) {
                error(key, tr("unknown field %1 in %2").arg(quoted(field), context));
            } else {
                error(key,
                    tr("unknown field %1 in %2; did you mean %3?")
                        .arg(quoted(field), context, quoted(suggestion)));
            }
            m_path.truncate(size);
            continue;
        }
        if (seen & bit(index)) {
            error(key, tr("duplicate field %1").arg(quoted(toQString(name))));
            continue;
        }
        seen |= bit(index);
        const YamlNode &value = m_tree->value(map, i);
        // An empty or null value has nothing to point at (the parser places an empty one
        // right after the colon); the key is the better place.
        const YamlNode &at = value.isNull() ? key : value;
        FieldScope scope(*this, table[size_t(index)], at);
        onField(index, value);
    }
}

template<class F> void ResourceDecoder::items(const YamlNode &sequence, F &&onItem)
{
    if (sequence.isNull() || !spend())
        return;
    if (!sequence.isSequence()) {
        typeError(sequence, tr("a list"));
        return;
    }
    for (std::uint32_t i = 0; i < sequence.size; ++i) {
        if (!spend())
            return;
        const YamlNode &item = m_tree->item(sequence, i);
        IndexScope scope(*this, i, item);
        onItem(item);
    }
}

// ---------------------------------------------------------------------------------------------
// Scalars

QString ResourceDecoder::string(const YamlNode &node)
{
    if (node.isScalar())
        return toQString(m_tree->scalar(node));
    if (!node.isNull())
        typeError(node, tr("a string"));
    return QString();
}

QStringList ResourceDecoder::strings(const YamlNode &node)
{
    QStringList out;
    if (node.isSequence())
        out.reserve(node.size);
    items(node, [&](const YamlNode &item) {
        if (item.isScalar())
            out.append(toQString(m_tree->scalar(item)));
        else if (item.isNull())
            out.append(QString());
        else
            typeError(item, tr("a string"));
    });
    return out;
}

Labels ResourceDecoder::labels(const YamlNode &node)
{
    Labels out;
    if (node.isNull() || !spend())
        return out;
    if (!node.isMap()) {
        typeError(node, tr("a mapping of strings"));
        return out;
    }
    for (std::uint32_t i = 0; i < node.size; ++i) {
        if (!spend())
            return out;
        const YamlNode &key = m_tree->key(node, i);
        const YamlNode &value = m_tree->value(node, i);
        if (!key.isScalar()) {
            error(key, tr("a key must be a string, not %1").arg(describe(key)));
            continue;
        }
        const QString name = toQString(m_tree->scalar(key));
        FieldScope scope(*this, name, value.isNull() ? key : value);
        if (out.contains(name)) {
            error(key, tr("duplicate key %1").arg(quoted(name)));
            continue;
        }
        if (value.isScalar()) {
            const std::string_view text = m_tree->scalar(value);
            double d = 0;
            if (value.plain && (isBoolWord(text) || parseDouble(text, d))) {
                report(Severity::Warning, value,
                    tr("%1 is not a string: Kubernetes rejects unquoted numbers and booleans "
                       "here; write %2")
                        .arg(toQString(text), quoted(toQString(text))));
            }
            out.insert(name, toQString(text));
        } else if (value.isNull()) {
            out.insert(name, QString());
        } else {
            typeError(value, tr("a string"));
        }
    }
    return out;
}

std::optional<double> ResourceDecoder::number(const YamlNode &node)
{
    if (node.isNull())
        return std::nullopt;
    double d = 0;
    if (node.isScalar() && node.plain && parseDouble(m_tree->scalar(node), d))
        return d;
    typeError(node, tr("a number"));
    return std::nullopt;
}

std::optional<int> ResourceDecoder::integer(const YamlNode &node)
{
    if (node.isNull())
        return std::nullopt;
    long long n = 0;
    if (node.isScalar() && node.plain && parseInteger(m_tree->scalar(node), n)) {
        if (n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max())
            return int(n);
        error(node, tr("%1 is out of range").arg(toQString(m_tree->scalar(node))));
        return std::nullopt;
    }
    typeError(node, tr("an integer"));
    return std::nullopt;
}

bool ResourceDecoder::boolean(const YamlNode &node)
{
    if (node.isNull())
        return false;
    if (node.isScalar() && node.plain) {
        if (const auto b = boolValue(m_tree->scalar(node)))
            return *b;
    }
    typeError(node, tr("true or false"));
    return false;
}

std::optional<Port> ResourceDecoder::port(const YamlNode &node)
{
    if (!node.isScalar()) {
        typeError(node, tr("a port number, range or name"));
        return std::nullopt;
    }
    const std::string_view text = m_tree->scalar(node);
    double d = 0;
    if (node.plain && parseDouble(text, d)) {
        // A YAML number: a single port (numorstring reads it as uint16).
        long long n = 0;
        if (!parseInteger(text, n)) {
            error(node, tr("port %1 is not a whole number").arg(toQString(text)));
            return std::nullopt;
        }
        if (n < 0 || n > 65535) {
            error(node, tr("port %1 is out of range (0-65535)").arg(toQString(text)));
            return std::nullopt;
        }
        return Port::single(int(n));
    }
    Result<Port> parsed = Port::parse(toQString(text));
    if (!parsed) {
        error(node, parsed.error().message);
        return std::nullopt;
    }
    return parsed.value();
}

QList<Port> ResourceDecoder::ports(const YamlNode &node)
{
    QList<Port> out;
    items(node, [&](const YamlNode &item) {
        if (const auto p = port(item))
            out.append(*p);
    });
    return out;
}

std::optional<Protocol> ResourceDecoder::protocol(const YamlNode &node)
{
    if (node.isNull())
        return std::nullopt;
    if (!node.isScalar()) {
        typeError(node, tr("a protocol name or number"));
        return std::nullopt;
    }
    const std::string_view text = m_tree->scalar(node);
    double d = 0;
    if (node.plain && parseDouble(text, d)) {
        long long n = 0;
        if (!parseInteger(text, n)) {
            error(node, tr("protocol %1 is not a whole number").arg(toQString(text)));
            return std::nullopt;
        }
        if (n < 0 || n > 255) {
            error(node, tr("protocol %1 is out of range (0-255)").arg(toQString(text)));
            return std::nullopt;
        }
        return Protocol::fromNumber(int(n));
    }
    return Protocol::fromString(toQString(text));
}

// ---------------------------------------------------------------------------------------------
// Documents, Lists and dispatch

void ResourceDecoder::decode(const YamlTree &tree, int documentIndex)
{
    if (tree.isEmpty())
        return;
    m_tree = &tree;
    m_document = documentIndex;
    m_budget = qint64(tree.nodeCount()) * 4 + 100000;
    m_overBudget = false;
    m_path.clear();
    m_componentStart.clear();
    m_kindLabel.clear();
    const YamlNode &root = tree.root();
    if (!root.isMap()) {
        error(root,
            tr("a document must be a mapping with apiVersion and kind, not %1")
                .arg(describe(root)));
        return;
    }
    decodeObject(root, QString(), QString(), false);
    m_tree = nullptr;
}

void ResourceDecoder::decodeObject(const YamlNode &object, const QString &defaultApiVersion,
    const QString &defaultKind, bool inList)
{
    m_path.clear();
    m_componentStart.clear();
    m_kindLabel.clear();
    if (!object.isMap()) {
        typeError(object, tr("a mapping with apiVersion and kind"));
        return;
    }
    const YamlNode *apiNode = m_tree->find(object, "apiVersion");
    const YamlNode *kindNode = m_tree->find(object, "kind");
    if (apiNode && apiNode->isNull())
        apiNode = nullptr;
    if (kindNode && kindNode->isNull())
        kindNode = nullptr;

    const auto scalarText
        = [&](const YamlNode *node, std::string_view field) -> std::optional<QString> {
        if (!node->isScalar()) {
            m_path = toQString(field);
            typeError(*node, tr("a string"));
            m_path.clear();
            return std::nullopt;
        }
        return toQString(m_tree->scalar(*node));
    };

    QString kind = defaultKind;
    if (kindNode) {
        const auto k = scalarText(kindNode, "kind");
        if (!k)
            return;
        kind = *k;
    }
    QString apiVersion = defaultApiVersion;
    if (apiNode) {
        const auto a = scalarText(apiNode, "apiVersion");
        if (!a)
            return;
        apiVersion = *a;
    }
    if (kind.isEmpty()) {
        error(object, tr("missing \"kind\""));
        return;
    }
    if (!apiNode && defaultApiVersion.isEmpty())
        error(object, tr("missing \"apiVersion\""));

    // Lists: v1 List, kubectl's <Kind>List, calicoctl's <Kind>List.
    if (kind.endsWith(QLatin1StringView("List"))) {
        const QString itemKind = kind.chopped(4);
        const bool generic = itemKind.isEmpty();
        const bool known = generic || kindFromApiVersion(apiVersion, itemKind).has_value();
        if (known || allKindNames().contains(itemKind)) {
            if (inList) {
                error(kindNode ? *kindNode : object, tr("a List cannot contain another List"));
                return;
            }
            if (!known) {
                m_path = QStringLiteral("apiVersion");
                error(apiNode ? *apiNode : object,
                    tr("kind %1 does not belong to apiVersion %2")
                        .arg(quoted(kind), quoted(apiVersion)));
                m_path.clear();
                return;
            }
            decodeList(object, generic ? QString() : apiVersion, itemKind);
            return;
        }
    }

    const std::optional<ResourceKind> resolved = kindFromApiVersion(apiVersion, kind);
    if (!resolved) {
        if (allKindNames().contains(kind)) {
            QString expected;
            for (int i = 0; i <= int(ResourceKind::ReplicationController); ++i) {
                if (kindName(ResourceKind(i)) == kind) {
                    if (!expected.isEmpty())
                        expected += QStringLiteral(" or ");
                    expected += quoted(kindApiVersion(ResourceKind(i)));
                }
            }
            if (!isIgnoredKind(kind)) {
                m_path = QStringLiteral("apiVersion");
                error(apiNode ? *apiNode : object,
                    tr("kind %1 does not belong to apiVersion %2 (expected %3)")
                        .arg(quoted(kind), quoted(apiVersion), expected));
                m_path.clear();
                return;
            }
        }
        m_path = QStringLiteral("kind");
        const bool ignored = isIgnoredKind(kind)
            || (kind.endsWith(QLatin1StringView("List")) && isIgnoredKind(kind.chopped(4)));
        if (ignored) {
            report(Severity::Warning, kindNode ? *kindNode : object,
                tr("kind %1 is not used by Policy Studio; ignored").arg(quoted(kind)));
        } else {
            const QString suggestion = didYouMean(kind, allKindNames());
            if (suggestion.isEmpty()) {
                error(kindNode ? *kindNode : object, tr("unknown kind %1").arg(quoted(kind)));
            } else {
                error(kindNode ? *kindNode : object,
                    tr("unknown kind %1; did you mean %2?").arg(quoted(kind), quoted(suggestion)));
            }
        }
        m_path.clear();
        return;
    }

    const ResourceKind k = *resolved;
    m_kindLabel = kindName(k);
    m_strict = kindIsCalico(k) || k == ResourceKind::KubernetesNetworkPolicy;
    beginResource(object);
    switch (k) {
    case ResourceKind::GlobalNetworkPolicy:
    case ResourceKind::NetworkPolicy:
    case ResourceKind::StagedGlobalNetworkPolicy:
    case ResourceKind::StagedNetworkPolicy:
        decodeCalicoPolicy(object, k);
        break;
    case ResourceKind::StagedKubernetesNetworkPolicy:
        decodeKubernetesPolicy(object, true);
        break;
    case ResourceKind::KubernetesNetworkPolicy:
        decodeKubernetesPolicy(object, false);
        break;
    case ResourceKind::Tier:
        decodeTier(object);
        break;
    case ResourceKind::Profile:
        decodeProfile(object);
        break;
    case ResourceKind::GlobalNetworkSet:
        decodeNetworkSet(object, true);
        break;
    case ResourceKind::NetworkSet:
        decodeNetworkSet(object, false);
        break;
    case ResourceKind::HostEndpoint:
        decodeHostEndpoint(object);
        break;
    case ResourceKind::Namespace:
        decodeNamespace(object);
        break;
    case ResourceKind::Pod:
        decodePod(object);
        break;
    case ResourceKind::ServiceAccount:
        decodeServiceAccount(object);
        break;
    case ResourceKind::Service:
        decodeService(object);
        break;
    case ResourceKind::Node:
        decodeNode(object);
        break;
    case ResourceKind::EndpointSlice:
        decodeEndpointSlice(object);
        break;
    case ResourceKind::Deployment:
    case ResourceKind::ReplicaSet:
    case ResourceKind::StatefulSet:
    case ResourceKind::DaemonSet:
    case ResourceKind::Job:
    case ResourceKind::CronJob:
    case ResourceKind::ReplicationController:
        decodeWorkload(object, k);
        break;
    }
    m_map.reset();
}

void ResourceDecoder::decodeList(
    const YamlNode &object, const QString &apiVersion, const QString &itemKind)
{
    // The List's own fields are not a resource: their positions are not kept.
    m_map = std::make_shared<SourceMap>();
    m_strict = false;
    m_kindLabel = QStringLiteral("List");
    const YamlNode *itemsNode = nullptr;
    fields(object, kListFields, "", [&](int field, const YamlNode &value) {
        if (field == ListItems)
            itemsNode = &value;
    });
    m_map.reset();
    if (!itemsNode || itemsNode->isNull())
        return;
    if (!itemsNode->isSequence()) {
        m_path = QStringLiteral("items");
        m_componentStart.assign(1, 0);
        typeError(*itemsNode, tr("a list"));
        m_path.clear();
        m_componentStart.clear();
        return;
    }
    for (std::uint32_t i = 0; i < itemsNode->size && !m_overBudget; ++i) {
        const YamlNode &item = m_tree->item(*itemsNode, i);
        if (!item.isMap()) {
            m_path = QStringLiteral("items[%1]").arg(i);
            m_componentStart.assign(1, 0);
            typeError(item, tr("a mapping with apiVersion and kind"));
            m_path.clear();
            m_componentStart.clear();
            continue;
        }
        decodeObject(item, apiVersion, itemKind, true);
    }
}

void ResourceDecoder::beginResource(const YamlNode &)
{
    m_map = std::make_shared<SourceMap>();
    m_path.clear();
    m_componentStart.clear();
}

Source ResourceDecoder::finishResource(const YamlNode &object)
{
    Source source;
    source.file = m_file;
    source.document = m_document;
    source.pos = pos(object);
    m_map->finish();
    source.fields = m_map;
    return source;
}

ObjectMeta ResourceDecoder::metadata(const YamlNode &node)
{
    ObjectMeta meta;
    fields(node, kMetaFields, "metadata", [&](int field, const YamlNode &value) {
        switch (field) {
        case MetaName:
            meta.name = string(value);
            break;
        case MetaGenerateName:
            meta.generateName = string(value);
            break;
        case MetaNamespace:
            meta.namespace_ = string(value);
            break;
        case MetaUid:
            meta.uid = string(value);
            break;
        case MetaResourceVersion:
            meta.resourceVersion = string(value);
            break;
        case MetaCreationTimestamp:
            meta.creationTimestamp = string(value);
            break;
        case MetaLabels:
            meta.labels = labels(value);
            break;
        case MetaAnnotations:
            meta.annotations = labels(value);
            break;
        default:
            break; // accepted, not kept
        }
    });
    return meta;
}

// ---------------------------------------------------------------------------------------------
// projectcalico.org/v3

void ResourceDecoder::decodeCalicoPolicy(const YamlNode &object, ResourceKind kind)
{
    CalicoPolicy policy;
    policy.kind = kind;
    const bool global = kind == ResourceKind::GlobalNetworkPolicy
        || kind == ResourceKind::StagedGlobalNetworkPolicy;
    const bool staged = kind == ResourceKind::StagedGlobalNetworkPolicy
        || kind == ResourceKind::StagedNetworkPolicy;
    quint64 allowed = ~quint64(0);
    if (!global) {
        allowed &= ~(bit(PolNamespaceSelector) | bit(PolDoNotTrack) | bit(PolPreDNAT)
            | bit(PolApplyOnForward));
    }
    if (!staged)
        allowed &= ~bit(PolStagedAction);

    QStringList writtenTypes;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata) {
            policy.meta = metadata(value);
        } else if (top == TopSpec) {
            fields(
                value, kPolicyFields, "spec",
                [&](int field, const YamlNode &v) {
                    switch (field) {
                    case PolTier:
                        policy.tier = string(v);
                        break;
                    case PolOrder:
                        policy.order = number(v);
                        break;
                    case PolSelector:
                        policy.selector = string(v);
                        break;
                    case PolServiceAccountSelector:
                        policy.serviceAccountSelector = string(v);
                        break;
                    case PolNamespaceSelector:
                        policy.namespaceSelector = string(v);
                        break;
                    case PolIngress:
                        policy.ingress = rules(v);
                        break;
                    case PolEgress:
                        policy.egress = rules(v);
                        break;
                    case PolTypes:
                        writtenTypes = strings(v);
                        break;
                    case PolDoNotTrack:
                        policy.doNotTrack = boolean(v);
                        break;
                    case PolPreDNAT:
                        policy.preDNAT = boolean(v);
                        break;
                    case PolApplyOnForward:
                        policy.applyOnForward = boolean(v);
                        break;
                    case PolPerformanceHints:
                        policy.performanceHints = strings(v);
                        break;
                    case PolStagedAction:
                        policy.stagedAction = string(v);
                        break;
                    }
                },
                allowed);
        }
    });
    // Calico's defaulting (docs/semantics.md: "Defaults applied on load").
    if (policy.tier.isEmpty())
        policy.tier = QStringLiteral("default");
    policy.types
        = defaultPolicyTypes(writtenTypes, !policy.ingress.isEmpty(), !policy.egress.isEmpty());
    if (staged && policy.stagedAction.isEmpty())
        policy.stagedAction = QStringLiteral("Set");
    policy.source = finishResource(object);
    m_out.policies.append(std::move(policy));
}

QList<Rule> ResourceDecoder::rules(const YamlNode &node)
{
    QList<Rule> out;
    if (node.isSequence())
        out.reserve(node.size);
    items(node, [&](const YamlNode &item) { out.append(rule(item)); });
    return out;
}

Rule ResourceDecoder::rule(const YamlNode &node)
{
    Rule r;
    fields(node, kRuleFields, "rule", [&](int field, const YamlNode &v) {
        switch (field) {
        case RuleAction:
            r.action = string(v);
            break;
        case RuleIpVersion:
            r.ipVersion = integer(v);
            break;
        case RuleProtocol:
            r.protocol = protocol(v);
            break;
        case RuleNotProtocol:
            r.notProtocol = protocol(v);
            break;
        case RuleIcmp:
            if (!v.isNull())
                r.icmp = icmp(v, "rule icmp");
            break;
        case RuleNotIcmp:
            if (!v.isNull())
                r.notICMP = icmp(v, "rule notICMP");
            break;
        case RuleSource:
            r.source = entityRule(v, "rule source");
            break;
        case RuleDestination:
            r.destination = entityRule(v, "rule destination");
            break;
        case RuleHttp:
            if (!v.isNull())
                r.http = http(v);
            break;
        case RuleMetadata:
            fields(v, kRuleMetaFields, "rule metadata",
                [&](int, const YamlNode &a) { r.annotations = labels(a); });
            break;
        }
    });
    return r;
}

EntityRule ResourceDecoder::entityRule(const YamlNode &node, const char *what)
{
    EntityRule e;
    fields(node, kEntityFields, what, [&](int field, const YamlNode &v) {
        switch (field) {
        case EntNets:
            e.nets = strings(v);
            break;
        case EntNotNets:
            e.notNets = strings(v);
            break;
        case EntSelector:
            e.selector = string(v);
            break;
        case EntNotSelector:
            e.notSelector = string(v);
            break;
        case EntNamespaceSelector:
            e.namespaceSelector = string(v);
            break;
        case EntPorts:
            e.ports = ports(v);
            break;
        case EntNotPorts:
            e.notPorts = ports(v);
            break;
        case EntServiceAccounts:
            if (v.isNull())
                break;
            e.serviceAccounts = ServiceAccountMatch {};
            fields(v, kServiceAccountFields, "serviceAccounts", [&](int f, const YamlNode &s) {
                if (f == 0)
                    e.serviceAccounts->names = strings(s);
                else
                    e.serviceAccounts->selector = string(s);
            });
            break;
        case EntServices:
            if (v.isNull())
                break;
            e.services = ServiceMatch {};
            fields(v, kServiceFields, "services", [&](int f, const YamlNode &s) {
                if (f == 0)
                    e.services->name = string(s);
                else
                    e.services->namespace_ = string(s);
            });
            break;
        }
    });
    return e;
}

IcmpFields ResourceDecoder::icmp(const YamlNode &node, const char *what)
{
    IcmpFields f;
    fields(node, kIcmpFields, what, [&](int field, const YamlNode &v) {
        if (field == 0)
            f.type = integer(v);
        else
            f.code = integer(v);
    });
    return f;
}

HttpMatch ResourceDecoder::http(const YamlNode &node)
{
    HttpMatch h;
    fields(node, kHttpFields, "rule http", [&](int field, const YamlNode &v) {
        if (field == 0) {
            h.methods = strings(v);
            return;
        }
        items(v, [&](const YamlNode &item) {
            HttpPath p;
            fields(item, kHttpPathFields, "http path", [&](int f, const YamlNode &s) {
                if (f == 0)
                    p.exact = string(s);
                else
                    p.prefix = string(s);
            });
            h.paths.append(p);
        });
    });
    return h;
}

void ResourceDecoder::decodeTier(const YamlNode &object)
{
    Tier tier;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata) {
            tier.meta = metadata(value);
        } else if (top == TopSpec) {
            fields(value, kTierFields, "spec", [&](int field, const YamlNode &v) {
                if (field == 0)
                    tier.order = number(v);
                else
                    tier.defaultAction = string(v);
            });
        }
    });
    if (tier.defaultAction.isEmpty())
        tier.defaultAction = QStringLiteral("Deny");
    tier.source = finishResource(object);
    m_out.tiers.append(std::move(tier));
}

void ResourceDecoder::decodeProfile(const YamlNode &object)
{
    Profile profile;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata) {
            profile.meta = metadata(value);
        } else if (top == TopSpec) {
            fields(value, kProfileFields, "spec", [&](int field, const YamlNode &v) {
                switch (field) {
                case 0:
                    profile.ingress = rules(v);
                    break;
                case 1:
                    profile.egress = rules(v);
                    break;
                case 2:
                    profile.labelsToApply = labels(v);
                    break;
                }
            });
        }
    });
    profile.source = finishResource(object);
    m_out.profiles.append(std::move(profile));
}

void ResourceDecoder::decodeNetworkSet(const YamlNode &object, bool global)
{
    NetworkSet set;
    set.global = global;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata) {
            set.meta = metadata(value);
        } else if (top == TopSpec) {
            fields(value, kNetworkSetFields, "spec",
                [&](int, const YamlNode &v) { set.nets = strings(v); });
        }
    });
    set.source = finishResource(object);
    m_out.networkSets.append(std::move(set));
}

void ResourceDecoder::decodeHostEndpoint(const YamlNode &object)
{
    HostEndpoint hep;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata) {
            hep.meta = metadata(value);
        } else if (top == TopSpec) {
            fields(value, kHostEndpointFields, "spec", [&](int field, const YamlNode &v) {
                switch (field) {
                case 0:
                    hep.node = string(v);
                    break;
                case 1:
                    hep.interfaceName = string(v);
                    break;
                case 2:
                    hep.expectedIPs = strings(v);
                    break;
                case 3:
                    hep.profiles = strings(v);
                    break;
                case 4:
                    items(v, [&](const YamlNode &item) {
                        EndpointPort p;
                        fields(item, kEndpointPortFields, "port", [&](int f, const YamlNode &s) {
                            switch (f) {
                            case 0:
                                p.name = string(s);
                                break;
                            case 1:
                                if (const auto proto = protocol(s))
                                    p.protocol = *proto;
                                break;
                            case 2:
                                p.port = integer(s).value_or(0);
                                break;
                            }
                        });
                        hep.ports.append(p);
                    });
                    break;
                }
            });
        }
    });
    hep.source = finishResource(object);
    m_out.hostEndpoints.append(std::move(hep));
}

// ---------------------------------------------------------------------------------------------
// networking.k8s.io/v1 NetworkPolicy and StagedKubernetesNetworkPolicy

void ResourceDecoder::decodeKubernetesPolicy(const YamlNode &object, bool staged)
{
    KubernetesNetworkPolicy policy;
    policy.staged = staged;
    const quint64 allowed = staged ? ~quint64(0) : ~bit(4);
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata) {
            policy.meta = metadata(value);
        } else if (top == TopSpec) {
            fields(
                value, kK8sPolicyFields, "spec",
                [&](int field, const YamlNode &v) {
                    switch (field) {
                    case 0:
                        policy.podSelector = labelSelector(v, "podSelector");
                        break;
                    case 1:
                        policy.policyTypes = strings(v);
                        break;
                    case 2:
                        policy.ingress = kubernetesRules(v, true);
                        break;
                    case 3:
                        policy.egress = kubernetesRules(v, false);
                        break;
                    case 4:
                        policy.stagedAction = string(v);
                        break;
                    }
                },
                allowed);
        }
    });
    if (staged && policy.stagedAction.isEmpty())
        policy.stagedAction = QStringLiteral("Set");
    policy.source = finishResource(object);
    m_out.kubernetesPolicies.append(std::move(policy));
}

LabelSelector ResourceDecoder::labelSelector(const YamlNode &node, const char *what)
{
    LabelSelector selector;
    fields(node, kLabelSelectorFields, what, [&](int field, const YamlNode &v) {
        if (field == 0) {
            selector.matchLabels = labels(v);
            return;
        }
        items(v, [&](const YamlNode &item) {
            LabelSelectorRequirement req;
            fields(item, kRequirementFields, "matchExpressions", [&](int f, const YamlNode &s) {
                switch (f) {
                case 0:
                    req.key = string(s);
                    break;
                case 1:
                    req.op = string(s);
                    break;
                case 2:
                    req.values = strings(s);
                    break;
                }
            });
            selector.matchExpressions.append(req);
        });
    });
    return selector;
}

QList<K8sRule> ResourceDecoder::kubernetesRules(const YamlNode &node, bool ingress)
{
    QList<K8sRule> out;
    items(node, [&](const YamlNode &item) {
        K8sRule rule;
        fields(item,
            ingress ? std::span<const std::string_view>(kK8sIngressFields)
                    : std::span<const std::string_view>(kK8sEgressFields),
            ingress ? "ingress rule" : "egress rule", [&](int field, const YamlNode &v) {
                if (field == 0) {
                    items(v, [&](const YamlNode &peerNode) {
                        K8sPeer peer;
                        fields(peerNode, kK8sPeerFields, "peer", [&](int f, const YamlNode &s) {
                            if (s.isNull())
                                return;
                            switch (f) {
                            case 0:
                                peer.podSelector = labelSelector(s, "podSelector");
                                break;
                            case 1:
                                peer.namespaceSelector = labelSelector(s, "namespaceSelector");
                                break;
                            case 2: {
                                IpBlock block;
                                fields(s, kIpBlockFields, "ipBlock", [&](int b, const YamlNode &x) {
                                    if (b == 0)
                                        block.cidr = string(x);
                                    else
                                        block.except = strings(x);
                                });
                                peer.ipBlock = block;
                                break;
                            }
                            }
                        });
                        rule.peers.append(peer);
                    });
                    return;
                }
                items(v, [&](const YamlNode &portNode) {
                    K8sPort port;
                    fields(portNode, kK8sPortFields, "port", [&](int f, const YamlNode &s) {
                        switch (f) {
                        case 0:
                            port.protocol = string(s);
                            break;
                        case 1:
                            // IntOrString: a YAML number is the number, anything else a name.
                            if (s.isScalar() && s.plain) {
                                long long n = 0;
                                double d = 0;
                                const std::string_view text = m_tree->scalar(s);
                                if (parseDouble(text, d)) {
                                    if (parseInteger(text, n) && n >= 0 && n <= 65535)
                                        port.number = int(n);
                                    else
                                        error(s,
                                            tr("port %1 is out of range (0-65535)")
                                                .arg(toQString(text)));
                                    break;
                                }
                            }
                            if (!s.isNull())
                                port.name = string(s);
                            break;
                        case 2:
                            port.endPort = integer(s);
                            break;
                        }
                    });
                    rule.ports.append(port);
                });
            });
        out.append(rule);
    });
    return out;
}

// ---------------------------------------------------------------------------------------------
// Inventory (lenient: fields that are not modelled are ignored)

void ResourceDecoder::decodeNamespace(const YamlNode &object)
{
    Namespace ns;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata)
            ns.meta = metadata(value);
    });
    ns.source = finishResource(object);
    m_out.namespaces.append(std::move(ns));
}

void ResourceDecoder::decodeServiceAccount(const YamlNode &object)
{
    ServiceAccount sa;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata)
            sa.meta = metadata(value);
    });
    sa.source = finishResource(object);
    m_out.serviceAccounts.append(std::move(sa));
}

void ResourceDecoder::podSpec(const YamlNode &node, QString &serviceAccount, bool &hostNetwork,
    QList<ContainerPort> &ports, QString *nodeName)
{
    QString deprecatedServiceAccount;
    fields(node, kPodSpecFields, "spec", [&](int field, const YamlNode &v) {
        switch (field) {
        case 0:
            serviceAccount = string(v);
            break;
        case 1:
            deprecatedServiceAccount = string(v);
            break;
        case 2:
            if (nodeName)
                *nodeName = string(v);
            break;
        case 3:
            hostNetwork = boolean(v);
            break;
        case 4:
            items(v, [&](const YamlNode &container) {
                fields(container, kContainerFields, "container", [&](int, const YamlNode &p) {
                    items(p, [&](const YamlNode &portNode) {
                        ContainerPort port;
                        fields(
                            portNode, kContainerPortFields, "port", [&](int f, const YamlNode &s) {
                                switch (f) {
                                case 0:
                                    port.name = string(s);
                                    break;
                                case 1:
                                    port.containerPort = integer(s).value_or(0);
                                    break;
                                case 2:
                                    port.protocol = string(s);
                                    break;
                                }
                            });
                        if (port.protocol.isEmpty())
                            port.protocol = tcp();
                        ports.append(port);
                    });
                });
            });
            break;
        }
    });
    if (serviceAccount.isEmpty())
        serviceAccount = deprecatedServiceAccount;
}

void ResourceDecoder::decodePod(const YamlNode &object)
{
    Pod pod;
    QString podIP;
    bool haveIPs = false;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        switch (top) {
        case TopMetadata:
            pod.meta = metadata(value);
            break;
        case TopSpec:
            podSpec(value, pod.serviceAccountName, pod.hostNetwork, pod.ports, &pod.nodeName);
            break;
        case TopStatus:
            fields(value, kPodStatusFields, "status", [&](int field, const YamlNode &v) {
                if (field == 0) {
                    podIP = string(v);
                    return;
                }
                haveIPs = v.isSequence();
                items(v, [&](const YamlNode &item) {
                    fields(item, kPodIpFields, "podIPs", [&](int, const YamlNode &ip) {
                        const QString text = string(ip);
                        if (!text.isEmpty())
                            pod.podIPs.append(text);
                    });
                });
            });
            break;
        default:
            break;
        }
    });
    if (pod.serviceAccountName.isEmpty())
        pod.serviceAccountName = QStringLiteral("default");
    if ((!haveIPs || pod.podIPs.isEmpty()) && !podIP.isEmpty())
        pod.podIPs = QStringList {podIP};
    pod.source = finishResource(object);
    m_out.pods.append(std::move(pod));
}

void ResourceDecoder::podTemplate(const YamlNode &node, WorkloadTemplate &workload)
{
    fields(node, kTemplateFields, "template", [&](int field, const YamlNode &v) {
        if (field == 0) {
            fields(v, kTemplateMetaFields, "metadata",
                [&](int, const YamlNode &l) { workload.templateLabels = labels(l); });
        } else {
            podSpec(v, workload.serviceAccountName, workload.hostNetwork, workload.ports, nullptr);
        }
    });
}

void ResourceDecoder::decodeWorkload(const YamlNode &object, ResourceKind kind)
{
    WorkloadTemplate workload;
    workload.kind = kind;
    const bool hasReplicas = kind == ResourceKind::Deployment || kind == ResourceKind::ReplicaSet
        || kind == ResourceKind::StatefulSet || kind == ResourceKind::ReplicationController;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata) {
            workload.meta = metadata(value);
            return;
        }
        if (top != TopSpec)
            return;
        fields(value, kWorkloadSpecFields, "spec", [&](int field, const YamlNode &v) {
            switch (field) {
            case 0:
                if (hasReplicas)
                    workload.replicas = integer(v);
                break;
            case 1:
                if (kind != ResourceKind::CronJob)
                    podTemplate(v, workload);
                break;
            case 2:
                if (kind != ResourceKind::CronJob)
                    break;
                fields(v, kJobTemplateFields, "jobTemplate", [&](int, const YamlNode &spec) {
                    fields(spec, kWorkloadSpecFields, "spec", [&](int f, const YamlNode &t) {
                        if (f == 1)
                            podTemplate(t, workload);
                    });
                });
                break;
            }
        });
    });
    workload.source = finishResource(object);
    m_out.workloads.append(std::move(workload));
}

void ResourceDecoder::decodeService(const YamlNode &object)
{
    Service service;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        if (top == TopMetadata) {
            service.meta = metadata(value);
            return;
        }
        if (top != TopSpec)
            return;
        fields(value, kServiceSpecFields, "spec", [&](int field, const YamlNode &v) {
            switch (field) {
            case 0:
                if (!v.isNull())
                    service.selector = labels(v);
                break;
            case 1:
                service.type = string(v);
                break;
            case 2:
                service.clusterIP = string(v);
                break;
            case 3:
                items(v, [&](const YamlNode &item) {
                    ServicePort port;
                    fields(item, kServicePortFields, "port", [&](int f, const YamlNode &s) {
                        switch (f) {
                        case 0:
                            port.name = string(s);
                            break;
                        case 1:
                            port.protocol = string(s);
                            break;
                        case 2:
                            port.port = integer(s).value_or(0);
                            break;
                        case 3: {
                            double d = 0;
                            if (s.isScalar() && s.plain && parseDouble(m_tree->scalar(s), d))
                                port.targetPortNumber = integer(s);
                            else
                                port.targetPortName = string(s);
                            break;
                        }
                        }
                    });
                    if (port.protocol.isEmpty())
                        port.protocol = tcp();
                    service.ports.append(port);
                });
                break;
            }
        });
    });
    service.source = finishResource(object);
    m_out.services.append(std::move(service));
}

void ResourceDecoder::decodeEndpointSlice(const YamlNode &object)
{
    EndpointSlice slice;
    fields(object, kSliceFields, "", [&](int top, const YamlNode &value) {
        switch (top) {
        case 2:
            slice.meta = metadata(value);
            break;
        case 3:
            slice.addressType = string(value);
            break;
        case 4:
            items(value, [&](const YamlNode &item) {
                EndpointSliceEndpoint endpoint;
                QString refKind;
                QString refName;
                fields(item, kSliceEndpointFields, "endpoint", [&](int f, const YamlNode &v) {
                    switch (f) {
                    case 0:
                        endpoint.addresses = strings(v);
                        break;
                    case 1:
                        endpoint.nodeName = string(v);
                        break;
                    case 2:
                        fields(v, kTargetRefFields, "targetRef", [&](int r, const YamlNode &s) {
                            if (r == 0)
                                refKind = string(s);
                            else
                                refName = string(s);
                        });
                        break;
                    }
                });
                if (refKind == QLatin1StringView("Pod"))
                    endpoint.targetPod = refName;
                slice.endpoints.append(endpoint);
            });
            break;
        case 5:
            items(value, [&](const YamlNode &item) {
                EndpointSlicePort port;
                fields(item, kSlicePortFields, "port", [&](int f, const YamlNode &s) {
                    switch (f) {
                    case 0:
                        port.name = string(s);
                        break;
                    case 1:
                        port.protocol = string(s);
                        break;
                    case 2:
                        port.port = integer(s);
                        break;
                    }
                });
                if (port.protocol.isEmpty())
                    port.protocol = tcp();
                slice.ports.append(port);
            });
            break;
        default:
            break;
        }
    });
    slice.source = finishResource(object);
    m_out.endpointSlices.append(std::move(slice));
}

void ResourceDecoder::decodeNode(const YamlNode &object)
{
    Node node;
    QString podCIDR;
    fields(object, kTopFields, "", [&](int top, const YamlNode &value) {
        switch (top) {
        case TopMetadata:
            node.meta = metadata(value);
            break;
        case TopSpec:
            fields(value, kNodeSpecFields, "spec", [&](int field, const YamlNode &v) {
                if (field == 0)
                    podCIDR = string(v);
                else
                    node.podCIDRs = strings(v);
            });
            break;
        case TopStatus:
            fields(value, kNodeStatusFields, "status", [&](int, const YamlNode &v) {
                items(v, [&](const YamlNode &item) {
                    NodeAddress address;
                    fields(item, kNodeAddressFields, "address", [&](int f, const YamlNode &s) {
                        if (f == 0)
                            address.type = string(s);
                        else
                            address.address = string(s);
                    });
                    node.addresses.append(address);
                });
            });
            break;
        default:
            break;
        }
    });
    if (node.podCIDRs.isEmpty() && !podCIDR.isEmpty())
        node.podCIDRs = QStringList {podCIDR};
    node.source = finishResource(object);
    m_out.nodes.append(std::move(node));
}

} // namespace ps
