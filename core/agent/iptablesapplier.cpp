#include "core/agent/iptablesapplier.h"

#include <algorithm>

#include <QSet>

#include "core/agent/commandrunner.h"
#include "core/dataplane/rulesetformat.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

// Felix's own prefixes: sets of IPv4 ("cali40") and IPv6 ("cali60") endpoints; a set being
// written gets the temporary prefix of its family, as Felix's "cali4t" / "cali6t" sets do.
constexpr QLatin1StringView kSetPrefixV4("cali40");
constexpr QLatin1StringView kSetPrefixV6("cali60");
constexpr QLatin1StringView kTemporarySetPrefixV4("cali4t");
constexpr QLatin1StringView kTemporarySetPrefixV6("cali6t");
constexpr QLatin1StringView kChainPrefix("cali-");

bool isOurSet(const QString &name)
{
    return name.startsWith(kSetPrefixV4) || name.startsWith(kSetPrefixV6);
}

bool isOurHookRule(QStringView line)
{
    return line.contains(u"--comment \"cali:") || line.contains(u"--comment cali:");
}

// "-A CHAIN ..." → CHAIN.
QStringView chainOf(QStringView rule)
{
    const QStringView rest = rule.mid(3);
    const qsizetype space = rest.indexOf(u' ');
    return space < 0 ? rest : rest.left(space);
}

QString normalized(QString rule)
{
    // iptables-save names protocol 4 after /etc/protocols, which differs between builds, and
    // leaves out an address match of 0.0.0.0/0 (it matches everything).
    rule.replace(u" -p ipencap "_s, u" -p ipv4 "_s);
    for (const QString &any :
        {u" -s 0.0.0.0/0"_s, u" -d 0.0.0.0/0"_s, u" -s ::/0"_s, u" -d ::/0"_s}) {
        for (qsizetype at = rule.indexOf(any); at >= 0; at = rule.indexOf(any, at)) {
            const qsizetype end = at + any.size();
            if (end == rule.size() || rule[end] == u' ')
                rule.remove(at, any.size());
            else
                at = end;
        }
    }
    return rule;
}

/// The restore input split by table: each table's lines between "*table" and "COMMIT".
QList<std::pair<QString, QList<QByteArray>>> sections(const QByteArray &restore)
{
    QList<std::pair<QString, QList<QByteArray>>> out;
    for (const QByteArray &line : restore.split('\n')) {
        if (line.startsWith('*'))
            out.append({QString::fromUtf8(line.mid(1)), {}});
        else if (line == "COMMIT" || line.isEmpty() || out.isEmpty())
            continue;
        else
            out.last().second.append(line);
    }
    return out;
}

/// The line number an `ipset restore` error names ("Error in line 3: ..."), or 0.
int failedLine(const QByteArray &err)
{
    const qsizetype at = err.indexOf("Error in line ");
    if (at < 0)
        return 0;
    return QByteArray(err.mid(at + 14)).split(':').value(0).toInt();
}

} // namespace

QMap<QString, OurTable> ourRules(QByteArrayView iptablesSave)
{
    QMap<QString, OurTable> out;
    QString table;
    OurTable current;
    const auto flush = [&]() {
        if (!table.isEmpty() && !current.isEmpty())
            out.insert(table, current);
        current = OurTable();
    };
    for (QByteArrayView raw :
        QByteArray::fromRawData(iptablesSave.data(), iptablesSave.size()).split('\n')) {
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u'[')) // counters: "[packets:bytes] -A ..."
            line = line.mid(line.indexOf(u']') + 1).trimmed();
        if (line.startsWith(u'*')) {
            flush();
            table = line.mid(1);
        } else if (line == u"COMMIT") {
            flush();
            table.clear();
        } else if (line.startsWith(u':')) {
            const QString name = line.mid(1, line.indexOf(u' ') - 1);
            if (name.startsWith(kChainPrefix))
                current.chains.append(name);
        } else if (line.startsWith(u"-A ")) {
            if (chainOf(line).startsWith(kChainPrefix) || isOurHookRule(line))
                current.rules.append(normalized(line));
        }
    }
    flush();
    return out;
}

IptablesApplier::IptablesApplier(DataplaneCommands commands) : m_commands(std::move(commands)) { }

