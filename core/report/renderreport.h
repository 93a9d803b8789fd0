#pragma once
// The reports of a rendered FelixRuleset: its JSON form (every chain and rule with its texts,
// hash and origin) and the bytes `policyctl render` prints.

#include <QByteArray>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"

namespace ps {

/// {"node","endpoint","ipVersion","endpoints":[...],"hooks":[...],"chains":[{"name","purpose",
///  "origin":{...},"rules":[{"index","hash","text","save","nft","origin":{"kind","name",
///  "policyKind","tier","direction","rule","purpose","endpoint"}}]}],"ipsets":[{"name","id",
///  "type","family","purpose","members"}],"tables":[...],"warnings":[...]}
QByteArray toJson(const FelixRuleset &ruleset, bool indented = false);

enum class RenderFormat { Text, Json };

/// The bytes `policyctl render` prints. Text, iptables: "# ipset restore" and the ipset input,
/// then "# iptables-restore --noflush" and the filter-table input (load them in that order);
/// text, nft: the `nft -f` script (render with Dataplane::Nftables for nft chain names); JSON:
/// toJson(ruleset), where every rule carries its iptables-restore, iptables-save and nft text.
QByteArray renderOutput(const FelixRuleset &ruleset, Dataplane dataplane, RenderFormat format);

} // namespace ps
