#include "core/io/resourcedecoder_p.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include <QCoreApplication>

#include "core/io/didyoumean.h"
#include "core/model/excerpt.h"
#include "core/model/builtintier.h"
#include "core/model/kind.h"
#include "core/model/protocol.h"

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

// A plain scalar read as a number the way kubectl and calicoctl read it: their YAML library
// (go-yaml v2, under sigs.k8s.io/yaml) resolves a plain scalar that starts with a digit or a
// sign by dropping every '_' and trying strconv.ParseInt and ParseUint with base 0 — 0x hex,
// 0o and a leading 0 octal, 0b binary, so `010` is 8 and `0x50` is 80 — then the YAML float
// form ([-+]?(.N|N(.N*)?)([eE][-+]?N)?, so `08` is the float 8); one that starts with '.' is a
// float when Go's ParseFloat reads it. Everything else (and .inf, .nan) is no number here.
struct YamlNumber {
    double value = 0;
    std::optional<long long> integer; // set when it resolved as an integer that fits
};

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

// Go's strconv.ParseUint(s, 0, 64) (no sign): nullopt for a syntax error or overflow.
std::optional<unsigned long long> goParseUnsigned(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    int base = 10;
    if (s.front() == '0') {
        const char prefix = s.size() >= 3 ? char(s[1] | 0x20) : '\0';
        if (prefix == 'b' || prefix == 'o' || prefix == 'x') {
            base = prefix == 'b' ? 2 : prefix == 'o' ? 8 : 16;
            s.remove_prefix(2);
        } else {
            base = 8;
            s.remove_prefix(1);
        }
    }
    unsigned long long n = 0;
    for (const char c : s) {
        const int d = digitValue(c);
        if (d >= base)
            return std::nullopt;
        if (n > (std::numeric_limits<unsigned long long>::max() - unsigned(d)) / unsigned(base))
            return std::nullopt;
        n = n * unsigned(base) + unsigned(d);
    }
    return n;
}

// The float form go-yaml v2 accepts after the integer forms failed.
bool isYamlStyleFloat(std::string_view s)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    } else {
        if (!digits())
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            digits();
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

std::optional<double> decimalFloat(std::string_view s)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double out = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(out))
        return std::nullopt;
    return out;
}

std::optional<YamlNumber> resolveNumber(std::string_view in)
{
    if (in.empty())
        return std::nullopt;
    if (in.front() == '.') {
        if (!isYamlStyleFloat(in))
            return std::nullopt;
        const std::optional<double> d = decimalFloat(in);
        return d ? std::optional<YamlNumber>(YamlNumber {*d, std::nullopt}) : std::nullopt;
    }
    const char first = in.front();
    if (!(first >= '0' && first <= '9') && first != '-' && first != '+')
        return std::nullopt;
    std::string plain;
    plain.reserve(in.size());
    for (const char c : in) {
        if (c != '_')
            plain += c;
    }
    std::string_view digits = plain;
    const bool negative = !digits.empty() && digits.front() == '-';
    if (!digits.empty() && (digits.front() == '-' || digits.front() == '+'))
        digits.remove_prefix(1);
    if (const auto magnitude = goParseUnsigned(digits)) {
        constexpr auto kMax
            = static_cast<unsigned long long>(std::numeric_limits<long long>::max());
        if (!negative && *magnitude <= kMax)
            return YamlNumber {double(*magnitude), static_cast<long long>(*magnitude)};
        if (negative && *magnitude <= kMax + 1) {
            const long long value = *magnitude == kMax + 1 ? std::numeric_limits<long long>::min()
                                                           : -static_cast<long long>(*magnitude);
            return YamlNumber {double(value), value};
        }
        if (!negative)
            return YamlNumber {double(*magnitude), std::nullopt}; // ParseUint: above int64
    }
    if (isYamlStyleFloat(plain)) {
        if (const std::optional<double> d = decimalFloat(plain))
            return YamlNumber {*d, std::nullopt};
    }
    return std::nullopt;
}

bool parseDouble(std::string_view s, double &out)
{
    const std::optional<YamlNumber> n = resolveNumber(s);
    if (!n)
        return false;
    out = n->value;
    return true;
}

bool parseInteger(std::string_view s, long long &out)
{
    const std::optional<YamlNumber> n = resolveNumber(s);
    if (!n)
        return false;
    if (n->integer) {
        out = *n->integer;
        return true;
    }
    // A YAML float that holds an integer (80.0): kubectl accepts it where an int is expected.
    if (n->value == std::floor(n->value) && std::fabs(n->value) < 9.0e18) {
        out = static_cast<long long>(n->value);
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
        QStringLiteral("BGPConfiguration"), QStringLiteral("BGPPeer"), QStringLiteral("BGPFilter"),
        QStringLiteral("IPReservation"), QStringLiteral("KubeControllersConfiguration"),
        QStringLiteral("ClusterInformation"), QStringLiteral("WorkloadEndpoint"),
        QStringLiteral("CalicoNodeStatus"), QStringLiteral("IPAMConfiguration"),
        QStringLiteral("BlockAffinity"), QStringLiteral("Node")};
    return ignored.contains(kind);
}

