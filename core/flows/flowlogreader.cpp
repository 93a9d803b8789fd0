#include "core/flows/flowlogreader.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <unistd.h>
#include <zlib.h>

#include "core/flows/jsondom_p.h"
#include "core/flows/policyhit.h"

namespace ps {

namespace {

struct ReaderWords {
    Q_DECLARE_TR_FUNCTIONS(FlowLog)
};

constexpr qsizetype kChunk = qsizetype(256) * 1024;

// The bytes that matter when skipping over a JSON value: quotes, backslashes, brackets and line
// ends (for positions); everything else is stepped over.
constexpr std::array<bool, 256> kStructural = [] {
    std::array<bool, 256> t {};
    for (const char c : {'"', '\\', '\n', '{', '}', '[', ']'})
        t[uchar(c)] = true;
    return t;
}();

// Where an offset of a record's text is, counted from where the record starts.
void placeAt(const QByteArray &text, qsizetype offset, int line, int column, Error &e)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    e.line = line;
    e.column = column;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            ++e.line;
            e.column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) {
            ++e.column;
        }
    }
}

// Reads the fields of one record, remembering the first problem with its place.
class RecordParser {
public:
    RecordParser(const QByteArray &text, const QString &file, int line, int column)
        : m_text(text), m_file(file), m_line(line), m_column(column)
    {
    }

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    // `path` names the field in the error; `needle` is text to place the error at (the key
    // when empty).
    void fail(const QString &path, const QString &message, const QString &needle = {})
    {
        if (m_error)
            return;
        Error e;
        e.file = m_file;
        e.path = path;
        e.message = ReaderWords::tr("field %1: %2").arg(path, message);
        const QString leaf = path.section(u'.', -1).section(u'[', 0, 0);
        const QByteArray what = needle.isEmpty() ? QByteArray('"' + leaf.toUtf8() + '"')
                                                 : QByteArray('"' + needle.toUtf8());
        placeAt(m_text, std::max<qsizetype>(0, m_text.indexOf(what)), m_line, m_column, e);
        m_error = e;
    }
    void failWhole(const QString &message)
    {
        if (m_error)
            return;
        Error e;
        e.file = m_file;
        e.message = message;
        e.line = m_line;
        e.column = m_column;
        m_error = e;
    }

    // A string field; null and missing read as "". Two names: snake_case and the camelCase of
    // protobuf JSON.
    QString string(
        JsonRef o, const QString &prefix, QLatin1StringView key, QLatin1StringView camel = {})
    {
        const JsonRef v = value(o, key, camel);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            fail(prefix + key, ReaderWords::tr("expected a string"));
        return {};
    }

    // A whole number (protobuf JSON writes 64-bit numbers as strings); nullopt when null or
    // missing.
    std::optional<qint64> integer(
        JsonRef o, const QString &prefix, QLatin1StringView key, QLatin1StringView camel = {})
    {
        const JsonRef v = value(o, key, camel);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (v.isNumber()) {
            if (const std::optional<qint64> n = v.toWholeNumber())
                return n;
        } else if (v.isString()) {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (ok)
                return n;
        }
        fail(prefix + key, ReaderWords::tr("expected a whole number"));
        return std::nullopt;
    }

    static JsonRef value(JsonRef o, QLatin1StringView key, QLatin1StringView camel)
    {
        const JsonRef v = o.value(key);
        if (!v.isUndefined() || camel.isEmpty())
            return v;
        return o.value(camel);
    }

    std::optional<int> port(
        JsonRef o, const QString &prefix, QLatin1StringView key, QLatin1StringView camel = {})
    {
        const std::optional<qint64> n = integer(o, prefix, key, camel);
        if (!n)
            return std::nullopt;
        if (*n < 0 || *n > 65535) {
            fail(prefix + key,
                ReaderWords::tr("a port is a number from 0 to 65535, got %1").arg(*n));
            return std::nullopt;
        }
        return int(*n);
    }

    qint64 counter(JsonRef o, QLatin1StringView key, QLatin1StringView camel = {})
    {
        const std::optional<qint64> n = integer(o, {}, key, camel);
        if (n && *n < 0)
            fail(key, ReaderWords::tr("a counter cannot be negative"));
        return n.value_or(0);
    }

    FlowAction action(JsonRef v, const QString &path)
    {
        std::optional<FlowAction> a;
        if (v.isString())
            a = flowActionFromName(v.toString());
        else if (v.isNumber())
            a = flowActionFromNumber(qint64(v.toDouble()));
        else if (v.isUndefined() || v.isNull())
            a = FlowAction::Unknown;
        if (!a) {
            fail(path, ReaderWords::tr("unknown action %1").arg(jsonText(v)));
            return FlowAction::Unknown;
        }
        return *a;
    }

