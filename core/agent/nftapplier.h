#pragma once
// NftApplier: puts rendered FelixRulesets — one per IP family, `table ip calico` for IPv4 and
// `table ip6 calico` for IPv6 — into the kernel of the network namespace the process runs in
// (nftables mode), as one `nft -f` transaction:
//
//  1. the tables the scripts define (`ip calico`, `ip6 calico`) are saved as `nft list table`
//     prints them, where they exist;
//  2. one batch declares each of our tables, deletes it and defines it again from the script —
//     a missing table is fine (the declaration makes it) and nftables commits a batch whole
//     or not at all, so a refused batch leaves the previous ruleset untouched;
//  3. `nft -j list table` is read back and compared with the script: every chain (and the hook
//     of base chains), every set and verdict map (and the element count where nft keeps
//     elements as written), and per chain the rules in order by their `cali:<hash>` comment
//     (the hash chains over every rule's text, so it names the rule and its place);
//  4. a difference in any table puts all the saved tables back (or deletes a table that did
//     not exist) in one more batch, so both families are old or both new.
//
// A family given as an empty ruleset (no chains, hooks or tables: IPv6 support turned off)
// has its table deleted in the same batch.
//
// Tables of other programs, and iptables rules, are never named. Errors say what failed and
// whether the previous ruleset is in place.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/agent/iptablesapplier.h"
#include "core/dataplane/felixruleset.h"
#include "core/model/result.h"

namespace ps {

struct NftApplyReport {
    QStringList tables; // "ip calico", as written
    QStringList replaced; // those of them that existed before
    QStringList removed; // tables deleted (a family given empty)
};

class NftApplier {
    Q_DECLARE_TR_FUNCTIONS(NodeAgent)

public:
    explicit NftApplier(DataplaneCommands commands = {});

    Result<NftApplyReport> apply(const FelixRuleset &next) const;
    /// Every family of `families` (by FelixRuleset::ipVersion, at most one each) in one batch.
    Result<NftApplyReport> apply(const QList<FelixRuleset> &families) const;

    /// The tables a script defines ("ip calico"), from its `add table` lines, in order.
    static QStringList tablesOf(const QByteArray &script);
    /// The `nft -f` input: each table of `script` declared and deleted, then `script`.
    static QByteArray batch(const QByteArray &script);
    /// The `nft -f` input that puts `tables` back as `saved` (their `nft list table` text; a
    /// table missing from it did not exist and is deleted).
    static QByteArray restoreBatch(const QStringList &tables, const QByteArray &saved);
    /// What `listing` (`nft -j list table <table>`) lacks or has more than `script` wrote to
    /// `table`; empty when they agree.
    static QString differences(
        const QByteArray &script, const QString &table, const QByteArray &listing);

private:
    DataplaneCommands m_commands;
};

} // namespace ps