// For the fields decodeObject() has already read (apiVersion, kind) and a List's own fields.
constexpr auto kIgnored = [](const YamlNode &) {};

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
    // A scalar whose text in the file spans a line break (a block scalar always does).
    bool multiLine = false;
    if (node.isScalar() && node.offset < node.end && node.end <= m_text.size())
        multiLine = m_text.sliced(node.offset, node.end - node.offset).contains('\n');
    if (m_ascii)
        return {node.line + 1, node.column + 1, quote, multiLine};
    // Columns in characters: count the UTF-8 lead bytes between the line start and the node.
    int column = 1;
    const qsizetype end = std::min<qsizetype>(node.offset, m_text.size());
    for (qsizetype i = std::max<qsizetype>(0, end - node.column); i < end; ++i) {
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++column;
    }
    return {node.line + 1, column, quote, multiLine};
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
    if (severity == Severity::Error) {
        ++m_errors;
        if (m_inResource && !m_readError)
            m_readError = std::make_shared<const Diagnostic>(d);
    }
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
    return quoted(excerpt(toQString(m_tree->scalar(node)), 0, 40));
}

QString ResourceDecoder::currentName() const
{
    if (m_componentStart.empty())
        return m_path.isEmpty() ? tr("the document") : quoted(excerpt(m_path));
    return quoted(excerpt(QStringView(m_path).sliced(m_componentStart.back())));
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

void ResourceDecoder::fields(const YamlNode &map, const char *what,
    std::initializer_list<Field> table, Strictness strictness)
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
        const Field *field = nullptr;
        int index = 0;
        for (const Field &f : table) {
            if (f.name == name) {
                field = &f;
                break;
            }
            ++index;
        }
        if (!field || !field->allowed) {
            if (!strict) {
                notKept();
                continue;
            }
            const QString unknown = toQString(name);
            QString context = m_kindLabel;
            if (what && *what)
                context += u' ' + QLatin1StringView(what);
            // Point the path at the unknown field itself.
            const qsizetype size = m_path.size();
            if (size > 0)
                m_path += u'.';
            m_path += unknown;
            QStringList known;
            for (const Field &f : table) {
                if (f.allowed)
                    known.append(toQString(f.name));
            }
            const QString suggestion = didYouMean(unknown, known);
            if (suggestion.isEmpty()) {
                error(key, tr("unknown field %1 in %2").arg(quoted(excerpt(unknown)), context));
            } else {
                error(key,
                    tr("unknown field %1 in %2; did you mean %3?")
                        .arg(quoted(excerpt(unknown)), context, quoted(suggestion)));
            }
            m_path.truncate(size);
            continue;
        }
        if (seen & bit(index)) {
            error(key, tr("duplicate field %1").arg(quoted(excerpt(toQString(name)))));
            continue;
        }
        seen |= bit(index);
        const YamlNode &value = m_tree->value(map, i);
        // An empty or null value has nothing to point at (the parser places an empty one
        // right after the colon); the key is the better place.
        const YamlNode &at = value.isNull() ? key : value;
        FieldScope scope(*this, field->name, at);
        field->decode(value);
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
            error(node, tr("port %1 is not a whole number").arg(excerpt(toQString(text))));
            return std::nullopt;
        }
        if (n < 0 || n > 65535) {
            error(node, tr("port %1 is out of range (0-65535)").arg(excerpt(toQString(text))));
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
            error(node, tr("protocol %1 is not a whole number").arg(excerpt(toQString(text))));
            return std::nullopt;
        }
        if (n < 0 || n > 255) {
            error(node, tr("protocol %1 is out of range (0-255)").arg(excerpt(toQString(text))));
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
            bool sameGroup = false;
            for (int i = 0; i <= int(ResourceKind::ReplicationController); ++i) {
                const QString served = kindApiVersion(ResourceKind(i));
                sameGroup = sameGroup
                    || (kindName(ResourceKind(i)) == kind && !apiGroupOf(served).isEmpty()
                        && apiGroupOf(served) == apiGroupOf(apiVersion));
            }
            if (!isIgnoredKind(kind)) {
                m_path = QStringLiteral("apiVersion");
                error(apiNode ? *apiNode : object,
                    sameGroup ? tr("apiVersion %1 is not served for kind %2 (expected %3)")
                                    .arg(quoted(apiVersion), quoted(kind), expected)
                              : tr("kind %1 does not belong to apiVersion %2 (expected %3)")
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
    m_strict = kindIsCalico(k) || k == ResourceKind::KubernetesNetworkPolicy
        || k == ResourceKind::AdminNetworkPolicy || k == ResourceKind::BaselineAdminNetworkPolicy
        || k == ResourceKind::ClusterNetworkPolicy;
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
    case ResourceKind::AdminNetworkPolicy:
    case ResourceKind::BaselineAdminNetworkPolicy:
    case ResourceKind::ClusterNetworkPolicy:
        decodeAdminPolicy(object, k);
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
    case ResourceKind::IPPool:
        decodeIpPool(object);
        break;
    case ResourceKind::FelixConfiguration:
        decodeFelixConfiguration(object);
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
    fields(object, "",
        {{"apiVersion", kIgnored}, {"kind", kIgnored}, {"metadata", kIgnored},
            {"items", [&](const YamlNode &value) { itemsNode = &value; }}});
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
        m_inList = true;
        decodeObject(item, apiVersion, itemKind, true);
        m_inList = false;
    }
}

void ResourceDecoder::beginResource(const YamlNode &)
{
    m_errorsAtBegin = m_errors;
    m_inResource = true;
    m_readError.reset();
    m_notKept = false;
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
    source.begin = object.offset;
    source.end = object.end;
    // A comment after the last value, on its line, goes with the resource.
    qsizetype at = source.end;
    while (at < m_text.size() && (m_text[at] == ' ' || m_text[at] == '\t'))
        ++at;
    if (at < m_text.size() && m_text[at] == '#') {
        while (at < m_text.size() && m_text[at] != '\n' && m_text[at] != '\r')
            ++at;
        source.end = at;
    }
    source.complete = !m_notKept && m_errors == m_errorsAtBegin;
    source.readError = std::exchange(m_readError, nullptr);
    m_inResource = false;
    source.listItem = m_inList;
    m_map->finish();
    source.fields = m_map;
    return source;
}

ObjectMeta ResourceDecoder::metadata(const YamlNode &node)
{
    ObjectMeta meta;
    fields(node, "metadata",
        {
            {"name", [&](const YamlNode &v) { meta.name = string(v); }},
            {"generateName", [&](const YamlNode &v) { meta.generateName = string(v); }},
            {"namespace", [&](const YamlNode &v) { meta.namespace_ = string(v); }},
            {"selfLink", notKeptField()},
            {"uid", [&](const YamlNode &v) { meta.uid = string(v); }},
            {"resourceVersion", [&](const YamlNode &v) { meta.resourceVersion = string(v); }},
            {"generation", notKeptField()},
            {"creationTimestamp", [&](const YamlNode &v) { meta.creationTimestamp = string(v); }},
            {"deletionTimestamp", notKeptField()},
            {"deletionGracePeriodSeconds", notKeptField()},
            {"labels", [&](const YamlNode &v) { meta.labels = labels(v); }},
            {"annotations", [&](const YamlNode &v) { meta.annotations = labels(v); }},
            {"ownerReferences", notKeptField()},
            {"finalizers", notKeptField()},
            {"managedFields", notKeptField()},
            {"clusterName", notKeptField()},
        });
    return meta;
}

void ResourceDecoder::topLevel(
    const YamlNode &object, ObjectMeta &meta, FieldDecoder spec, FieldDecoder status)
{
    // apiVersion and kind were read by decodeObject().
    fields(object, "",
        {{"apiVersion", kIgnored}, {"kind", kIgnored},
            {"metadata", [&](const YamlNode &v) { meta = metadata(v); }}, {"spec", spec},
            {"status", status}});
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
    QStringList writtenTypes;
    topLevel(
        object, policy.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {
                    {"tier", [&](const YamlNode &v) { policy.tier = string(v); }},
                    {"order", [&](const YamlNode &v) { policy.order = number(v); }},
                    {"selector", [&](const YamlNode &v) { policy.selector = string(v); }},
                    {"serviceAccountSelector",
                        [&](const YamlNode &v) { policy.serviceAccountSelector = string(v); }},
                    {"namespaceSelector",
                        [&](const YamlNode &v) { policy.namespaceSelector = string(v); }, global},
                    {"ingress", [&](const YamlNode &v) { policy.ingress = rules(v); }},
                    {"egress", [&](const YamlNode &v) { policy.egress = rules(v); }},
                    {"types", [&](const YamlNode &v) { writtenTypes = strings(v); }},
                    {"doNotTrack", [&](const YamlNode &v) { policy.doNotTrack = boolean(v); },
                        global},
                    {"preDNAT", [&](const YamlNode &v) { policy.preDNAT = boolean(v); }, global},
                    {"applyOnForward",
                        [&](const YamlNode &v) { policy.applyOnForward = boolean(v); }, global},
                    {"performanceHints",
                        [&](const YamlNode &v) { policy.performanceHints = strings(v); }},
                    {"stagedAction", [&](const YamlNode &v) { policy.stagedAction = string(v); },
                        staged},
                });
        },
        notKeptField());
    // Calico's defaulting (docs/semantics.md: "Defaults applied on load").
    policy.tier = effectiveTier(policy.tier);
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
    fields(node, "rule",
        {
            {"action", [&](const YamlNode &v) { r.action = string(v); }},
            {"ipVersion", [&](const YamlNode &v) { r.ipVersion = integer(v); }},
            {"protocol", [&](const YamlNode &v) { r.protocol = protocol(v); }},
            {"notProtocol", [&](const YamlNode &v) { r.notProtocol = protocol(v); }},
            {"icmp",
                [&](const YamlNode &v) {
                    if (!v.isNull())
                        r.icmp = icmp(v, "rule icmp");
                }},
            {"notICMP",
                [&](const YamlNode &v) {
                    if (!v.isNull())
                        r.notICMP = icmp(v, "rule notICMP");
                }},
            {"source", [&](const YamlNode &v) { r.source = entityRule(v, "rule source"); }},
            {"destination",
                [&](const YamlNode &v) { r.destination = entityRule(v, "rule destination"); }},
            {"http",
                [&](const YamlNode &v) {
                    if (!v.isNull())
                        r.http = http(v);
                }},
            {"metadata",
                [&](const YamlNode &v) {
                    fields(v, "rule metadata",
                        {{"annotations", [&](const YamlNode &a) { r.annotations = labels(a); }}});
                }},
        });
    return r;
}

