#pragma once
// The text and JSON forms of a FelixRuleset, kept apart from building it so the CLI, the
// studio and the node agent write identical bytes (and so they can move to a reporting module
// of their own). Pure functions of the ruleset:
//
// * iptablesRestoreText  — the `iptables-restore --noflush` input Felix writes to a node that
//                          has no Calico state yet (chains sorted by name, hooks last);
// * iptablesRestoreDelta — the input Felix writes when moving from one ruleset to another
//                          (legacy backend: -R/-A/-D per rule index; nft backend: flush and
//                          rewrite every changed chain);
// * iptablesSaveText     — the same rules as `iptables-save -t filter` prints them;
// * ipsetRestoreText     — the `ipset restore` input (create + add, then COMMIT);
// * nftablesScript       — the `nft -f` script of Felix's nftables mode;
// * toJson               — every chain and rule with its text, hash and origin;
// * renderOutput         — what `policyctl render` prints.

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"

namespace ps {

enum class IptablesBackend { Legacy, Nft };

/// One line of a rendered text and what caused it. `chain` is empty for table / COMMIT lines;
/// `rule` is the rule's index in its chain (-1 for declarations).
struct RenderedLine {
    QString text;
    QString chain;
    int rule = -1;
    RuleOrigin origin;
};

/// The lines of iptablesRestoreText / iptablesSaveText / nftablesScript with their origins.
QList<RenderedLine> iptablesRestoreLines(const FelixRuleset &ruleset);
QList<RenderedLine> iptablesSaveLines(const FelixRuleset &ruleset);
QList<RenderedLine> nftablesLines(const FelixRuleset &ruleset);

QString iptablesRestoreText(const FelixRuleset &ruleset);
/// iptablesRestoreText / ipsetRestoreText as UTF-8, written without an intermediate QString
/// (a node of a large cluster renders megabytes of ipset members).
QByteArray iptablesRestoreUtf8(const FelixRuleset &ruleset);
QByteArray ipsetRestoreUtf8(const FelixRuleset &ruleset);
QString iptablesRestoreDelta(const FelixRuleset &before, const FelixRuleset &after,
    IptablesBackend backend = IptablesBackend::Legacy);
QString iptablesSaveText(const FelixRuleset &ruleset);
QString ipsetRestoreText(const FelixRuleset &ruleset);
QString nftablesScript(const FelixRuleset &ruleset);
/// {"node","endpoint","ipVersion","endpoints":[...],"hooks":[...],"chains":[{"name","purpose",
///  "origin":{...},"rules":[{"index","hash","text","save","nft","origin":{"kind","name",
///  "policyKind","tier","direction","rule","purpose","endpoint"}}]}],"ipsets":[{"name","id",
///  "type","family","purpose","members"}],"warnings":[...]}
QByteArray toJson(const FelixRuleset &ruleset, bool indented = false);

enum class RenderFormat { Text, Json };

/// The bytes `policyctl render` prints. Text, iptables: "# ipset restore" and the ipset input,
/// then "# iptables-restore --noflush" and the filter-table input (load them in that order);
/// text, nft: the `nft -f` script (render with Dataplane::Nftables for nft chain names); JSON:
/// toJson(ruleset), where every rule carries its iptables-restore, iptables-save and nft text.
QByteArray renderOutput(const FelixRuleset &ruleset, Dataplane dataplane, RenderFormat format);

} // namespace ps
