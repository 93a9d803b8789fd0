#include "core/dataplane/rulesetformat.h"

#include <functional>

#include <QMap>
#include <QSet>

#include "core/io/jsonwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

QString joinLines(const QList<RenderedLine> &lines)
{
    QString out;
    for (const RenderedLine &l : lines)
        out += l.text + u'\n';
    return out;
}

RenderedLine line(const QString &text, const QString &chain = QString(), int rule = -1,
    const RuleOrigin &origin = {})
{
    return {text, chain, rule, origin};
}

// "-A FORWARD …" → "-I FORWARD …" (Felix inserts hook rules).
QString asInsert(const QString &text)
{
    return u"-I"_s + text.mid(2);
}

void appendHookLines(
    QList<RenderedLine> &out, const FelixRuleset &rs, RuleSyntax syntax, bool restore)
{
    for (const KernelHook &h : rs.hooks) {
        if (restore && !h.append) {
            // Inserted in reverse order so that they end up in order at the top.
            for (qsizetype i = h.inserted.size() - 1; i >= 0; --i) {
                const FelixRule &r = h.inserted[i];
                out.append(line(asInsert(iptablesRuleText(h.chain, r, r.hash, syntax)), h.chain,
                    int(i), r.origin));
            }
        } else {
            for (qsizetype i = 0; i < h.inserted.size(); ++i) {
                const FelixRule &r = h.inserted[i];
                out.append(
                    line(iptablesRuleText(h.chain, r, r.hash, syntax), h.chain, int(i), r.origin));
            }
        }
        for (qsizetype i = 0; i < h.appended.size(); ++i) {
            const FelixRule &r = h.appended[i];
            out.append(line(iptablesRuleText(h.chain, r, r.hash, syntax), h.chain,
                int(h.inserted.size() + i), r.origin));
        }
    }
}

} // namespace

namespace {

/// UTF-8 of `text` appended to `out`; rendered text is ASCII but for names from the input.
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *dst = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            out.truncate(start);
            out += text.toUtf8();
            return;
        }
        dst[i] = char(c);
    }
}

/// The built-in chains of a table, in the order iptables-save lists them (it lists them all,
/// hooked or not).
QStringList builtinChains(const QString &table)
{
    if (table == u"raw")
        return {u"PREROUTING"_s, u"OUTPUT"_s};
    if (table == u"mangle")
        return {u"PREROUTING"_s, u"INPUT"_s, u"FORWARD"_s, u"OUTPUT"_s, u"POSTROUTING"_s};
    if (table == u"nat")
        return {u"PREROUTING"_s, u"INPUT"_s, u"OUTPUT"_s, u"POSTROUTING"_s};
    return {u"INPUT"_s, u"FORWARD"_s, u"OUTPUT"_s};
}

/// The raw, mangle and nat tables, each "*table ... COMMIT": restore input (Felix syntax, hooks
/// inserted in reverse) or the iptables-save view (hooks first, as iptables-save lists them).
QList<RenderedLine> otherTableLines(const FelixRuleset &rs, RuleSyntax syntax)
{
    QList<RenderedLine> out;
    const bool restore = syntax == RuleSyntax::Felix;
    for (const FelixTable &t : rs.tables) {
        FelixRuleset hooksOnly;
        hooksOnly.hooks = t.hooks;
        out.append(line(u"*"_s + t.name));
        if (!restore) {
            for (const QString &builtin : builtinChains(t.name))
                out.append(line(u":"_s + builtin + u" ACCEPT [0:0]"_s, builtin));
        }
        for (const FelixChain &c : t.chains) {
            // The chain's own purpose: its name may also be a filter chain's (cali-OUTPUT).
            RuleOrigin origin = c.origin;
            if (origin.purpose.isEmpty())
                origin.purpose = c.purpose;
            out.append(
                line(u":"_s + c.name + (restore ? u" - -"_s : u" - [0:0]"_s), c.name, -1, origin));
        }
        if (!restore)
            appendHookLines(out, hooksOnly, syntax, false);
        for (const FelixChain &c : t.chains) {
            for (qsizetype i = 0; i < c.rules.size(); ++i)
                out.append(line(iptablesRuleText(c.name, c.rules[i], c.rules[i].hash, syntax),
                    c.name, int(i), c.rules[i].origin));
        }
        if (restore)
            appendHookLines(out, hooksOnly, syntax, true);
        out.append(line(u"COMMIT"_s));
    }
    return out;
}
} // namespace