EntityRule ResourceDecoder::entityRule(const YamlNode &node, const char *what)
{
    EntityRule e;
    fields(node, what,
        {
            {"nets", [&](const YamlNode &v) { e.nets = strings(v); }},
            {"notNets", [&](const YamlNode &v) { e.notNets = strings(v); }},
            {"selector", [&](const YamlNode &v) { e.selector = string(v); }},
            {"notSelector", [&](const YamlNode &v) { e.notSelector = string(v); }},
            {"namespaceSelector", [&](const YamlNode &v) { e.namespaceSelector = string(v); }},
            {"ports", [&](const YamlNode &v) { e.ports = ports(v); }},
            {"notPorts", [&](const YamlNode &v) { e.notPorts = ports(v); }},
            {"serviceAccounts",
                [&](const YamlNode &v) {
                    if (v.isNull())
                        return;
                    ServiceAccountMatch &match = e.serviceAccounts.emplace();
                    fields(v, "serviceAccounts",
                        {{"names", [&](const YamlNode &s) { match.names = strings(s); }},
                            {"selector", [&](const YamlNode &s) { match.selector = string(s); }}});
                }},
            {"services",
                [&](const YamlNode &v) {
                    if (v.isNull())
                        return;
                    ServiceMatch &match = e.services.emplace();
                    fields(v, "services",
                        {{"name", [&](const YamlNode &s) { match.name = string(s); }},
                            {"namespace",
                                [&](const YamlNode &s) { match.namespace_ = string(s); }}});
                }},
        });
    return e;
}

