#pragma once
// The kernel's input forms of a FelixRuleset, kept apart from building it so the CLI, the
// studio and the node agent write identical bytes. Pure functions of the ruleset (its JSON
// form and `policyctl render`'s output are reports: core/report/renderreport.h):
//
// * iptablesRestoreText  — the `iptables-restore --noflush` input Felix writes to a node that
//                          has no Calico state yet (chains sorted by name, hooks last);
// * iptablesRestoreDelta — the input Felix writes when moving from one ruleset to another
//                          (legacy backend: -R/-A/-D per rule index; nft backend: flush and
//                          rewrite every changed chain);
// * iptablesSaveText     — the same rules as `iptables-save -t filter` prints them;
// * ipsetRestoreText     — the `ipset restore` input (create + add, then COMMIT);
// * nftablesScript       — the `nft -f` script of Felix's nftables mode.

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

} // namespace ps