    FlowReporter reporter(JsonRef v, const QString &path)
    {
        QString s = v.isString() ? v.toString().toLower() : QString();
        if (v.isNumber()) {
            const auto n = qint64(v.toDouble());
            s = n == 1 ? QStringLiteral("src") : n == 2 ? QStringLiteral("dst") : QString();
        }
        // Enterprise may write "src,fwd" / "dst,fwd": the endpoint's own side decides.
        const QString first = s.section(u',', 0, 0);
        if (first == u"src")
            return FlowReporter::Src;
        if (first == u"dst")
            return FlowReporter::Dst;
        if (first == u"fwd")
            return FlowReporter::Fwd;
        fail(path, ReaderWords::tr("unknown reporter %1 (expected src or dst)").arg(jsonText(v)));
        return FlowReporter::Unknown;
    }

    static QString jsonText(JsonRef v)
    {
        if (v.isString())
            return u'"' + v.toString() + u'"';
        if (v.isNumber())
            return QString::number(v.toDouble());
        if (v.isUndefined())
            return ReaderWords::tr("(missing)");
        // As written, quoting at most a short excerpt of a long value.
        constexpr qsizetype kMaxQuoted = 60;
        const QByteArrayView t = v.text();
        return t.size() <= kMaxQuoted ? QString::fromUtf8(t)
                                      : QString::fromUtf8(t.first(kMaxQuoted)) + u'…';
    }

    static QString itemPath(const QString &path, qsizetype i)
    {
        return path + u'[' + QString::number(i) + u']';
    }

    // A list of hits, each read by `readItem(item, path, index)` (nullopt after failing).
    template<class F> QList<PolicyHit> hitList(JsonRef v, const QString &path, F readItem)
    {
        QList<PolicyHit> hits;
        if (v.isUndefined() || v.isNull())
            return hits;
        if (!v.isArray()) {
            fail(path, ReaderWords::tr("expected a list of policy hits"));
            return hits;
        }
        qsizetype i = 0;
        for (JsonRef item = v.first(); !item.isUndefined(); item = item.next(), ++i) {
            std::optional<PolicyHit> hit = readItem(item, path, i);
            if (!hit)
                return hits;
            hits.append(std::move(*hit));
        }
        std::stable_sort(hits.begin(), hits.end(),
            [](const PolicyHit &x, const PolicyHit &y) { return x.index < y.index; });
        return hits;
    }

    // A list of hit strings (Enterprise).
    QList<PolicyHit> hitStrings(JsonRef v, const QString &path)
    {
        return hitList(v, path,
            [this](JsonRef item, const QString &path, qsizetype i) -> std::optional<PolicyHit> {
                if (!item.isString()) {
                    fail(itemPath(path, i), ReaderWords::tr("expected a policy hit string"));
                    return std::nullopt;
                }
                const QString text = item.toString();
                Result<PolicyHit> hit = parsePolicyHitString(text);
                if (!hit) {
                    fail(itemPath(path, i), hit.error().message, text);
                    return std::nullopt;
                }
                return std::move(hit).value();
            });
    }

    // A list of structured hits (Whisker names, Goldmane numbers or names).
    QList<PolicyHit> hitObjects(JsonRef v, const QString &path)
    {
        return hitList(v, path,
            [this](JsonRef item, const QString &path, qsizetype i) -> std::optional<PolicyHit> {
                const QString itemPath = RecordParser::itemPath(path, i);
                const QString prefix = itemPath + u'.';
                if (!item.isObject()) {
                    fail(itemPath, ReaderWords::tr("expected a policy hit object"));
                    return std::nullopt;
                }
                const JsonRef h = item;
                PolicyHit hit;
                bool endOfTier = false;
                hit.kind = hitKind(h, itemPath, &endOfTier);
                hit.namespace_ = string(h, prefix, QLatin1StringView("namespace"));
                hit.name = string(h, prefix, QLatin1StringView("name"));
                hit.tier = string(h, prefix, QLatin1StringView("tier"));
                hit.action = action(
                    h.value(QLatin1StringView("action")), prefix + QStringLiteral("action"));
                hit.index = int(integer(
                    h, prefix, QLatin1StringView("policy_index"), QLatin1StringView("policyIndex"))
                                    .value_or(0));
                const qint64 rule = integer(
                    h, prefix, QLatin1StringView("rule_index"), QLatin1StringView("ruleIndex"))
                                        .value_or(0);
                if (rule == -1 || endOfTier) {
                    hit.endOfTier = true;
                    const JsonRef trigger = h.value(QLatin1StringView("trigger"));
                    if (trigger.isObject()) {
                        const JsonRef t = trigger;
                        bool nested = false;
                        hit.kind = hitKind(t, itemPath + QStringLiteral(".trigger"), &nested);
                        hit.namespace_ = string(t, itemPath + QStringLiteral(".trigger."),
                            QLatin1StringView("namespace"));
                        hit.name = string(
                            t, itemPath + QStringLiteral(".trigger."), QLatin1StringView("name"));
                    }
                } else if (rule >= 0) {
                    hit.rule = int(rule);
                }
                if (hit.kind == HitKind::Profile)
                    hit.tier.clear();
                return hit;
            });
    }