IcmpFields ResourceDecoder::icmp(const YamlNode &node, const char *what)
{
    IcmpFields f;
    fields(node, what,
        {{"type", [&](const YamlNode &v) { f.type = integer(v); }},
            {"code", [&](const YamlNode &v) { f.code = integer(v); }}});
    return f;
}

HttpMatch ResourceDecoder::http(const YamlNode &node)
{
    HttpMatch h;
    fields(node, "rule http",
        {{"methods", [&](const YamlNode &v) { h.methods = strings(v); }},
            {"paths", [&](const YamlNode &v) {
                 items(v, [&](const YamlNode &item) {
                     HttpPath p;
                     fields(item, "http path",
                         {{"exact", [&](const YamlNode &s) { p.exact = string(s); }},
                             {"prefix", [&](const YamlNode &s) { p.prefix = string(s); }}});
                     h.paths.append(p);
                 });
             }}});
    return h;
}

void ResourceDecoder::decodeTier(const YamlNode &object)
{
    Tier tier;
    topLevel(
        object, tier.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {{"order", [&](const YamlNode &v) { tier.order = number(v); }},
                    {"defaultAction", [&](const YamlNode &v) { tier.defaultAction = string(v); }}});
        },
        notKeptField());
    tier.defaultAction = effectiveTierDefaultAction(tier.defaultAction);
    tier.source = finishResource(object);
    m_out.tiers.append(std::move(tier));
}

void ResourceDecoder::decodeProfile(const YamlNode &object)
{
    Profile profile;
    topLevel(
        object, profile.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {{"ingress", [&](const YamlNode &v) { profile.ingress = rules(v); }},
                    {"egress", [&](const YamlNode &v) { profile.egress = rules(v); }},
                    {"labelsToApply",
                        [&](const YamlNode &v) { profile.labelsToApply = labels(v); }}});
        },
        notKeptField());
    profile.source = finishResource(object);
    m_out.profiles.append(std::move(profile));
}

void ResourceDecoder::decodeNetworkSet(const YamlNode &object, bool global)
{
    NetworkSet set;
    set.global = global;
    topLevel(
        object, set.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec", {{"nets", [&](const YamlNode &v) { set.nets = strings(v); }}});
        },
        notKeptField());
    set.source = finishResource(object);
    m_out.networkSets.append(std::move(set));
}

void ResourceDecoder::decodeHostEndpoint(const YamlNode &object)
{
    HostEndpoint hep;
    const auto port = [&](const YamlNode &item) {
        EndpointPort p;
        fields(item, "port",
            {
                {"name", [&](const YamlNode &s) { p.name = string(s); }},
                {"protocol",
                    [&](const YamlNode &s) {
                        if (const auto proto = protocol(s))
                            p.protocol = *proto;
                    }},
                {"port", [&](const YamlNode &s) { p.port = integer(s).value_or(0); }},
            });
        hep.ports.append(p);
    };
    topLevel(
        object, hep.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {
                    {"node", [&](const YamlNode &v) { hep.node = string(v); }},
                    {"interfaceName", [&](const YamlNode &v) { hep.interfaceName = string(v); }},
                    {"expectedIPs", [&](const YamlNode &v) { hep.expectedIPs = strings(v); }},
                    {"profiles", [&](const YamlNode &v) { hep.profiles = strings(v); }},
                    {"ports", [&](const YamlNode &v) { items(v, port); }},
                });
        },
        notKeptField());
    hep.source = finishResource(object);
    m_out.hostEndpoints.append(std::move(hep));
}

void ResourceDecoder::decodeIpPool(const YamlNode &object)
{
    IpPool pool;
    topLevel(
        object, pool.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {
                    {"cidr", [&](const YamlNode &v) { pool.cidr = string(v); }},
                    {"vxlanMode", [&](const YamlNode &v) { pool.vxlanMode = string(v); }},
                    {"ipipMode", [&](const YamlNode &v) { pool.ipipMode = string(v); }},
                    {"natOutgoing", [&](const YamlNode &v) { pool.natOutgoing = boolean(v); }},
                    {"disabled", [&](const YamlNode &v) { pool.disabled = boolean(v); }},
                    {"disableBGPExport",
                        [&](const YamlNode &v) { pool.disableBGPExport = boolean(v); }},
                    {"blockSize",
                        [&](const YamlNode &v) { pool.blockSize = integer(v).value_or(0); }},
                    {"nodeSelector", [&](const YamlNode &v) { pool.nodeSelector = string(v); }},
                    {"namespaceSelector",
                        [&](const YamlNode &v) { pool.namespaceSelector = string(v); }},
                    {"allowedUses", [&](const YamlNode &v) { pool.allowedUses = strings(v); }},
                    {"assignmentMode", [&](const YamlNode &v) { pool.assignmentMode = string(v); }},
                });
        },
        notKeptField());
    pool.source = finishResource(object);
    m_out.ipPools.append(std::move(pool));
}