QByteArray iptablesRestoreUtf8(const FelixRuleset &rs)
{
    // Written straight into bytes (no RenderedLine list): a node of a large cluster has
    // thousands of rules. Same bytes as iptablesRestoreLines joined.
    QByteArray out;
    out.reserve(rs.ruleCount() * 160 + rs.chains.size() * 40 + 1024);
    for (const RenderedLine &l : otherTableLines(rs, RuleSyntax::Felix)) {
        appendUtf8(out, l.text);
        out += '\n';
    }
    out += "*filter\n";
    for (const FelixChain &c : rs.chains) {
        out += ':';
        appendUtf8(out, c.name);
        out += " - -\n";
    }
    for (const FelixChain &c : rs.chains) {
        for (const FelixRule &r : c.rules) {
            appendUtf8(out, iptablesRuleText(c.name, r, r.hash));
            out += '\n';
        }
    }
    for (const KernelHook &h : rs.hooks) {
        if (h.append) {
            for (const FelixRule &r : h.inserted) {
                appendUtf8(out, iptablesRuleText(h.chain, r, r.hash));
                out += '\n';
            }
        }
        for (qsizetype i = h.append ? -1 : h.inserted.size() - 1; i >= 0; --i) {
            const FelixRule &r = h.inserted[i];
            appendUtf8(out, asInsert(iptablesRuleText(h.chain, r, r.hash)));
            out += '\n';
        }
        for (const FelixRule &r : h.appended) {
            appendUtf8(out, iptablesRuleText(h.chain, r, r.hash));
            out += '\n';
        }
    }
    out += "COMMIT\n";
    return out;
}

QList<RenderedLine> iptablesRestoreLines(const FelixRuleset &rs)
{
    QList<RenderedLine> out = otherTableLines(rs, RuleSyntax::Felix);
    out.append(line(u"*filter"_s));
    for (const FelixChain &c : rs.chains)
        out.append(line(u":"_s + c.name + u" - -"_s, c.name, -1, c.origin));
    for (const FelixChain &c : rs.chains) {
        for (qsizetype i = 0; i < c.rules.size(); ++i)
            out.append(line(iptablesRuleText(c.name, c.rules[i], c.rules[i].hash), c.name, int(i),
                c.rules[i].origin));
    }
    appendHookLines(out, rs, RuleSyntax::Felix, true);
    out.append(line(u"COMMIT"_s));
    return out;
}

QString iptablesRestoreText(const FelixRuleset &rs)
{
    return QString::fromUtf8(iptablesRestoreUtf8(rs));
}

QList<RenderedLine> iptablesSaveLines(const FelixRuleset &rs)
{
    QList<RenderedLine> out = otherTableLines(rs, RuleSyntax::IptablesSave);
    out.append(line(u"*filter"_s));
    for (const KernelHook &h : rs.hooks)
        out.append(line(u":"_s + h.chain + u" ACCEPT [0:0]"_s, h.chain));
    for (const FelixChain &c : rs.chains)
        out.append(line(u":"_s + c.name + u" - [0:0]"_s, c.name, -1, c.origin));
    appendHookLines(out, rs, RuleSyntax::IptablesSave, false);
    for (const FelixChain &c : rs.chains) {
        for (qsizetype i = 0; i < c.rules.size(); ++i)
            out.append(line(
                iptablesRuleText(c.name, c.rules[i], c.rules[i].hash, RuleSyntax::IptablesSave),
                c.name, int(i), c.rules[i].origin));
    }
    out.append(line(u"COMMIT"_s));
    return out;
}

QString iptablesSaveText(const FelixRuleset &rs)
{
    return joinLines(iptablesSaveLines(rs));
}