    HitKind hitKind(JsonRef h, const QString &path, bool *endOfTier)
    {
        const JsonRef v = h.value(QLatin1StringView("kind"));
        std::optional<HitKind> kind;
        if (v.isString())
            kind = hitKindFromName(v.toString(), endOfTier);
        else if (v.isNumber())
            kind = hitKindFromNumber(qint64(v.toDouble()), endOfTier);
        else if (v.isUndefined() || v.isNull())
            kind = hitKindFromNumber(0, endOfTier);
        if (!kind) {
            fail(path + QStringLiteral(".kind"),
                ReaderWords::tr("unknown policy kind %1").arg(jsonText(v)));
            return HitKind::Unknown;
        }
        return *kind;
    }

private:
    const QByteArray &m_text;
    const QString &m_file;
    int m_line;
    int m_column;
    std::optional<Error> m_error;
};

Labels labelsFromList(JsonRef list)
{
    Labels labels;
    for (JsonRef v = list.first(); !v.isUndefined(); v = v.next()) {
        const QString s = v.toString();
        const qsizetype eq = s.indexOf(u'=');
        if (eq > 0)
            labels.insert(s.left(eq), s.mid(eq + 1));
    }
    return labels;
}

void setNetworkName(FlowEnd &end)
{
    if (end.aggregated == u"PUBLIC NETWORK")
        end.aggregated = QStringLiteral("pub");
    else if (end.aggregated == u"PRIVATE NETWORK")
        end.aggregated = QStringLiteral("pvt");
    if (end.aggregated == u"pub" || end.aggregated == u"pvt")
        end.kind = FlowEndKind::Network;
}

QString notDash(const QString &s)
{
    return s == u"-" ? QString() : s;
}

void readWhisker(JsonRef o, RecordParser &p, FlowRecord &r)
{
    r.format = FlowFormat::Whisker;
    const auto time = [&](QLatin1StringView key) -> qint64 {
        const QString s = p.string(o, {}, key);
        if (s.isEmpty())
            return 0;
        const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid()) {
            p.fail(key, ReaderWords::tr("expected an RFC 3339 time, got \"%1\"").arg(s));
            return 0;
        }
        return t.toSecsSinceEpoch();
    };
    r.startTime = time(QLatin1StringView("start_time"));
    r.endTime = time(QLatin1StringView("end_time"));
    const auto end
        = [&](FlowEnd &e, QLatin1StringView name, QLatin1StringView ns, QLatin1StringView labels) {
              e.aggregated = p.string(o, {}, name);
              e.namespace_ = notDash(p.string(o, {}, ns));
              const QString l = p.string(o, {}, labels);
              for (const QString &part : l.split(QStringLiteral(" | "), Qt::SkipEmptyParts)) {
                  const qsizetype eq = part.indexOf(u'=');
                  if (eq > 0)
                      e.labels.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
              }
              setNetworkName(e);
          };
    end(r.source, QLatin1StringView("source_name"), QLatin1StringView("source_namespace"),
        QLatin1StringView("source_labels"));
    end(r.destination, QLatin1StringView("dest_name"), QLatin1StringView("dest_namespace"),
        QLatin1StringView("dest_labels"));
    r.protocol = p.string(o, {}, QLatin1StringView("protocol")).toLower();
    r.port = p.port(o, {}, QLatin1StringView("dest_port"));
    r.reporter = p.reporter(o.value(QLatin1StringView("reporter")), QStringLiteral("reporter"));
    r.action = p.action(o.value(QLatin1StringView("action")), QStringLiteral("action"));
    const JsonRef policies = o.value(QLatin1StringView("policies"));
    if (policies.isObject()) {
        const JsonRef po = policies;
        r.enforced = p.hitObjects(
            po.value(QLatin1StringView("enforced")), QStringLiteral("policies.enforced"));
        r.pending = p.hitObjects(
            po.value(QLatin1StringView("pending")), QStringLiteral("policies.pending"));
    } else if (!policies.isUndefined() && !policies.isNull()) {
        p.fail(QStringLiteral("policies"), ReaderWords::tr("expected an object"));
    }
    r.packetsIn = p.counter(o, QLatin1StringView("packets_in"));
    r.packetsOut = p.counter(o, QLatin1StringView("packets_out"));
    r.bytesIn = p.counter(o, QLatin1StringView("bytes_in"));
    r.bytesOut = p.counter(o, QLatin1StringView("bytes_out"));
}