void ResourceDecoder::decodeFelixConfiguration(const YamlNode &object)
{
    FelixConfiguration config;
    const auto optionalBool = [&](std::optional<bool> &out) {
        return [&](const YamlNode &v) {
            if (!v.isNull())
                out = boolean(v);
        };
    };
    const auto protoPorts = [&](std::optional<QList<FelixProtoPort>> &out) {
        return [&](const YamlNode &v) {
            if (v.isNull())
                return;
            QList<FelixProtoPort> &list = out.emplace();
            items(v, [&](const YamlNode &item) {
                FelixProtoPort p;
                fields(item, "port",
                    {
                        {"protocol", [&](const YamlNode &x) { p.protocol = string(x); }},
                        {"port",
                            [&](const YamlNode &x) {
                                const std::optional<int> n = integer(x);
                                if (n && (*n < 0 || *n > 65535))
                                    error(x, tr("port %1 is out of range (0-65535)").arg(*n));
                                else if (n)
                                    p.port = *n;
                            }},
                        {"net", [&](const YamlNode &x) { p.net = string(x); }},
                    },
                    Strictness::Strict);
                list.append(p);
            });
        };
    };
    topLevel(
        object, config.meta,
        [&](const YamlNode &spec) {
            // Felix has well over a hundred settings; those that do not change what policy does
            // or how it is rendered are kept in the text only.
            fields(spec, "spec",
                {
                    {"ipv6Support", optionalBool(config.ipv6Support)},
                    {"chainInsertMode",
                        [&](const YamlNode &v) { config.chainInsertMode = string(v); }},
                    {"defaultEndpointToHostAction",
                        [&](const YamlNode &v) { config.defaultEndpointToHostAction = string(v); }},
                    {"iptablesFilterDenyAction",
                        [&](const YamlNode &v) { config.iptablesFilterDenyAction = string(v); }},
                    {"logPrefix", [&](const YamlNode &v) { config.logPrefix = string(v); }},
                    {"iptablesMarkMask",
                        [&](const YamlNode &v) {
                            if (v.isNull())
                                return;
                            // An integer; YAML also reads 0xffff0000 as one.
                            bool ok = false;
                            const qint64 n = v.isScalar() && v.plain
                                ? toQString(m_tree->scalar(v)).toLongLong(&ok, 0)
                                : 0;
                            if (!ok)
                                typeError(v, tr("an integer"));
                            else
                                config.iptablesMarkMask = n;
                        }},
                    {"failsafeInboundHostPorts", protoPorts(config.failsafeInboundHostPorts)},
                    {"failsafeOutboundHostPorts", protoPorts(config.failsafeOutboundHostPorts)},
                    {"nftablesMode", [&](const YamlNode &v) { config.nftablesMode = string(v); }},
                    {"bpfEnabled", optionalBool(config.bpfEnabled)},
                },
                Strictness::Lenient);
        },
        kIgnored);
    config.source = finishResource(object);
    m_out.felixConfigurations.append(std::move(config));
}

// ---------------------------------------------------------------------------------------------
// networking.k8s.io/v1 NetworkPolicy and StagedKubernetesNetworkPolicy

void ResourceDecoder::decodeKubernetesPolicy(const YamlNode &object, bool staged)
{
    KubernetesNetworkPolicy policy;
    policy.staged = staged;
    topLevel(
        object, policy.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {
                    {"podSelector",
                        [&](const YamlNode &v) {
                            policy.podSelector = labelSelector(v, "podSelector");
                        }},
                    {"policyTypes", [&](const YamlNode &v) { policy.policyTypes = strings(v); }},
                    {"ingress",
                        [&](const YamlNode &v) { policy.ingress = kubernetesRules(v, true); }},
                    {"egress",
                        [&](const YamlNode &v) { policy.egress = kubernetesRules(v, false); }},
                    {"stagedAction", [&](const YamlNode &v) { policy.stagedAction = string(v); },
                        staged},
                });
        },
        notKeptField());
    if (staged && policy.stagedAction.isEmpty())
        policy.stagedAction = QStringLiteral("Set");
    policy.source = finishResource(object);
    m_out.kubernetesPolicies.append(std::move(policy));
}

LabelSelector ResourceDecoder::labelSelector(const YamlNode &node, const char *what)
{
    LabelSelector selector;
    const auto requirement = [&](const YamlNode &item) {
        LabelSelectorRequirement req;
        fields(item, "matchExpressions",
            {
                {"key", [&](const YamlNode &s) { req.key = string(s); }},
                {"operator", [&](const YamlNode &s) { req.op = string(s); }},
                {"values", [&](const YamlNode &s) { req.values = strings(s); }},
            });
        selector.matchExpressions.append(req);
    };
    fields(node, what,
        {{"matchLabels", [&](const YamlNode &v) { selector.matchLabels = labels(v); }},
            {"matchExpressions", [&](const YamlNode &v) { items(v, requirement); }}});
    return selector;
}