QString iptablesRestoreDelta(
    const FelixRuleset &before, const FelixRuleset &after, IptablesBackend backend)
{
    QMap<QString, const FelixChain *> old, now;
    for (const FelixChain &c : before.chains)
        old.insert(c.name, &c);
    for (const FelixChain &c : after.chains)
        now.insert(c.name, &c);
    QStringList forwardRefs, created, changed, deleted;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const FelixChain *prev = old.value(it.key());
        if (!prev) {
            created.append(it.key());
            continue;
        }
        QStringList a, b;
        for (const FelixRule &r : prev->rules)
            a.append(r.hash);
        for (const FelixRule &r : (*it)->rules)
            b.append(r.hash);
        if (a != b)
            changed.append(it.key());
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key()))
            deleted.append(it.key());
    }
    QStringList lines;
    const auto appendAll = [&](const FelixChain &c) {
        for (const FelixRule &r : c.rules)
            lines.append(iptablesRuleText(c.name, r, r.hash));
    };
    if (backend == IptablesBackend::Nft) {
        QStringList rewrite = created + changed;
        rewrite.sort();
        for (const QString &n : rewrite + deleted)
            forwardRefs.append(u":"_s + n + u" - -"_s);
        forwardRefs.sort();
        for (const QString &n : rewrite)
            appendAll(*now.value(n));
    } else {
        for (const QString &n : created + deleted)
            forwardRefs.append(u":"_s + n + u" - -"_s);
        forwardRefs.sort();
        for (const QString &n : created)
            appendAll(*now.value(n));
        for (const QString &n : changed) {
            const FelixChain &p = *old.value(n);
            const FelixChain &c = *now.value(n);
            for (qsizetype i = 0; i < c.rules.size(); ++i) {
                if (i < p.rules.size()) {
                    if (p.rules[i].hash != c.rules[i].hash) {
                        QString text = iptablesRuleText(c.name, c.rules[i], c.rules[i].hash);
                        lines.append(u"-R "_s + c.name + u' ' + QString::number(i + 1)
                            + text.mid(3 + c.name.size()));
                    }
                } else {
                    lines.append(iptablesRuleText(c.name, c.rules[i], c.rules[i].hash));
                }
            }
            for (qsizetype i = c.rules.size(); i < p.rules.size(); ++i)
                lines.append(u"-D "_s + c.name + u' ' + QString::number(c.rules.size() + 1));
        }
    }
    // Kernel hooks: delete Felix's old rules by text, re-insert in reverse order.
    for (const KernelHook &h : after.hooks) {
        const KernelHook *prev = nullptr;
        for (const KernelHook &o : before.hooks) {
            if (o.chain == h.chain)
                prev = &o;
        }
        const auto hashesOf = [](const QList<FelixRule> &rules) {
            QStringList l;
            for (const FelixRule &r : rules)
                l.append(r.hash);
            return l;
        };
        if (prev && hashesOf(prev->inserted) == hashesOf(h.inserted)
            && hashesOf(prev->appended) == hashesOf(h.appended))
            continue;
        if (prev) {
            for (const FelixRule &r : prev->inserted + prev->appended)
                lines.append(u"-D"_s + iptablesRuleText(h.chain, r, r.hash).mid(2));
        }
        if (h.append) {
            for (const FelixRule &r : h.inserted)
                lines.append(iptablesRuleText(h.chain, r, r.hash));
        }
        for (qsizetype i = h.append ? -1 : h.inserted.size() - 1; i >= 0; --i)
            lines.append(asInsert(iptablesRuleText(h.chain, h.inserted[i], h.inserted[i].hash)));
        for (const FelixRule &r : h.appended)
            lines.append(iptablesRuleText(h.chain, r, r.hash));
    }
    for (const QString &n : deleted)
        lines.append(u"--delete-chain "_s + n);
    if (forwardRefs.isEmpty() && lines.isEmpty())
        return QString();
    return u"*filter\n"_s + (forwardRefs + lines).join(u'\n') + u"\nCOMMIT\n"_s;
}

QByteArray ipsetRestoreUtf8(const FelixRuleset &rs)
{
    qsizetype size = 16;
    for (const IpSetDefinition &s : rs.ipsets)
        size += 80 + s.members.size() * (s.name.size() + 30);
    QByteArray out;
    out.reserve(size);
    for (const IpSetDefinition &s : rs.ipsets) {
        QByteArray add = "add ";
        appendUtf8(add, s.name);
        add += ' ';
        out += "create ";
        out += add.mid(4);
        appendUtf8(out, s.type);
        out += s.family == 6 ? " family inet6" : " family inet";
        out += " maxelem 1048576\n";
        for (const QString &m : s.members) {
            out += add;
            appendUtf8(out, m);
            out += '\n';
        }
    }
    out += "COMMIT\n";
    return out;
}

QString ipsetRestoreText(const FelixRuleset &rs)
{
    return QString::fromUtf8(ipsetRestoreUtf8(rs));
}

// ---- nftables ----------------------------------------------------------------------------------