FlowEndKind endKindFromNumber(qint64 n)
{
    switch (n) {
    case 1:
        return FlowEndKind::Workload;
    case 2:
        return FlowEndKind::HostEndpoint;
    case 3:
        return FlowEndKind::NetworkSet;
    case 4:
        return FlowEndKind::Network;
    default:
        return FlowEndKind::Unknown;
    }
}

std::optional<FlowEndKind> endKindFromName(const QString &s)
{
    if (s == u"wep" || s == u"WorkloadEndpoint")
        return FlowEndKind::Workload;
    if (s == u"hep" || s == u"HostEndpoint")
        return FlowEndKind::HostEndpoint;
    if (s == u"ns" || s == u"NetworkSet")
        return FlowEndKind::NetworkSet;
    if (s == u"net" || s == u"Network")
        return FlowEndKind::Network;
    if (s.isEmpty() || s == u"EndpointTypeUnspecified")
        return FlowEndKind::Unknown;
    return std::nullopt;
}

FlowEndKind endKind(JsonRef o, RecordParser &p, const QString &prefix, QLatin1StringView key,
    QLatin1StringView camel)
{
    const JsonRef v = RecordParser::value(o, key, camel);
    if (v.isNumber())
        return endKindFromNumber(qint64(v.toDouble()));
    if (v.isUndefined() || v.isNull())
        return FlowEndKind::Unknown;
    if (v.isString()) {
        if (const std::optional<FlowEndKind> k = endKindFromName(v.toString()))
            return *k;
    }
    p.fail(prefix + key,
        ReaderWords::tr("unknown endpoint type %1 (expected wep, hep, ns or net)")
            .arg(RecordParser::jsonText(v)));
    return FlowEndKind::Unknown;
}

void readGoldmane(JsonRef o, RecordParser &p, FlowRecord &r)
{
    r.format = FlowFormat::Goldmane;
    if (!o.contains(QLatin1StringView("Key")) && o.value(QLatin1StringView("flow")).isObject())
        o = o.value(QLatin1StringView("flow"));
    const JsonRef keyValue = o.value(QLatin1StringView("Key"));
    if (!keyValue.isObject()) {
        p.fail(QStringLiteral("Key"), ReaderWords::tr("expected an object"));
        return;
    }
    const JsonRef k = keyValue;
    const QString kp = QStringLiteral("Key.");
    const auto end = [&](FlowEnd &e, const char *name, const char *nameCamel, const char *ns,
                         const char *nsCamel, const char *type, const char *typeCamel) {
        e.aggregated = p.string(k, kp, QLatin1StringView(name), QLatin1StringView(nameCamel));
        e.namespace_ = notDash(p.string(k, kp, QLatin1StringView(ns), QLatin1StringView(nsCamel)));
        e.kind = endKind(k, p, kp, QLatin1StringView(type), QLatin1StringView(typeCamel));
        if (e.kind == FlowEndKind::Unknown || e.kind == FlowEndKind::Network)
            setNetworkName(e);
    };
    end(r.source, "source_name", "sourceName", "source_namespace", "sourceNamespace", "source_type",
        "sourceType");
    end(r.destination, "dest_name", "destName", "dest_namespace", "destNamespace", "dest_type",
        "destType");
    r.port = p.port(k, kp, QLatin1StringView("dest_port"), QLatin1StringView("destPort"));
    r.protocol = p.string(k, kp, QLatin1StringView("proto")).toLower();
    r.reporter
        = p.reporter(k.value(QLatin1StringView("reporter")), kp + QStringLiteral("reporter"));
    r.action = p.action(k.value(QLatin1StringView("action")), kp + QStringLiteral("action"));
    const JsonRef policies = k.value(QLatin1StringView("policies"));
    if (policies.isObject()) {
        const JsonRef po = policies;
        r.enforced = p.hitObjects(RecordParser::value(po, QLatin1StringView("enforced_policies"),
                                      QLatin1StringView("enforcedPolicies")),
            kp + QStringLiteral("policies.enforced_policies"));
        r.pending = p.hitObjects(RecordParser::value(po, QLatin1StringView("pending_policies"),
                                     QLatin1StringView("pendingPolicies")),
            kp + QStringLiteral("policies.pending_policies"));
    }
    r.startTime = p.integer(o, {}, QLatin1StringView("start_time"), QLatin1StringView("startTime"))
                      .value_or(0);
    r.endTime
        = p.integer(o, {}, QLatin1StringView("end_time"), QLatin1StringView("endTime")).value_or(0);
    const auto labels = [&](FlowEnd &e, QLatin1StringView key, QLatin1StringView camel) {
        const JsonRef v = RecordParser::value(o, key, camel);
        if (v.isArray())
            e.labels = labelsFromList(v);
        else if (!v.isUndefined() && !v.isNull())
            p.fail(key, ReaderWords::tr("expected a list of key=value strings"));
    };
    labels(r.source, QLatin1StringView("source_labels"), QLatin1StringView("sourceLabels"));
    labels(r.destination, QLatin1StringView("dest_labels"), QLatin1StringView("destLabels"));
    r.packetsIn = p.counter(o, QLatin1StringView("packets_in"), QLatin1StringView("packetsIn"));
    r.packetsOut = p.counter(o, QLatin1StringView("packets_out"), QLatin1StringView("packetsOut"));
    r.bytesIn = p.counter(o, QLatin1StringView("bytes_in"), QLatin1StringView("bytesIn"));
    r.bytesOut = p.counter(o, QLatin1StringView("bytes_out"), QLatin1StringView("bytesOut"));
}