QList<K8sRule> ResourceDecoder::kubernetesRules(const YamlNode &node, bool ingress)
{
    QList<K8sRule> out;
    items(node, [&](const YamlNode &item) {
        K8sRule rule;
        const auto peer = [&](const YamlNode &peerNode) {
            K8sPeer p;
            fields(peerNode, "peer",
                {
                    {"podSelector",
                        [&](const YamlNode &s) {
                            if (!s.isNull())
                                p.podSelector = labelSelector(s, "podSelector");
                        }},
                    {"namespaceSelector",
                        [&](const YamlNode &s) {
                            if (!s.isNull())
                                p.namespaceSelector = labelSelector(s, "namespaceSelector");
                        }},
                    {"ipBlock",
                        [&](const YamlNode &s) {
                            if (s.isNull())
                                return;
                            IpBlock &block = p.ipBlock.emplace();
                            fields(s, "ipBlock",
                                {{"cidr", [&](const YamlNode &x) { block.cidr = string(x); }},
                                    {"except",
                                        [&](const YamlNode &x) { block.except = strings(x); }}});
                        }},
                });
            rule.peers.append(p);
        };
        const auto port = [&](const YamlNode &portNode) {
            K8sPort p;
            fields(portNode, "port",
                {
                    {"protocol", [&](const YamlNode &s) { p.protocol = string(s); }},
                    {"port",
                        [&](const YamlNode &s) {
                            // IntOrString: a YAML number is the number, anything else a name.
                            if (s.isScalar() && s.plain) {
                                long long n = 0;
                                double d = 0;
                                const std::string_view text = m_tree->scalar(s);
                                if (parseDouble(text, d)) {
                                    if (parseInteger(text, n) && n >= 0 && n <= 65535)
                                        p.number = int(n);
                                    else
                                        error(s,
                                            tr("port %1 is out of range (0-65535)")
                                                .arg(excerpt(toQString(text))));
                                    return;
                                }
                            }
                            if (!s.isNull())
                                p.name = string(s);
                        }},
                    {"endPort", [&](const YamlNode &s) { p.endPort = integer(s); }},
                });
            rule.ports.append(p);
        };
        fields(item, ingress ? "ingress rule" : "egress rule",
            {{"from", [&](const YamlNode &v) { items(v, peer); }, ingress},
                {"to", [&](const YamlNode &v) { items(v, peer); }, !ingress},
                {"ports", [&](const YamlNode &v) { items(v, port); }}});
        out.append(rule);
    });
    return out;
}

// ---------------------------------------------------------------------------------------------
// policy.networking.k8s.io AdminNetworkPolicy, BaselineAdminNetworkPolicy (v1alpha1) and
// ClusterNetworkPolicy (v1alpha2)

AdminPods ResourceDecoder::adminPods(const YamlNode &node)
{
    AdminPods pods;
    fields(node, "pods",
        {{"namespaceSelector",
             [&](const YamlNode &v) {
                 pods.namespaceSelector = labelSelector(v, "namespaceSelector");
             }},
            {"podSelector",
                [&](const YamlNode &v) { pods.podSelector = labelSelector(v, "podSelector"); }}});
    return pods;
}

QList<AdminRule> ResourceDecoder::adminRules(const YamlNode &node, bool ingress, bool cluster)
{
    QList<AdminRule> out;
    items(node, [&](const YamlNode &item) {
        AdminRule rule;
        const auto peer = [&](const YamlNode &peerNode) {
            AdminPeer p;
            fields(peerNode, "peer",
                {
                    {"namespaces",
                        [&](const YamlNode &s) {
                            if (!s.isNull())
                                p.namespaces = labelSelector(s, "namespaces");
                        }},
                    {"pods",
                        [&](const YamlNode &s) {
                            if (!s.isNull())
                                p.pods = adminPods(s);
                        }},
                    {"networks", [&](const YamlNode &s) { p.networks = strings(s); }, !ingress},
                    {"nodes",
                        [&](const YamlNode &s) {
                            if (!s.isNull())
                                p.nodes = labelSelector(s, "nodes");
                        },
                        !ingress},
                });
            rule.peers.append(p);
        };
        const auto portNumber = [&](AdminPort &p, const YamlNode &s, const char *what) {
            fields(s, what,
                {{"protocol", [&](const YamlNode &x) { p.protocol = string(x); }, !cluster},
                    {"port", [&](const YamlNode &x) { p.port = integer(x); }, !cluster},
                    {"number", [&](const YamlNode &x) { p.port = integer(x); }, cluster},
                    {"range",
                        [&](const YamlNode &x) {
                            fields(x, "range",
                                {{"start", [&](const YamlNode &y) { p.start = integer(y); }},
                                    {"end", [&](const YamlNode &y) { p.end = integer(y); }}});
                        },
                        cluster}});
        };
        const auto port = [&](const YamlNode &portNode) {
            AdminPort p;
            if (cluster) {
                const auto protocol = [&](const char *name) {
                    return [&p, name, this, &portNumber](const YamlNode &s) {
                        p.protocol = QString::fromLatin1(name).toUpper();
                        fields(s, name, {{"destinationPort", [&](const YamlNode &x) {
                                              portNumber(p, x, "destinationPort");
                                          }}});
                    };
                };
                fields(portNode, "protocol",
                    {{"tcp", protocol("tcp")}, {"udp", protocol("udp")}, {"sctp", protocol("sctp")},
                        {"destinationNamedPort",
                            [&](const YamlNode &s) { p.namedPort = string(s); }}});
            } else {
                fields(portNode, "port",
                    {{"portNumber", [&](const YamlNode &s) { portNumber(p, s, "portNumber"); }},
                        {"namedPort", [&](const YamlNode &s) { p.namedPort = string(s); }},
                        {"portRange", [&](const YamlNode &s) {
                             fields(s, "portRange",
                                 {{"protocol", [&](const YamlNode &x) { p.protocol = string(x); }},
                                     {"start", [&](const YamlNode &x) { p.start = integer(x); }},
                                     {"end", [&](const YamlNode &x) { p.end = integer(x); }}});
                         }}});
            }
            rule.ports.append(p);
        };
        fields(item, ingress ? "ingress rule" : "egress rule",
            {{"name", [&](const YamlNode &v) { rule.name = string(v); }},
                {"action", [&](const YamlNode &v) { rule.action = string(v); }},
                {"from", [&](const YamlNode &v) { items(v, peer); }, ingress},
                {"to", [&](const YamlNode &v) { items(v, peer); }, !ingress},
                {"ports", [&](const YamlNode &v) { items(v, port); }, !cluster},
                {"protocols", [&](const YamlNode &v) { items(v, port); }, cluster}});
        out.append(rule);
    });
    return out;
}

