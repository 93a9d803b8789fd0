#pragma once
// IptablesApplier: puts rendered FelixRulesets — one per IP family, IPv4 and IPv6 — into the
// kernel of the network namespace the process runs in (iptables mode), as one transaction:
//
//  1. the current rules of every family are saved (`iptables-save -c`, `ip6tables-save -c`)
//     and the IP sets listed;
//  2. every IP set of every family is written under a temporary name (`ipset restore`:
//     `cali4t<n>`, `cali6t<n>`), then swapped with the set of the same name or renamed to it,
//     so a set is never seen half-filled;
//  3. per family, our chains of every table are replaced in one `iptables-restore --noflush`
//     (`ip6tables-restore --noflush`) input: chains declared (flushed), Felix's hook rules in
//     the kernel chains deleted and inserted again, chains that are no longer rendered deleted
//     — rules of other programs are left alone;
//  4. after each family's write, its `*-save` is read back and our part compared with what was
//     rendered;
//  5. only then are the replaced and stale IP sets (of the families written) destroyed.
//
// Any failure in 2–4, in either family, restores the saved tables of every family already
// written (`iptables-restore -c`, `ip6tables-restore -c`) and the previous IP sets of all of
// them, so the kernel never holds one family new and the other old; the error says what failed
// and that the previous ruleset is back. A family given as an empty ruleset (no chains, hooks
// or tables) has our rules and sets removed. Only chains named `cali-…`, rules carrying a
// `cali:` comment and sets named `cali40…` / `cali60…` are ours.

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/dataplane/felixruleset.h"
#include "core/model/result.h"

namespace ps {

/// The programs the agent runs (looked up through PATH unless given with a path).
struct DataplaneCommands {
    QString ipset = QStringLiteral("ipset");
    QString iptablesRestore = QStringLiteral("iptables-restore");
    QString iptablesSave = QStringLiteral("iptables-save");
    QString ip6tablesRestore = QStringLiteral("ip6tables-restore");
    QString ip6tablesSave = QStringLiteral("ip6tables-save");
    QString nft = QStringLiteral("nft");
};

/// Our part of one table as iptables-save prints it.
struct OurTable {
    QStringList chains; // cali-… chains, in the order listed
    QStringList rules; // rules of those chains and our hook rules, in the order listed

    bool isEmpty() const { return chains.isEmpty() && rules.isEmpty(); }
    friend bool operator==(const OurTable &, const OurTable &) = default;
};

/// Our part of every table of an iptables-save text (with or without counters); tables with
/// nothing of ours are left out.
QMap<QString, OurTable> ourRules(QByteArrayView iptablesSave);

struct IptablesApplyReport {
    int setsSwapped = 0; // replaced in place
    int setsCreated = 0; // new names
    int setsDestroyed = 0; // stale sets removed
    int chainsDeleted = 0; // chains no longer rendered
    QStringList warnings; // things that did not stop the apply (a stale set still in use)
    QList<int> families; // the IP versions written, in order
};

class IptablesApplier {
    Q_DECLARE_TR_FUNCTIONS(NodeAgent)

public:
    explicit IptablesApplier(DataplaneCommands commands = {});

    Result<IptablesApplyReport> apply(const FelixRuleset &next) const;
    /// Every family of `families` (by FelixRuleset::ipVersion, at most one each) in one
    /// transaction: all are applied or none is.
    Result<IptablesApplyReport> apply(const QList<FelixRuleset> &families) const;

    /// The `iptables-restore --noflush` input that replaces what `before` shows of ours with
    /// `next`. Empty when there is nothing to write.
    static QByteArray restoreInput(const FelixRuleset &next, const QMap<QString, OurTable> &before);

    /// The name IP set number `index` of IP family `ipVersion` is written under before it is
    /// swapped into place.
    static QString temporarySetName(qsizetype index, int ipVersion = 4);

private:
    Result<QStringList> listSets() const;
    void destroySets(const QStringList &names, QStringList *warnings) const;
    Result<void> restoreTables(
        const QString &program, const QByteArray &snapshot, const QStringList &tables) const;

    DataplaneCommands m_commands;
};

} // namespace ps