void readEnterprise(JsonRef o, RecordParser &p, FlowRecord &r)
{
    r.format = FlowFormat::Enterprise;
    r.startTime = p.integer(o, {}, QLatin1StringView("start_time")).value_or(0);
    r.endTime = p.integer(o, {}, QLatin1StringView("end_time")).value_or(0);
    // The keys of one side of the record.
    struct EndKeys {
        QLatin1StringView type, ip, name, aggregated, namespace_, labels;
    };
    static constexpr EndKeys kSource {QLatin1StringView("source_type"),
        QLatin1StringView("source_ip"), QLatin1StringView("source_name"),
        QLatin1StringView("source_name_aggr"), QLatin1StringView("source_namespace"),
        QLatin1StringView("source_labels")};
    static constexpr EndKeys kDest {QLatin1StringView("dest_type"), QLatin1StringView("dest_ip"),
        QLatin1StringView("dest_name"), QLatin1StringView("dest_name_aggr"),
        QLatin1StringView("dest_namespace"), QLatin1StringView("dest_labels")};
    const auto end = [&](FlowEnd &e, const EndKeys &keys) {
        e.kind = endKind(o, p, {}, keys.type, {});
        const JsonRef ip = o.value(keys.ip);
        if (ip.isString())
            e.ip = ip.toString();
        else if (!ip.isUndefined() && !ip.isNull())
            p.fail(keys.ip, ReaderWords::tr("expected an address or null"));
        const JsonRef name = o.value(keys.name);
        if (name.isString())
            e.name = notDash(name.toString());
        else if (!name.isUndefined() && !name.isNull())
            p.fail(keys.name, ReaderWords::tr("expected a string"));
        const JsonRef aggr = o.value(keys.aggregated);
        if (aggr.isString())
            e.aggregated = aggr.toString();
        else if (!aggr.isUndefined() && !aggr.isNull())
            p.fail(keys.aggregated, ReaderWords::tr("expected a string"));
        const JsonRef ns = o.value(keys.namespace_);
        if (ns.isString())
            e.namespace_ = notDash(ns.toString());
        else if (!ns.isUndefined() && !ns.isNull())
            p.fail(keys.namespace_, ReaderWords::tr("expected a string"));
        const JsonRef labels = o.value(keys.labels);
        if (labels.isObject())
            e.labels = labelsFromList(labels.value(QLatin1StringView("labels")));
        if (e.kind == FlowEndKind::Network || e.kind == FlowEndKind::Unknown)
            setNetworkName(e);
    };
    end(r.source, kSource);
    end(r.destination, kDest);
    r.port = p.port(o, {}, QLatin1StringView("dest_port"));
    r.protocol = p.string(o, {}, QLatin1StringView("proto")).toLower();
    r.reporter = p.reporter(o.value(QLatin1StringView("reporter")), QStringLiteral("reporter"));
    r.action = p.action(o.value(QLatin1StringView("action")), QStringLiteral("action"));
    const JsonRef policies = o.value(QLatin1StringView("policies"));
    if (policies.isObject()) {
        const JsonRef po = policies;
        if (po.contains(QLatin1StringView("enforced_policies"))
            || !po.contains(QLatin1StringView("all_policies"))) {
            r.enforced = p.hitStrings(po.value(QLatin1StringView("enforced_policies")),
                QStringLiteral("policies.enforced_policies"));
            r.pending = p.hitStrings(po.value(QLatin1StringView("pending_policies")),
                QStringLiteral("policies.pending_policies"));
        } else {
            // Enterprise 3.20 and older: one trace, staged hits mixed in.
            const QList<PolicyHit> all = p.hitStrings(po.value(QLatin1StringView("all_policies")),
                QStringLiteral("policies.all_policies"));
            r.pending = all;
            for (const PolicyHit &h : all) {
                if (!h.isStaged())
                    r.enforced.append(h);
            }
        }
    } else if (!policies.isUndefined() && !policies.isNull()) {
        p.fail(QStringLiteral("policies"), ReaderWords::tr("expected an object"));
    }
    r.packetsIn = p.counter(o, QLatin1StringView("packets_in"));
    r.packetsOut = p.counter(o, QLatin1StringView("packets_out"));
    r.bytesIn = p.counter(o, QLatin1StringView("bytes_in"));
    r.bytesOut = p.counter(o, QLatin1StringView("bytes_out"));
    r.host = p.string(o, {}, QLatin1StringView("host"));
    r.cluster = p.string(o, {}, QLatin1StringView("cluster"));
}

} // namespace