QString IptablesApplier::temporarySetName(qsizetype index, int ipVersion)
{
    return (ipVersion == 6 ? kTemporarySetPrefixV6 : kTemporarySetPrefixV4)
        + QString::number(index);
}

QByteArray IptablesApplier::restoreInput(
    const FelixRuleset &next, const QMap<QString, OurTable> &before)
{
    const auto rendered = sections(iptablesRestoreUtf8(next));
    QStringList tables;
    for (const auto &[name, lines] : rendered)
        tables.append(name);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!tables.contains(it.key()))
            tables.append(it.key());
    }
    QByteArray out;
    for (const QString &table : tables) {
        QList<QByteArray> lines;
        for (const auto &[name, l] : rendered) {
            if (name == table)
                lines = l;
        }
        QSet<QString> declared;
        qsizetype firstRule = 0;
        while (firstRule < lines.size() && lines[firstRule].startsWith(':')) {
            const QByteArray &l = lines[firstRule];
            declared.insert(QString::fromUtf8(l.mid(1, l.indexOf(' ') - 1)));
            ++firstRule;
        }
        const OurTable old = before.value(table);
        QStringList stale;
        for (const QString &c : old.chains) {
            if (!declared.contains(c))
                stale.append(c);
        }
        out += '*' + table.toUtf8() + '\n';
        // Stale chains are flushed first so that nothing of ours refers to them when they go.
        for (const QString &c : stale)
            out += ':' + c.toUtf8() + " - -\n";
        for (qsizetype i = 0; i < firstRule; ++i)
            out += lines[i] + '\n';
        // Felix's rules in the kernel chains go and come back in the rendered order.
        for (const QString &rule : old.rules) {
            if (!chainOf(rule).startsWith(kChainPrefix))
                out += "-D" + rule.mid(2).toUtf8() + '\n';
        }
        for (qsizetype i = firstRule; i < lines.size(); ++i)
            out += lines[i] + '\n';
        for (const QString &c : stale)
            out += "-X " + c.toUtf8() + '\n';
        out += "COMMIT\n";
    }
    return out;
}

Result<QStringList> IptablesApplier::listSets() const
{
    const CommandResult list = runCommand(m_commands.ipset, {u"list"_s, u"-n"_s});
    if (!list.ok())
        return Error {list.describe(m_commands.ipset)};
    QStringList names;
    for (const QByteArray &l : list.out.split('\n')) {
        if (!l.trimmed().isEmpty())
            names.append(QString::fromUtf8(l.trimmed()));
    }
    return names;
}

void IptablesApplier::destroySets(const QStringList &names, QStringList *warnings) const
{
    if (names.isEmpty())
        return;
    QByteArray script;
    for (const QString &n : names)
        script += "destroy " + n.toUtf8() + '\n';
    if (runCommand(m_commands.ipset, {u"restore"_s}, script).ok())
        return;
    // One at a time, to destroy all that can be and name the rest.
    for (const QString &n : names) {
        const CommandResult r = runCommand(m_commands.ipset, {u"destroy"_s, n});
        if (!r.ok() && warnings)
            warnings->append(
                tr("IP set %1 could not be removed: %2").arg(n, r.describe(m_commands.ipset)));
    }
}

Result<void> IptablesApplier::restoreTables(
    const QString &program, const QByteArray &snapshot, const QStringList &tables) const
{
    // A table that was not in the snapshot did not exist: restoring it empty is the same.
    QByteArray input;
    QSet<QString> restored;
    QString current;
    for (const QByteArray &line : snapshot.split('\n')) {
        if (line.startsWith('*'))
            current = QString::fromUtf8(line.mid(1));
        if (!tables.contains(current) || line.startsWith('#'))
            continue;
        input += line + '\n';
        restored.insert(current);
    }
    for (const QString &t : tables) {
        if (!restored.contains(t))
            input += '*' + t.toUtf8() + "\nCOMMIT\n";
    }
    const CommandResult r = runCommand(program, {u"-c"_s}, input);
    if (!r.ok())
        return Error {r.describe(program)};
    return {};
}

