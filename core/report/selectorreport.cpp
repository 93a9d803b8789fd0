#include "core/report/selectorreport.h"

#include <QCoreApplication>

#include "core/io/jsonwriter.h"
#include "core/selector/ipsetname.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees (it files a free SelectorWords::tr() under
// the namespace).
struct SelectorWords {
    Q_DECLARE_TR_FUNCTIONS(SelectorReport)
};

} // namespace

QByteArray selectorToJson(const Result<Selector> &parsed, const std::optional<Labels> &labels)
{
    JsonWriter w;
    w.beginObject();
    w.fieldBool("valid", parsed.ok());
    if (parsed.ok()) {
        const Selector &selector = parsed.value();
        w.field("canonical", selector.canonical());
        w.field("id", selector.uniqueId());
        w.field("ipset", selectorIpSetName(selector, 4));
        if (labels)
            w.fieldBool("matches", selector.evaluate(*labels));
        w.key("error");
        w.null();
    } else {
        for (const char *key : {"canonical", "id", "ipset"}) {
            w.key(key);
            w.null();
        }
        if (labels) {
            w.key("matches");
            w.null();
        }
        w.key("error");
        w.beginObject();
        w.field("message", parsed.error().message);
        w.key("column");
        w.value64(parsed.error().offset + 1);
        w.endObject();
    }
    w.endObject();
    return w.take();
}

QString selectorToText(const Selector &selector, const std::optional<Labels> &labels)
{
    QString out = SelectorWords::tr("canonical: %1").arg(selector.canonical()) + u'\n';
    out += SelectorWords::tr("id:        %1").arg(selector.uniqueId()) + u'\n';
    out += SelectorWords::tr("ipset:     %1").arg(selectorIpSetName(selector, 4)) + u'\n';
    if (labels) {
        out += SelectorWords::tr("matches:   %1")
                   .arg(selector.evaluate(*labels) ? QStringLiteral("true")
                                                   : QStringLiteral("false"))
            + u'\n';
    }
    return out;
}

QString selectorErrorText(const Error &error, QStringView expression)
{
    // The same 1-based character position as the JSON "column" and every file diagnostic.
    return QStringLiteral("%1 %2\n  %3\n  %4^")
        .arg(error.message,
            SelectorWords::tr("(at character %1 of the selector)").arg(error.offset + 1),
            expression, QString(error.offset, u' '));
}

} // namespace ps