Result<FlowRecord> parseFlowRecord(
    const QByteArray &text, const QString &fileName, int line, int column)
{
    JsonDom doc;
    if (!doc.parse(text)) {
        Error e;
        e.file = fileName;
        e.message = ReaderWords::tr("not valid JSON: %1").arg(doc.error());
        placeAt(text, doc.errorOffset(), line, column, e);
        return e;
    }
    RecordParser p(text, fileName, line, column);
    const JsonRef o = doc.root();
    if (!o.isObject()) {
        p.failWhole(ReaderWords::tr("a flow record is a JSON object"));
        return p.error();
    }
    FlowRecord r;
    r.line = line;
    r.column = column;
    if (o.contains(QLatin1StringView("Key")) || o.contains(QLatin1StringView("flow")))
        readGoldmane(o, p, r);
    else if (o.contains(QLatin1StringView("source_name_aggr"))
        || o.contains(QLatin1StringView("dest_name_aggr"))
        || o.contains(QLatin1StringView("proto")))
        readEnterprise(o, p, r);
    else if (o.contains(QLatin1StringView("protocol")))
        readWhisker(o, p, r);
    else
        p.failWhole(ReaderWords::tr("not a flow record of a known format (Whisker, Goldmane or "
                                    "Calico Enterprise): it has none of the keys protocol, "
                                    "Key, flow, proto"));
    if (p.failed())
        return p.error();
    return r;
}

struct FlowLogReader::Private {
    QString fileName;
    gzFile gz = nullptr;
    QByteArray memory; // openData
    QIODevice *device = nullptr; // openDevice
    qint64 deviceRead = 0;
    bool useMemory = false;
    qint64 total = 0;
    qint64 memoryRead = 0;

    QByteArray buf;
    QByteArray text; // the record being read
    qsizetype pos = 0;
    qint64 base = 0; // file offset of buf[0] (uncompressed)
    bool eof = false;
    bool readFailed = false;
    int line = 1;
    qint64 lineStart = 0; // offset of the current line's first byte

    enum class State { Top, Array, WrapperKeys, Items };
    State state = State::Top;

    ~Private() { close(); }
    void close()
    {
        if (gz)
            gzclose(gz);
        gz = nullptr;
    }

    // Reads more bytes after what is buffered; false at the end of the input.
    bool fill()
    {
        if (eof)
            return false;
        base += pos;
        buf.remove(0, pos);
        pos = 0;
        const qsizetype had = buf.size();
        if (useMemory) {
            const qsizetype n = std::min<qsizetype>(kChunk, memory.size() - memoryRead);
            buf.append(memory.constData() + memoryRead, n);
            memoryRead += n;
            if (n == 0)
                eof = true;
            return n > 0;
        }
        if (device) {
            const QByteArray more = device->read(kChunk);
            deviceRead += more.size();
            buf.append(more);
            if (more.isEmpty())
                eof = true;
            return !more.isEmpty();
        }
        if (!gz) {
            eof = true;
            return false;
        }
        buf.resize(had + kChunk);
        const int n = gzread(gz, buf.data() + had, unsigned(kChunk));
        if (n <= 0) {
            buf.resize(had);
            eof = true;
            readFailed = n < 0;
            return false;
        }
        buf.resize(had + n);
        return true;
    }

    bool ensure(qsizetype n)
    {
        while (buf.size() - pos < n) {
            if (!fill())
                return buf.size() - pos >= n;
        }
        return true;
    }

    int peek()
    {
        if (pos >= buf.size() && !fill())
            return -1;
        return uchar(buf.at(pos));
    }

