#include "core/eval/flow.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/didyoumean.h"
#include "core/io/jsonposition.h"
#include "core/model/protocol.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees (it files a free FlowWords::tr() under the
// namespace).
struct FlowWords {
    Q_DECLARE_TR_FUNCTIONS(Flow)
};

const QStringList &flowKeys()
{
    static const QStringList keys {QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("via"), QStringLiteral("protocol"), QStringLiteral("port"),
        QStringLiteral("sourcePort"), QStringLiteral("icmpType"), QStringLiteral("icmpCode")};
    return keys;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return FlowWords::tr("a boolean");
    case QJsonValue::Double:
        return FlowWords::tr("a number");
    case QJsonValue::String:
        return FlowWords::tr("a string");
    case QJsonValue::Array:
        return FlowWords::tr("an array");
    case QJsonValue::Object:
        return FlowWords::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return FlowWords::tr("nothing");
}

// A whole number in [min, max]; an error text otherwise (fractions, strings, out of range).
std::optional<int> wholeNumber(const QJsonValue &v, int min, int max, QString &error)
{
    if (!v.isDouble()) {
        error = FlowWords::tr("must be a whole number from %1 to %2, got %3")
                    .arg(min)
                    .arg(max)
                    .arg(jsonTypeName(v));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (std::floor(d) != d || d < min || d > max) {
        error = FlowWords::tr("must be a whole number from %1 to %2, got %3")
                    .arg(min)
                    .arg(max)
                    .arg(QString::number(d, 'g', 12));
        return std::nullopt;
    }
    return int(d);
}

} // namespace

namespace {

Result<QList<Flow>> readFlows(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {FlowWords::tr("invalid JSON at offset %1: %2")
                          .arg(parseError.offset)
                          .arg(parseError.errorString())};
    }
    if (!doc.isArray())
        return Error {FlowWords::tr("expected a JSON array of flows")};
    QList<Flow> flows;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto bad = [i](const QString &field, const QString &why) {
            Error e;
            e.message = field.isEmpty()
                ? FlowWords::tr("flow %1: %2").arg(i).arg(why)
                : FlowWords::tr("flow %1: \"%2\" %3").arg(i).arg(field, why);
            e.path = field.isEmpty() ? QStringLiteral("[%1]").arg(i)
                                     : QStringLiteral("[%1].%2").arg(i).arg(field);
            return e;
        };
        if (!array[i].isObject())
            return bad(
                QString(), FlowWords::tr("expected an object, got %1").arg(jsonTypeName(array[i])));
        const QJsonObject o = array[i].toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (flowKeys().contains(it.key()))
                continue;
            const QString hint = didYouMean(it.key(), flowKeys());
            return bad(it.key(),
                hint.isEmpty()
                    ? FlowWords::tr("is not a flow field (expected %1)")
                          .arg(flowKeys().join(QStringLiteral(", ")))
                    : FlowWords::tr("is not a flow field (did you mean \"%1\"?)").arg(hint));
        }
        Flow f;
        for (const QString &key : {QStringLiteral("from"), QStringLiteral("to")}) {
            const QJsonValue v = o.value(key);
            if (v.isUndefined())
                return bad(key, FlowWords::tr("is required"));
            if (!v.isString())
                return bad(key,
                    FlowWords::tr("must be a string (an endpoint REF), got %1")
                        .arg(jsonTypeName(v)));
            if (v.toString().trimmed().isEmpty())
                return bad(key, FlowWords::tr("must not be empty"));
            (key == u"from" ? f.from : f.to) = v.toString();
        }
        if (const QJsonValue via = o.value(QLatin1String("via"));
            !via.isUndefined() && !via.isNull()) {
            if (!via.isString())
                return bad(QStringLiteral("via"),
                    FlowWords::tr("must be a string (a host endpoint REF, hep:name), got %1")
                        .arg(jsonTypeName(via)));
            if (via.toString().trimmed().isEmpty())
                return bad(QStringLiteral("via"), FlowWords::tr("must not be empty"));
            f.via = via.toString();
        }
        const QJsonValue proto = o.value(QLatin1String("protocol"));
        if (proto.isUndefined())
            return bad(QStringLiteral("protocol"),
                FlowWords::tr("is required (%1 or 1-255)")
                    .arg(knownProtocolNames().join(QStringLiteral(", "))));
        if (proto.isDouble()) {
            QString why;
            const std::optional<int> number = wholeNumber(proto, 1, 255, why);
            if (!number)
                return bad(QStringLiteral("protocol"), why);
            f.protocol = QString::number(*number);
        } else if (proto.isString()) {
            f.protocol = proto.toString(); // an unknown name is the engine's error, per flow
        } else {
            return bad(QStringLiteral("protocol"),
                FlowWords::tr("must be a name or a number, got %1").arg(jsonTypeName(proto)));
        }
        const struct {
            const char *key;
            int max;
            std::optional<int> *target;
        } numbers[] = {
            {"port", 65535, &f.port},
            {"sourcePort", 65535, &f.sourcePort},
            {"icmpType", 255, &f.icmpType},
            {"icmpCode", 255, &f.icmpCode},
        };
        for (const auto &n : numbers) {
            const QJsonValue v = o.value(QLatin1String(n.key));
            if (v.isUndefined() || v.isNull())
                continue;
            QString why;
            *n.target = wholeNumber(v, 0, n.max, why);
            if (!*n.target)
                return bad(QString::fromLatin1(n.key), why);
        }
        if (f.icmpCode && !f.icmpType)
            return bad(QStringLiteral("icmpCode"), FlowWords::tr("needs \"icmpType\""));
        flows.append(f);
    }
    return flows;
}

} // namespace

Result<QList<Flow>> parseFlows(const QByteArray &json, const QString &fileName)
{
    Result<QList<Flow>> flows = readFlows(json);
    if (flows)
        return flows;
    Error error = flows.error();
    error.file = fileName;
    qsizetype offset = 0;
    // "[N]" or "[N].field": the flow's item; otherwise a syntax error's offset.
    if (const qsizetype close = error.path.indexOf(u']');
        error.path.startsWith(u'[') && close > 0) {
        bool ok = false;
        const int index = error.path.mid(1, close - 1).toInt(&ok);
        if (ok)
            offset = jsonArrayItemOffsets(json).value(index, 0);
    } else {
        QJsonParseError parseError;
        QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            offset = parseError.offset;
    }
    const SourcePos pos = textPositionAt(json, offset);
    error.line = pos.line;
    error.column = pos.column;
    return error;
}

} // namespace ps