void ResourceDecoder::decodeAdminPolicy(const YamlNode &object, ResourceKind kind)
{
    AdminPolicy policy;
    policy.kind = kind;
    const bool cluster = kind == ResourceKind::ClusterNetworkPolicy;
    topLevel(
        object, policy.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {
                    {"tier", [&](const YamlNode &v) { policy.tier = string(v); }, cluster},
                    {"priority", [&](const YamlNode &v) { policy.priority = integer(v); },
                        kind != ResourceKind::BaselineAdminNetworkPolicy},
                    {"subject",
                        [&](const YamlNode &v) {
                            fields(v, "subject",
                                {{"namespaces",
                                     [&](const YamlNode &s) {
                                         if (!s.isNull())
                                             policy.subjectNamespaces
                                                 = labelSelector(s, "namespaces");
                                     }},
                                    {"pods", [&](const YamlNode &s) {
                                         if (!s.isNull())
                                             policy.subjectPods = adminPods(s);
                                     }}});
                        }},
                    {"ingress",
                        [&](const YamlNode &v) { policy.ingress = adminRules(v, true, cluster); }},
                    {"egress",
                        [&](const YamlNode &v) { policy.egress = adminRules(v, false, cluster); }},
                });
        },
        notKeptField());
    policy.source = finishResource(object);
    m_out.adminPolicies.append(std::move(policy));
}

// ---------------------------------------------------------------------------------------------
// Inventory (lenient: fields that are not modelled are ignored)

void ResourceDecoder::decodeNamespace(const YamlNode &object)
{
    Namespace ns;
    topLevel(object, ns.meta, notKeptField(), notKeptField());
    ns.source = finishResource(object);
    m_out.namespaces.append(std::move(ns));
}

void ResourceDecoder::decodeServiceAccount(const YamlNode &object)
{
    ServiceAccount sa;
    topLevel(object, sa.meta, notKeptField(), notKeptField());
    sa.source = finishResource(object);
    m_out.serviceAccounts.append(std::move(sa));
}

void ResourceDecoder::podSpec(const YamlNode &node, QString &serviceAccount, bool &hostNetwork,
    QList<ContainerPort> &ports, QString *nodeName)
{
    QString deprecatedServiceAccount;
    const auto containerPort = [&](const YamlNode &portNode) {
        ContainerPort port;
        bool readable = true;
        fields(portNode, "port",
            {
                {"name", [&](const YamlNode &s) { port.name = string(s); }},
                {"containerPort",
                    [&](const YamlNode &s) {
                        const std::optional<int> number = integer(s);
                        readable = number.has_value();
                        port.containerPort = number.value_or(0);
                    }},
                {"protocol", [&](const YamlNode &s) { port.protocol = string(s); }},
            });
        port.protocol = kubernetesPortProtocol(port.protocol);
        // A containerPort that is not a number is reported here; kept as port 0, validation
        // would report it again, out of range, as if 0 had been written.
        if (readable)
            ports.append(port);
    };
    const auto container = [&](const YamlNode &c) {
        fields(c, "container", {{"ports", [&](const YamlNode &p) { items(p, containerPort); }}});
    };
    fields(node, "spec",
        {
            {"serviceAccountName", [&](const YamlNode &v) { serviceAccount = string(v); }},
            {"serviceAccount", [&](const YamlNode &v) { deprecatedServiceAccount = string(v); }},
            {"nodeName",
                [&](const YamlNode &v) {
                    if (nodeName)
                        *nodeName = string(v);
                }},
            {"hostNetwork", [&](const YamlNode &v) { hostNetwork = boolean(v); }},
            {"containers", [&](const YamlNode &v) { items(v, container); }},
        });
    if (serviceAccount.isEmpty())
        serviceAccount = deprecatedServiceAccount;
}

void ResourceDecoder::decodePod(const YamlNode &object)
{
    Pod pod;
    QString podIP;
    bool haveIPs = false;
    const auto podIPs = [&](const YamlNode &item) {
        fields(item, "podIPs", {{"ip", [&](const YamlNode &ip) {
                                     const QString text = string(ip);
                                     if (!text.isEmpty())
                                         pod.podIPs.append(text);
                                 }}});
    };
    topLevel(
        object, pod.meta,
        [&](const YamlNode &spec) {
            podSpec(spec, pod.serviceAccountName, pod.hostNetwork, pod.ports, &pod.nodeName);
        },
        [&](const YamlNode &status) {
            fields(status, "status",
                {{"podIP", [&](const YamlNode &v) { podIP = string(v); }},
                    {"podIPs", [&](const YamlNode &v) {
                         haveIPs = v.isSequence();
                         items(v, podIPs);
                     }}});
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
    fields(node, "template",
        {{"metadata",
             [&](const YamlNode &v) {
                 fields(v, "metadata",
                     {{"labels", [&](const YamlNode &l) { workload.templateLabels = labels(l); }}});
             }},
            {"spec", [&](const YamlNode &v) {
                 podSpec(
                     v, workload.serviceAccountName, workload.hostNetwork, workload.ports, nullptr);
             }}});
}

void ResourceDecoder::decodeWorkload(const YamlNode &object, ResourceKind kind)
{
    WorkloadTemplate workload;
    workload.kind = kind;
    const bool hasReplicas = kind == ResourceKind::Deployment || kind == ResourceKind::ReplicaSet
        || kind == ResourceKind::StatefulSet || kind == ResourceKind::ReplicationController;
    const bool cronJob = kind == ResourceKind::CronJob;
    // A CronJob's pod template is under spec.jobTemplate.spec.template; the others' under
    // spec.template. Fields of the other shape are read but not kept (workloads are lenient).
    const auto jobSpec = [&](const YamlNode &spec) {
        fields(spec, "spec",
            {{"replicas", notKeptField()},
                {"template", [&](const YamlNode &t) { podTemplate(t, workload); }},
                {"jobTemplate", notKeptField()}});
    };
    topLevel(
        object, workload.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {
                    {"replicas",
                        [&](const YamlNode &v) {
                            if (hasReplicas)
                                workload.replicas = integer(v);
                            else
                                notKept();
                        }},
                    {"template",
                        [&](const YamlNode &v) {
                            if (!cronJob)
                                podTemplate(v, workload);
                            else
                                notKept();
                        }},
                    {"jobTemplate",
                        [&](const YamlNode &v) {
                            if (cronJob)
                                fields(v, "jobTemplate", {{"spec", jobSpec}});
                            else
                                notKept();
                        }},
                });
        },
        notKeptField());
    workload.source = finishResource(object);
    m_out.workloads.append(std::move(workload));
}