    void advance()
    {
        if (buf.at(pos) == '\n') {
            ++line;
            lineStart = base + pos + 1;
        }
        ++pos;
    }

    int column() const { return int(base + pos - lineStart + 1); }

    bool startsWith(const char *text)
    {
        const qsizetype n = qsizetype(qstrlen(text));
        return ensure(n) && std::equal(text, text + n, buf.constData() + pos);
    }

    void skipLine()
    {
        for (int c = peek(); c >= 0 && c != '\n'; c = peek())
            advance();
    }

    // Captures one JSON value starting at pos (object, array, string or literal) into `out`
    // (when given). False when the input ends inside it.
    bool captureValue(QByteArray *out)
    {
        const int first = peek();
        if (first < 0)
            return false;
        if (first != '{' && first != '[' && first != '"')
            return captureLiteral(out);
        int depth = 0;
        bool inString = false;
        bool escape = false; // the last byte read was a backslash in a string
        for (;;) {
            const char *d = buf.constData();
            const qsizetype n = buf.size();
            for (qsizetype i = pos; i < n; ++i) {
                if (escape) { // the byte after a backslash, whatever it is
                    escape = false;
                    if (d[i] == '\n') {
                        ++line;
                        lineStart = base + i + 1;
                    }
                    continue;
                }
                while (i < n && !kStructural[uchar(d[i])])
                    ++i;
                if (i == n)
                    break;
                const char c = d[i];
                if (c == '\n') {
                    ++line;
                    lineStart = base + i + 1;
                } else if (inString) {
                    if (c == '\\') {
                        escape = true;
                    } else if (c == '"') {
                        inString = false;
                        if (depth == 0) {
                            if (out)
                                out->append(d + pos, i + 1 - pos);
                            pos = i + 1;
                            return true;
                        }
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        if (out)
                            out->append(d + pos, i + 1 - pos);
                        pos = i + 1;
                        return true;
                    }
                }
            }
            if (out)
                out->append(d + pos, n - pos);
            pos = n;
            if (!fill())
                return false;
        }
    }

    // A number or a literal: up to the next separator or space (the end of the input ends it).
    bool captureLiteral(QByteArray *out)
    {
        for (;;) {
            const char *d = buf.constData();
            const qsizetype n = buf.size();
            for (qsizetype i = pos; i < n; ++i) {
                const char c = d[i];
                if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r'
                    || c == '\t') {
                    if (out)
                        out->append(d + pos, i - pos);
                    pos = i;
                    return true;
                }
            }
            if (out)
                out->append(d + pos, n - pos);
            pos = n;
            if (!fill())
                return true;
        }
    }

    bool isSpace(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

    // The wrapper of a Whisker list response: {"total":{...},"items":[...]}.
    bool wrapperAhead()
    {
        ensure(64);
        qsizetype i = pos + 1;
        while (i < buf.size() && isSpace(uchar(buf.at(i))))
            ++i;
        const QByteArray rest = buf.mid(i, 8);
        return rest.startsWith("\"total\"") || rest.startsWith("\"items\"");
    }

    enum class Next { Record, Invalid, End };
    Next nextText(QByteArray &text, int &recordLine, int &recordColumn, Error &error)
    {
        for (;;) {
            const int c = peek();
            if (c < 0) {
                if (state != State::Top) {
                    error = {ReaderWords::tr("the input ends inside a JSON %1")
                                 .arg(state == State::Array || state == State::Items
                                         ? QStringLiteral("array")
                                         : QStringLiteral("object")),
                        fileName, line, column()};
                    state = State::Top;
                    return Next::Invalid;
                }
                if (readFailed) {
                    error = {ReaderWords::tr("cannot read the file (damaged gzip data?)"), fileName,
                        line, column()};
                    readFailed = false;
                    return Next::Invalid;
                }
                return Next::End;
            }
            if (isSpace(c) || c == ',') {
                advance();
                continue;
            }
            if (state == State::WrapperKeys) {
                if (c == '}') {
                    advance();
                    state = State::Top;
                    continue;
                }
                QByteArray key;
                if (c != '"' || !captureValue(&key)) {
                    error = {ReaderWords::tr("expected a key of the list response"), fileName, line,
                        column()};
                    state = State::Top;
                    skipLine();
                    return Next::Invalid;
                }
                while (isSpace(peek()) || peek() == ':')
                    advance();
                if (key == "\"items\"" && peek() == '[') {
                    advance();
                    state = State::Items;
                } else {
                    captureValue(nullptr);
                }
                continue;
            }
            if (c == ']' && (state == State::Array || state == State::Items)) {
                advance();
                state = state == State::Array ? State::Top : State::WrapperKeys;
                continue;
            }
            if (state == State::Top) {
                if (c == '[') {
                    advance();
                    state = State::Array;
                    continue;
                }
                if (c == 'd' && startsWith("data:")) {
                    for (int k = 0; k < 5; ++k)
                        advance();
                    continue;
                }
                if (c == ':' || (c == 'e' && startsWith("event:"))
                    || (c == 'i' && startsWith("id:")) || (c == 'r' && startsWith("retry:"))) {
                    skipLine();
                    continue;
                }
                if (c == '{' && wrapperAhead()) {
                    advance();
                    state = State::WrapperKeys;
                    continue;
                }
            }
            recordLine = line;
            recordColumn = column();
            if (c != '{') {
                error = {ReaderWords::tr("expected a flow record (a JSON object), got '%1'")
                             .arg(QChar(c)),
                    fileName, recordLine, recordColumn};
                // Skip the value, and always move on: captureValue() stops before a stray '}'
                // or ']' without taking it (a reader that does not move loops forever).
                const qsizetype before = base + pos;
                if (state == State::Top)
                    skipLine();
                else
                    captureValue(nullptr);
                if (base + pos == before)
                    advance();
                return Next::Invalid;
            }
            text.resize(0); // keeps its capacity for the next record
            if (!captureValue(&text)) {
                error = {ReaderWords::tr("the input ends inside a flow record"), fileName,
                    recordLine, recordColumn};
                state = State::Top;
                return Next::Invalid;
            }
            return Next::Record;
        }
    }
};

