#include "core/report/renderreport.h"

#include <QJsonDocument>

#include "core/dataplane/felixrule.h"
#include "core/dataplane/rulesetformat.h"
#include "core/io/jsonwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

void writeOrigin(JsonWriter &w, const RuleOrigin &o)
{
    w.beginObject();
    w.field("kind", ruleOriginKindName(o.kind));
    w.field("name", o.name);
    w.field("policyKind", o.policyKind);
    w.field("tier", o.tier);
    w.field("direction", o.direction);
    w.field("rule", o.ruleIndex);
    w.field("purpose", o.purpose);
    w.field("endpoint", o.endpoint);
    w.endObject();
}

void writeRule(JsonWriter &w, const QString &chain, int index, const FelixRule &r, bool hook,
    const QString &layer)
{
    w.beginObject();
    w.field("index", index);
    w.field("hash", r.hash);
    const QString text = iptablesRuleText(chain, r, r.hash);
    w.field("text", hook ? u"-I"_s + text.mid(2) : text);
    w.field("save", iptablesRuleText(chain, r, r.hash, RuleSyntax::IptablesSave));
    w.field("nft", nftRuleBody(r, layer));
    w.key("origin");
    writeOrigin(w, r.origin);
    w.endObject();
}

/// The "hooks" and "chains" arrays of the filter table or of one of the other tables.
void writeHooksAndChains(JsonWriter &w, const QList<KernelHook> &hooks,
    const QList<FelixChain> &chains, const QString &table)
{
    const QString layer = table + u'-';
    w.beginArray("hooks");
    for (const KernelHook &h : hooks) {
        w.beginObject();
        w.field("chain", h.chain);
        // ChainInsertMode Append: the "inserted" rules go at the end of the kernel chain.
        if (h.append)
            w.field("insertMode", QStringLiteral("append"));
        w.beginArray("inserted");
        for (qsizetype i = 0; i < h.inserted.size(); ++i)
            writeRule(w, h.chain, int(i), h.inserted[i], true, layer);
        w.endArray();
        w.beginArray("appended");
        for (qsizetype i = 0; i < h.appended.size(); ++i)
            writeRule(w, h.chain, int(i), h.appended[i], false, layer);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.beginArray("chains");
    for (const FelixChain &c : chains) {
        w.beginObject();
        w.field("name", c.name);
        w.field("purpose", c.purpose);
        w.key("origin");
        writeOrigin(w, c.origin);
        w.beginArray("rules");
        for (qsizetype i = 0; i < c.rules.size(); ++i)
            writeRule(w, c.name, int(i), c.rules[i], false, layer);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

} // namespace

QByteArray toJson(const FelixRuleset &rs, bool indented)
{
    JsonWriter w;
    w.beginObject();
    w.field("node", rs.node);
    w.field("endpoint", rs.endpoint);
    w.field("ipVersion", rs.ipVersion);
    w.beginArray("endpoints");
    for (const RenderedEndpoint &e : rs.endpoints) {
        w.beginObject();
        w.field("ref", e.ref);
        w.field("interface", e.interfaceName);
        w.fieldBool("hostEndpoint", e.hostEndpoint);
        w.fieldStrings("addresses", e.addresses);
        w.field("toChain", e.toChain);
        w.field("fromChain", e.fromChain);
        w.endObject();
    }
    w.endArray();
    writeHooksAndChains(w, rs.hooks, rs.chains, u"filter"_s);
    w.beginArray("ipsets");
    for (const IpSetDefinition &s : rs.ipsets) {
        w.beginObject();
        w.field("name", s.name);
        w.field("id", s.id);
        w.field("type", s.type);
        w.field("family", s.family);
        w.field("purpose", s.purpose);
        w.fieldStrings("members", s.members);
        w.endObject();
    }
    w.endArray();
    if (!rs.tables.isEmpty()) {
        w.beginArray("tables");
        for (const FelixTable &t : rs.tables) {
            w.beginObject();
            w.field("name", t.name);
            writeHooksAndChains(w, t.hooks, t.chains, t.name);
            w.endObject();
        }
        w.endArray();
    }
    w.fieldStrings("warnings", rs.warnings);
    w.endObject();
    QByteArray json = w.take();
    if (indented)
        json = QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented);
    return json;
}

QByteArray renderOutput(const FelixRuleset &ruleset, Dataplane dataplane, RenderFormat format)
{
    if (format == RenderFormat::Json)
        return toJson(ruleset);
    if (dataplane == Dataplane::Nftables)
        return nftablesScript(ruleset).toUtf8();
    QByteArray out = "# ipset restore\n";
    out += ipsetRestoreUtf8(ruleset);
    out += ruleset.ipVersion == 6 ? "# ip6tables-restore --noflush\n"
                                  : "# iptables-restore --noflush\n";
    out += iptablesRestoreUtf8(ruleset);
    return out;
}

} // namespace ps