void ResourceDecoder::decodeService(const YamlNode &object)
{
    Service service;
    const auto port = [&](const YamlNode &item) {
        ServicePort p;
        fields(item, "port",
            {
                {"name", [&](const YamlNode &s) { p.name = string(s); }},
                {"protocol", [&](const YamlNode &s) { p.protocol = string(s); }},
                {"port", [&](const YamlNode &s) { p.port = integer(s).value_or(0); }},
                {"targetPort",
                    [&](const YamlNode &s) {
                        double d = 0;
                        if (s.isScalar() && s.plain && parseDouble(m_tree->scalar(s), d))
                            p.targetPortNumber = integer(s);
                        else
                            p.targetPortName = string(s);
                    }},
            });
        p.protocol = kubernetesPortProtocol(p.protocol);
        service.ports.append(p);
    };
    topLevel(
        object, service.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {
                    {"selector",
                        [&](const YamlNode &v) {
                            if (!v.isNull())
                                service.selector = labels(v);
                        }},
                    {"type", [&](const YamlNode &v) { service.type = string(v); }},
                    {"clusterIP", [&](const YamlNode &v) { service.clusterIP = string(v); }},
                    {"ports", [&](const YamlNode &v) { items(v, port); }},
                });
        },
        notKeptField());
    service.source = finishResource(object);
    m_out.services.append(std::move(service));
}

void ResourceDecoder::decodeEndpointSlice(const YamlNode &object)
{
    EndpointSlice slice;
    const auto endpoint = [&](const YamlNode &item) {
        EndpointSliceEndpoint e;
        QString refKind;
        QString refName;
        fields(item, "endpoint",
            {
                {"addresses", [&](const YamlNode &v) { e.addresses = strings(v); }},
                {"nodeName", [&](const YamlNode &v) { e.nodeName = string(v); }},
                {"targetRef",
                    [&](const YamlNode &v) {
                        fields(v, "targetRef",
                            {{"kind", [&](const YamlNode &s) { refKind = string(s); }},
                                {"name", [&](const YamlNode &s) { refName = string(s); }}});
                    }},
            });
        if (refKind == QLatin1StringView("Pod"))
            e.targetPod = refName;
        slice.endpoints.append(e);
    };
    const auto port = [&](const YamlNode &item) {
        EndpointSlicePort p;
        fields(item, "port",
            {
                {"name", [&](const YamlNode &s) { p.name = string(s); }},
                {"protocol", [&](const YamlNode &s) { p.protocol = string(s); }},
                {"port", [&](const YamlNode &s) { p.port = integer(s); }},
            });
        p.protocol = kubernetesPortProtocol(p.protocol);
        slice.ports.append(p);
    };
    // An EndpointSlice keeps its fields at the top level, beside metadata.
    fields(object, "",
        {
            {"apiVersion", kIgnored},
            {"kind", kIgnored},
            {"metadata", [&](const YamlNode &v) { slice.meta = metadata(v); }},
            {"addressType", [&](const YamlNode &v) { slice.addressType = string(v); }},
            {"endpoints", [&](const YamlNode &v) { items(v, endpoint); }},
            {"ports", [&](const YamlNode &v) { items(v, port); }},
        });
    slice.source = finishResource(object);
    m_out.endpointSlices.append(std::move(slice));
}

void ResourceDecoder::decodeNode(const YamlNode &object)
{
    Node node;
    QString podCIDR;
    const auto address = [&](const YamlNode &item) {
        NodeAddress a;
        fields(item, "address",
            {{"type", [&](const YamlNode &s) { a.type = string(s); }},
                {"address", [&](const YamlNode &s) { a.address = string(s); }}});
        node.addresses.append(a);
    };
    topLevel(
        object, node.meta,
        [&](const YamlNode &spec) {
            fields(spec, "spec",
                {{"podCIDR", [&](const YamlNode &v) { podCIDR = string(v); }},
                    {"podCIDRs", [&](const YamlNode &v) { node.podCIDRs = strings(v); }}});
        },
        [&](const YamlNode &status) {
            fields(
                status, "status", {{"addresses", [&](const YamlNode &v) { items(v, address); }}});
        });
    if (node.podCIDRs.isEmpty() && !podCIDR.isEmpty())
        node.podCIDRs = QStringList {podCIDR};
    node.source = finishResource(object);
    m_out.nodes.append(std::move(node));
}

} // namespace ps
