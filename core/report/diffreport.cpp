#include "core/report/diffreport.h"

#include <QCoreApplication>

#include "core/io/jsonwriter.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees (it files a free DiffWords::tr() under the
// namespace).
struct DiffWords {
    Q_DECLARE_TR_FUNCTIONS(Diff)
};

} // namespace

QString diffToText(const SemanticDiff &diff)
{
    QString out;
    for (const PolicyChange &c : diff.policies) {
        const QString sign = c.type == PolicyChange::Type::Added ? QStringLiteral("+")
            : c.type == PolicyChange::Type::Removed              ? QStringLiteral("-")
                                                                 : QStringLiteral("~");
        out += QStringLiteral("%1 %2 %3").arg(sign, c.kind, c.name);
        if (!c.fields.isEmpty())
            out += QStringLiteral(" (") + c.fields.join(QStringLiteral(", ")) + u')';
        out += u'\n';
    }
    for (const FlowChange &f : diff.flows) {
        out += DiffWords::tr("flow %1 -> %2 %3%4: %5 -> %6 (%7 endpoint pairs)\n")
                   .arg(f.from, f.to, f.protocol,
                       f.port ? u'/' + QString::number(*f.port) : QString(), verdictName(f.before),
                       verdictName(f.after))
                   .arg(f.endpointPairs);
    }
    if (diff.flowsTruncated)
        out += DiffWords::tr("(more flow changes not shown)\n");
    if (diff.isEmpty())
        out += DiffWords::tr("no semantic difference\n");
    return out;
}

QByteArray diffToJson(const SemanticDiff &diff)
{
    JsonWriter w;
    w.beginObject();
    w.beginArray("policies");
    for (const PolicyChange &c : diff.policies) {
        w.beginObject();
        w.field("change",
            c.type == PolicyChange::Type::Added         ? QStringLiteral("added")
                : c.type == PolicyChange::Type::Removed ? QStringLiteral("removed")
                                                        : QStringLiteral("changed"));
        w.field("kind", c.kind);
        w.field("name", c.name);
        w.fieldStrings("fields", c.fields);
        w.endObject();
    }
    w.endArray();
    w.beginArray("flows");
    for (const FlowChange &f : diff.flows) {
        w.beginObject();
        w.field("from", f.from);
        w.field("to", f.to);
        w.field("protocol", f.protocol);
        if (f.port)
            w.field("port", *f.port);
        w.field("before", verdictName(f.before));
        w.field("after", verdictName(f.after));
        w.key("endpointPairs");
        w.value64(f.endpointPairs);
        w.endObject();
    }
    w.endArray();
    w.fieldBool("truncated", diff.flowsTruncated);
    w.endObject();
    return w.take();
}

} // namespace ps