Result<IptablesApplyReport> IptablesApplier::apply(const FelixRuleset &next) const
{
    return apply(QList<FelixRuleset> {next});
}

Result<IptablesApplyReport> IptablesApplier::apply(const QList<FelixRuleset> &families) const
{
    // One family's part of the transaction.
    struct Family {
        const FelixRuleset *next = nullptr;
        QString restore, save; // iptables-restore / ip6tables-restore, …-save
        QByteArray saved; // `-save -c` before anything was written
        QMap<QString, OurTable> before, expected;
        QStringList tables; // the tables written (and restored on failure)
    };
    IptablesApplyReport report;
    QList<Family> run;
    for (const FelixRuleset &rs : families) {
        Family f;
        f.next = &rs;
        const bool v6 = rs.ipVersion == 6;
        f.restore = v6 ? m_commands.ip6tablesRestore : m_commands.iptablesRestore;
        f.save = v6 ? m_commands.ip6tablesSave : m_commands.iptablesSave;
        const CommandResult saved = runCommand(f.save, {u"-c"_s});
        if (!saved.ok())
            return Error {tr("the current rules could not be read (%1); nothing was changed")
                              .arg(saved.describe(f.save))};
        f.saved = saved.out;
        f.before = ourRules(saved.out);
        run.append(f);
        report.families.append(rs.ipVersion);
    }

    Result<QStringList> sets = listSets();
    if (!sets)
        return Error {tr("the IP sets could not be listed (%1); nothing was changed")
                          .arg(sets.error().message)};
    // Sets a failed run left behind under temporary names.
    QStringList leftovers;
    for (const QString &n : *sets) {
        if (n.startsWith(kTemporarySetPrefixV4) || n.startsWith(kTemporarySetPrefixV6))
            leftovers.append(n);
    }
    destroySets(leftovers, &report.warnings);
    const QSet<QString> existing(sets->cbegin(), sets->cend());

    // 2. IP sets of every family under temporary names, then swapped (or renamed) into place.
    FelixRuleset temporary;
    QStringList finalNames;
    QStringList temporaryNames;
    for (const Family &f : std::as_const(run)) {
        for (qsizetype i = 0; i < f.next->ipsets.size(); ++i) {
            IpSetDefinition s = f.next->ipsets[i];
            finalNames.append(s.name);
            s.name = temporarySetName(i, f.next->ipVersion);
            temporaryNames.append(s.name);
            temporary.ipsets.append(std::move(s));
        }
    }
    if (!temporary.ipsets.isEmpty()) {
        const CommandResult written
            = runCommand(m_commands.ipset, {u"restore"_s}, ipsetRestoreUtf8(temporary));
        if (!written.ok()) {
            destroySets(temporaryNames, nullptr);
            return Error {tr("the IP sets could not be written (%1); nothing was changed")
                              .arg(written.describe(m_commands.ipset))};
        }
    }
    QByteArray swapScript;
    QList<bool> swapped;
    for (qsizetype i = 0; i < finalNames.size(); ++i) {
        const bool exists = existing.contains(finalNames[i]);
        swapped.append(exists);
        swapScript += (exists ? "swap " : "rename ") + temporaryNames[i].toUtf8() + ' '
            + finalNames[i].toUtf8() + '\n';
    }
    // Undoes the first `done` swaps and renames and drops the temporary sets.
    const auto undoSets = [&](qsizetype done) {
        QByteArray undo;
        QStringList created;
        for (qsizetype i = 0; i < done; ++i) {
            if (swapped[i])
                undo += "swap " + temporaryNames[i].toUtf8() + ' ' + finalNames[i].toUtf8() + '\n';
            else
                created.append(finalNames[i]);
        }
        if (!undo.isEmpty())
            runCommand(m_commands.ipset, {u"restore"_s}, undo);
        QStringList gone = created;
        for (qsizetype i = 0; i < temporaryNames.size(); ++i) {
            if (i >= done || swapped[i])
                gone.append(temporaryNames[i]);
        }
        destroySets(gone, nullptr);
    };
    if (!swapScript.isEmpty()) {
        const CommandResult swap = runCommand(m_commands.ipset, {u"restore"_s}, swapScript);
        if (!swap.ok()) {
            const int line = failedLine(swap.err);
            undoSets(line > 0 ? line - 1 : 0);
            return Error {
                tr("the IP sets could not be swapped into place (%1); the previous sets were "
                   "put back")
                    .arg(swap.describe(m_commands.ipset))};
        }
    }

    // 3. Per family, our chains in one transaction, 4. read back and compared. The first
    // failure stops the run; every family written so far is then put back.
    QString failure;
    qsizetype written = 0;
    for (Family &f : run) {
        f.expected = ourRules(iptablesSaveText(*f.next).toUtf8());
        f.tables = f.before.keys();
        for (const QString &t : f.expected.keys()) {
            if (!f.tables.contains(t))
                f.tables.append(t);
        }
        if (!f.tables.contains(u"filter"_s))
            f.tables.append(u"filter"_s);
        ++written;
        const CommandResult restored
            = runCommand(f.restore, {u"--noflush"_s}, restoreInput(*f.next, f.before), 120000);
        if (!restored.ok()) {
            failure = restored.describe(f.restore);
            break;
        }
        const CommandResult after = runCommand(f.save, {});
        if (!after.ok()) {
            failure = after.describe(f.save);
            break;
        }
        const QMap<QString, OurTable> now = ourRules(after.out);
        for (const QString &t : std::as_const(f.tables)) {
            if (now.value(t) == f.expected.value(t))
                continue;
            const OurTable a = now.value(t), b = f.expected.value(t);
            QString first;
            for (qsizetype i = 0; i < std::max(a.rules.size(), b.rules.size()); ++i) {
                if (a.rules.value(i) != b.rules.value(i)) {
                    first = tr("rule %1 is \"%2\", expected \"%3\"")
                                .arg(i + 1)
                                .arg(a.rules.value(i), b.rules.value(i));
                    break;
                }
            }
            failure = f.next->ipVersion == 6
                ? tr("after writing, the IPv6 %1 table does not hold the rendered rules (%2)")
                      .arg(t, first.isEmpty() ? tr("its chains differ") : first)
                : tr("after writing, the %1 table does not hold the rendered rules (%2)")
                      .arg(t, first.isEmpty() ? tr("its chains differ") : first);
            break;
        }
        if (!failure.isEmpty())
            break;
    }
    if (!failure.isEmpty()) {
        QStringList backErrors;
        for (qsizetype i = 0; i < written; ++i) {
            const Result<void> back = restoreTables(run[i].restore, run[i].saved, run[i].tables);
            if (!back)
                backErrors.append(back.error().message);
        }
        undoSets(finalNames.size());
        if (!backErrors.isEmpty())
            return Error {tr("%1; restoring the previous rules failed too: %2")
                              .arg(failure, backErrors.join(u"; "_s))};
        return Error {tr("%1; the previous ruleset was restored").arg(failure)};
    }

    // 5. The old contents (now under the temporary names) and sets no longer rendered, of the
    // families written only.
    QSet<QString> rendered(finalNames.cbegin(), finalNames.cend());
    QStringList stale;
    for (const QString &n : *sets) {
        const bool familyWritten = std::any_of(run.cbegin(), run.cend(), [&](const Family &f) {
            return n.startsWith(f.next->ipVersion == 6 ? kSetPrefixV6 : kSetPrefixV4);
        });
        if (isOurSet(n) && familyWritten && !rendered.contains(n))
            stale.append(n);
    }
    QStringList replaced;
    for (qsizetype i = 0; i < swapped.size(); ++i) {
        if (swapped[i])
            replaced.append(temporaryNames[i]);
    }
    destroySets(replaced, &report.warnings);
    const qsizetype warningsBefore = report.warnings.size();
    destroySets(stale, &report.warnings);
    report.setsDestroyed = int(stale.size() - (report.warnings.size() - warningsBefore));
    report.setsSwapped = int(replaced.size());
    report.setsCreated = int(finalNames.size() - replaced.size());
    for (const Family &f : std::as_const(run)) {
        for (const QString &t : f.tables) {
            for (const QString &c : f.before.value(t).chains) {
                if (!f.expected.value(t).chains.contains(c))
                    ++report.chainsDeleted;
            }
        }
    }
    return report;
}

} // namespace ps