namespace {

// Felix's nftables mode dispatches workload interfaces through a verdict map and nothing else:
// host-endpoint dispatch (to and from the host, and forward) keeps the iptables chain tree,
// interface matches and gotos (rules/dispatch.go builds verdict maps for the workload prefixes
// only).
bool isNftMapDispatch(const FelixChain &c)
{
    return c.origin.kind == RuleOrigin::Kind::Dispatch
        && (c.name == u"cali-from-wl-dispatch" || c.name == u"cali-to-wl-dispatch");
}

/// A child of a workload dispatch chain: its gotos are elements of the root's verdict map.
bool isDispatchChild(const FelixChain &c)
{
    return c.origin.kind == RuleOrigin::Kind::Dispatch && !isNftMapDispatch(c)
        && (c.name.startsWith(u"cali-from-wl-dispatch-")
            || c.name.startsWith(u"cali-to-wl-dispatch-"));
}

QString nftSetType(const IpSetDefinition &s)
{
    const QString addr = s.family == 6 ? u"ipv6_addr"_s : u"ipv4_addr"_s;
    if (s.type == u"hash:ip,port")
        return addr + u" . inet_proto . inet_service"_s;
    if (s.type == u"hash:net")
        return addr + u"; flags interval"_s;
    return addr;
}

QString nftElement(const IpSetDefinition &s, const QString &member)
{
    if (s.type == u"hash:ip,port") {
        // "10.0.0.1,tcp:8080" → "10.0.0.1 . tcp . 8080"
        const qsizetype comma = member.indexOf(u',');
        const qsizetype colon = member.indexOf(u':', comma);
        return member.left(comma) + u" . "_s + member.mid(comma + 1, colon - comma - 1) + u" . "_s
            + member.mid(colon + 1);
    }
    return member;
}

/// The type, hook and priority of a base chain of Felix's nftables mode (nftables/table.go):
/// "filter-INPUT" hooks input at the filter priority, "nat-POSTROUTING" postrouting at srcnat+10,
/// "raw-PREROUTING" prerouting at raw, "mangle-PREROUTING" prerouting at mangle.
QString nftBaseChainSpec(const QString &table, const QString &kernelChain)
{
    const QString hook = kernelChain.toLower();
    if (table == u"nat") {
        // srcnat+10 for OUTPUT too; nft names srcnat only on postrouting, so its value, 110.
        const QString priority = kernelChain == u"PREROUTING" || kernelChain == u"INPUT"
            ? u"dstnat"_s
            : kernelChain == u"POSTROUTING" ? u"srcnat+10"_s
                                            : u"110"_s;
        return u"type nat hook %1 priority %2"_s.arg(hook, priority);
    }
    // raw-PREROUTING/OUTPUT at the raw priority (-300), the mangle layer at mangle (-150); Felix's
    // mangle-OUTPUT is a route chain (a changed mark re-routes the packet).
    const QString type = table == u"mangle" && kernelChain == u"OUTPUT" ? u"route"_s : u"filter"_s;
    return u"type %1 hook %2 priority %3"_s.arg(type, hook, table);
}

} // namespace