FlowLogReader::FlowLogReader() : d(std::make_unique<Private>()) { }

FlowLogReader::~FlowLogReader() = default;

Result<void> FlowLogReader::open(const QString &path)
{
    d = std::make_unique<Private>();
    if (path == u"-") {
        d->fileName = QStringLiteral("<stdin>");
        d->gz = gzdopen(dup(STDIN_FILENO), "rb");
    } else {
        d->fileName = path;
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            return Error {ReaderWords::tr("cannot read the flow log: %1")
                              .arg(info.exists() ? ReaderWords::tr("not a readable file")
                                                 : ReaderWords::tr("no such file")),
                path};
        }
        d->total = info.size();
        d->gz = gzopen(QFile::encodeName(path).constData(), "rb");
    }
    if (!d->gz)
        return Error {ReaderWords::tr("cannot open the flow log"), d->fileName};
    gzbuffer(d->gz, 128 * 1024);
    return {};
}

void FlowLogReader::openDevice(QIODevice *device, const QString &fileName)
{
    d = std::make_unique<Private>();
    d->fileName = fileName;
    d->device = device;
    if (device && !device->isOpen())
        device->open(QIODevice::ReadOnly);
}

void FlowLogReader::openData(QByteArray data, const QString &fileName)
{
    d = std::make_unique<Private>();
    d->fileName = fileName;
    d->total = data.size();
    // Compressed bytes in memory are inflated at once (tests and fuzzing only).
    if (data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b) {
        QByteArray out;
        z_stream z {};
        if (inflateInit2(&z, 16 + MAX_WBITS) == Z_OK) {
            z.next_in = reinterpret_cast<Bytef *>(data.data());
            z.avail_in = uInt(data.size());
            char chunk[16384];
            int rc = Z_OK;
            while (rc == Z_OK) {
                z.next_out = reinterpret_cast<Bytef *>(chunk);
                z.avail_out = sizeof chunk;
                rc = inflate(&z, Z_NO_FLUSH);
                out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
            }
            inflateEnd(&z);
            d->readFailed = rc != Z_STREAM_END;
        }
        data = out;
    }
    d->memory = std::move(data);
    d->useMemory = true;
}

FlowLogReader::Status FlowLogReader::next(FlowRecord &record, Error &error)
{
    QByteArray &text = d->text; // reused: its capacity stays for the next record
    int line = 0;
    int column = 0;
    switch (d->nextText(text, line, column, error)) {
    case Private::Next::End:
        return Status::End;
    case Private::Next::Invalid:
        return Status::Invalid;
    case Private::Next::Record:
        break;
    }
    Result<FlowRecord> parsed = parseFlowRecord(text, d->fileName, line, column);
    if (!parsed) {
        error = parsed.error();
        return Status::Invalid;
    }
    record = std::move(parsed).value();
    return Status::Record;
}

const QString &FlowLogReader::fileName() const
{
    return d->fileName;
}

qint64 FlowLogReader::bytesRead() const
{
    if (d->useMemory)
        return d->memoryRead;
    if (d->device)
        return d->deviceRead;
    return d->gz ? qint64(gzoffset(d->gz)) : 0;
}

qint64 FlowLogReader::totalBytes() const
{
    return d->total;
}

} // namespace ps