QList<RenderedLine> nftablesLines(const FelixRuleset &rs)
{
    const QString family = rs.ipVersion == 6 ? u"ip6"_s : u"ip"_s;
    const QString table = family + u" calico"_s;
    const QString layer = u"filter-"_s;
    QList<RenderedLine> out;
    out.append(line(u"add table "_s + table));
    for (const KernelHook &h : rs.hooks) {
        out.append(line(u"add chain %1 %2%3 { %4; policy accept; }"_s.arg(
                            table, layer, h.chain, nftBaseChainSpec(u"filter"_s, h.chain)),
            h.chain));
    }
    for (const FelixChain &c : rs.chains) {
        if (!isDispatchChild(c))
            out.append(line(u"add chain "_s + table + u' ' + layer + c.name, c.name, -1, c.origin));
    }
    for (const IpSetDefinition &s : rs.ipsets) {
        QString name = s.name;
        name.replace(u':', u'-');
        out.append(line(u"add set %1 %2 { type %3; }"_s.arg(table, name, nftSetType(s))));
        if (!s.members.isEmpty()) {
            QStringList elems;
            for (const QString &m : s.members)
                elems.append(nftElement(s, m));
            out.append(line(u"add element %1 %2 { %3 }"_s.arg(table, name, elems.join(u", "_s))));
        }
    }
    // Workload dispatch is a verdict map in nft mode.
    for (const FelixChain &c : rs.chains) {
        if (!isNftMapDispatch(c))
            continue;
        const QString map = layer + c.name;
        out.append(line(
            u"add map %1 %2 { type ifname : verdict; }"_s.arg(table, map), c.name, -1, c.origin));
        QStringList elems;
        QList<const FelixRule *> gotos;
        std::function<void(const FelixChain &)> collect = [&](const FelixChain &chain) {
            for (const FelixRule &r : chain.rules) {
                if (r.action.kind != FelixAction::Kind::Goto || r.match.isEmpty())
                    continue;
                const QString iface = r.match.first().text;
                if (iface.endsWith(u'+')) {
                    if (const FelixChain *child = rs.chain(r.action.target))
                        collect(*child);
                } else {
                    gotos.append(&r);
                }
            }
        };
        collect(c);
        for (const FelixRule *r : gotos)
            elems.append(
                u"\"%1\" : goto %2"_s.arg(r->match.first().text, layer + r->action.target));
        if (!elems.isEmpty())
            out.append(line(u"add element %1 %2 { %3 }"_s.arg(table, map, elems.join(u", "_s)),
                c.name, -1, c.origin));
    }
    const auto addRules = [&](const QString &chain, const QList<FelixRule> &rules, bool dispatch) {
        QStringList bodies;
        QList<const FelixRule *> kept;
        if (dispatch) {
            const bool in = chain.startsWith(u"cali-from"_s);
            bodies.append((in ? u"iifname vmap @"_s : u"oifname vmap @"_s) + layer + chain);
            kept.append(nullptr);
            for (const FelixRule &r : rules) {
                // Interface gotos are map elements; the other rules (the drop of unknown
                // interfaces) stay rules after the map.
                if (r.action.kind != FelixAction::Kind::Goto || r.match.isEmpty()) {
                    bodies.append(nftRuleBody(r, layer));
                    kept.append(&r);
                }
            }
        } else {
            for (const FelixRule &r : rules) {
                bodies.append(nftRuleBody(r, layer));
                kept.append(&r);
            }
        }
        const QStringList hashes = chainedRuleHashes(layer + chain, bodies);
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const FelixRule *r = kept[i];
            const QString comment
                = r ? nftRuleComment(*r, hashes[i]) : u"cali:"_s + hashes[i] + u';';
            RuleOrigin origin = r ? r->origin : RuleOrigin {};
            if (!r) {
                origin.kind = RuleOrigin::Kind::Dispatch;
                origin.purpose
                    = felixPurposeText(QT_TRANSLATE_NOOP("FelixPurpose",
                                           "dispatch by interface through the verdict map"),
                        rs.localizedPurposes);
            }
            out.append(line(
                u"add rule %1 %2 %3 comment \"%4\""_s.arg(table, layer + chain, bodies[i], comment),
                chain, int(i), origin));
        }
    };
    for (const KernelHook &h : rs.hooks)
        addRules(h.chain, h.inserted + h.appended, false);
    for (const FelixChain &c : rs.chains) {
        if (isDispatchChild(c))
            continue;
        addRules(c.name, c.rules, isNftMapDispatch(c));
    }
    // The other tables are layers of the same nft table (Felix's "raw-", "mangle-" and "nat-"
    // chains); their base chains hook in at the priorities Felix uses. Their host-endpoint
    // dispatch is a chain tree with interface matches, as in the filter layer.
    for (const FelixTable &t : rs.tables) {
        const QString tableLayer = t.name + u'-';
        for (const KernelHook &h : t.hooks) {
            out.append(line(u"add chain %1 %2%3 { %4; policy accept; }"_s.arg(
                                table, tableLayer, h.chain, nftBaseChainSpec(t.name, h.chain)),
                h.chain));
        }
        for (const FelixChain &c : t.chains)
            out.append(
                line(u"add chain "_s + table + u' ' + tableLayer + c.name, c.name, -1, c.origin));
        // Appended hook rules are hashed on their own, seeded "<chain>*appends*" (nftables/
        // table.go), and follow the inserted ones.
        const auto addLayerRules = [&](const QString &chain, const QList<FelixRule> &rules,
                                       const QString &seedSuffix, int firstIndex) {
            QStringList bodies;
            for (const FelixRule &r : rules)
                bodies.append(nftRuleBody(r, tableLayer));
            const QStringList hashes = chainedRuleHashes(tableLayer + chain + seedSuffix, bodies);
            for (qsizetype i = 0; i < rules.size(); ++i) {
                out.append(line(u"add rule %1 %2 %3 comment \"%4\""_s.arg(table, tableLayer + chain,
                                    bodies[i], nftRuleComment(rules[i], hashes[i])),
                    chain, firstIndex + int(i), rules[i].origin));
            }
        };
        for (const KernelHook &h : t.hooks) {
            addLayerRules(h.chain, h.inserted, QString(), 0);
            addLayerRules(h.chain, h.appended, u"*appends*"_s, int(h.inserted.size()));
        }
        for (const FelixChain &c : t.chains)
            addLayerRules(c.name, c.rules, QString(), 0);
    }
    return out;
}

QString nftablesScript(const FelixRuleset &rs)
{
    return joinLines(nftablesLines(rs));
}

} // namespace ps
