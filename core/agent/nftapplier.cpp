#include "core/agent/nftapplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include "core/agent/commandrunner.h"
#include "core/dataplane/rulesetformat.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

struct SetContent {
    bool interval = false;
    QSet<QString> elements;
};

/// What one table holds, reduced to the parts the check compares.
struct TableContent {
    QMap<QString, QString> chains; // name → hook ("" for a regular chain)
    QMap<QString, SetContent> sets; // sets and verdict maps
    QMap<QString, QStringList> rules; // chain → "cali:<hash>;" of each rule, in order
};

/// "cali:<hash>;" — the part of a rule comment that names the rule.
QString ruleKey(const QString &comment)
{
    const qsizetype semicolon = comment.indexOf(u';');
    return semicolon < 0 ? comment : comment.left(semicolon + 1);
}

/// The text between the first "{ " and the last " }" of a line.
QString braced(const QString &line)
{
    const qsizetype open = line.indexOf(u'{');
    const qsizetype close = line.lastIndexOf(u'}');
    return open < 0 || close <= open ? QString() : line.mid(open + 1, close - open - 1).trimmed();
}

TableContent expectedContent(const QByteArray &script, const QString &table)
{
    TableContent out;
    const QString prefix = table + u' ';
    for (const QByteArray &raw : script.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.startsWith(u"add "_s))
            continue;
        const qsizetype kindEnd = line.indexOf(u' ', 4);
        if (kindEnd < 0)
            continue;
        const QString kind = line.mid(4, kindEnd - 4);
        const QString rest = line.mid(kindEnd + 1);
        if (!rest.startsWith(prefix))
            continue;
        const QString object = rest.mid(prefix.size());
        const QString name = object.section(u' ', 0, 0);
        if (kind == u"chain") {
            const QString spec = braced(object);
            const qsizetype hook = spec.indexOf(u"hook "_s);
            out.chains.insert(name, hook < 0 ? QString() : spec.mid(hook + 5).section(u' ', 0, 0));
        } else if (kind == u"set" || kind == u"map") {
            out.sets[name].interval = braced(object).contains(u"flags interval"_s);
        } else if (kind == u"element") {
            for (const QString &e : braced(object).split(u", "_s, Qt::SkipEmptyParts))
                out.sets[name].elements.insert(e.trimmed());
        } else if (kind == u"rule") {
            const qsizetype comment = object.lastIndexOf(u" comment \""_s);
            const QString text = comment < 0 ? QString() : object.mid(comment + 10).chopped(1);
            out.rules[name].append(ruleKey(text));
        }
    }
    return out;
}

qsizetype elementCount(const QJsonObject &set)
{
    return set.value(u"elem"_s).toArray().size();
}

} // namespace

NftApplier::NftApplier(DataplaneCommands commands) : m_commands(std::move(commands)) { }

QStringList NftApplier::tablesOf(const QByteArray &script)
{
    QStringList out;
    for (const QByteArray &raw : script.split('\n')) {
        const QList<QByteArray> words = raw.simplified().split(' ');
        if (words.size() == 4 && words[0] == "add" && words[1] == "table") {
            const QString t = QString::fromUtf8(words[2] + ' ' + words[3]);
            if (!out.contains(t))
                out.append(t);
        }
    }
    return out;
}

QByteArray NftApplier::batch(const QByteArray &script)
{
    QByteArray out;
    for (const QString &t : tablesOf(script))
        out += "add table " + t.toUtf8() + "\ndelete table " + t.toUtf8() + '\n';
    out += script;
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

QByteArray NftApplier::restoreBatch(const QStringList &tables, const QByteArray &saved)
{
    QByteArray out;
    for (const QString &t : tables)
        out += "add table " + t.toUtf8() + "\ndelete table " + t.toUtf8() + '\n';
    out += saved;
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

QString NftApplier::differences(
    const QByteArray &script, const QString &table, const QByteArray &listing)
{
    const TableContent want = expectedContent(script, table);
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(listing, &parseError);
    if (doc.isNull())
        return tr("nft's listing of table %1 is not JSON (%2)")
            .arg(table, parseError.errorString());
    TableContent have;
    QMap<QString, qsizetype> haveCounts;
    const QJsonArray items = doc.object().value(u"nftables"_s).toArray();
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        if (o.contains(u"chain"_s)) {
            const QJsonObject c = o.value(u"chain"_s).toObject();
            have.chains.insert(c.value(u"name"_s).toString(), c.value(u"hook"_s).toString());
        } else if (o.contains(u"set"_s) || o.contains(u"map"_s)) {
            const QJsonObject s = o.contains(u"set"_s) ? o.value(u"set"_s).toObject()
                                                       : o.value(u"map"_s).toObject();
            const QString name = s.value(u"name"_s).toString();
            have.sets[name].interval
                = s.value(u"flags"_s).toArray().contains(QJsonValue(u"interval"_s));
            haveCounts.insert(name, elementCount(s));
        } else if (o.contains(u"rule"_s)) {
            const QJsonObject r = o.value(u"rule"_s).toObject();
            have.rules[r.value(u"chain"_s).toString()].append(
                ruleKey(r.value(u"comment"_s).toString()));
        }
    }
    for (auto it = want.chains.cbegin(); it != want.chains.cend(); ++it) {
        if (!have.chains.contains(it.key()))
            return tr("chain %1 is missing").arg(it.key());
        if (have.chains.value(it.key()) != *it)
            return tr("chain %1 hooks \"%2\", expected \"%3\"")
                .arg(it.key(), have.chains.value(it.key()), *it);
    }
    for (auto it = have.chains.cbegin(); it != have.chains.cend(); ++it) {
        if (!want.chains.contains(it.key()))
            return tr("chain %1 is there but was not written").arg(it.key());
    }
    for (auto it = want.sets.cbegin(); it != want.sets.cend(); ++it) {
        if (!have.sets.contains(it.key()))
            return tr("set %1 is missing").arg(it.key());
        // Interval sets are kept as ranges, which nft may print differently.
        const qsizetype count = haveCounts.value(it.key());
        if (!it->interval && count != it->elements.size())
            return tr("set %1 holds %2 elements, %3 were written")
                .arg(it.key())
                .arg(count)
                .arg(it->elements.size());
    }
    for (auto it = have.sets.cbegin(); it != have.sets.cend(); ++it) {
        if (!want.sets.contains(it.key()))
            return tr("set %1 is there but was not written").arg(it.key());
    }
    for (auto it = want.chains.cbegin(); it != want.chains.cend(); ++it) {
        const QStringList a = have.rules.value(it.key()), b = want.rules.value(it.key());
        if (a == b)
            continue;
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (a.value(i) != b.value(i))
                return tr("rule %1 of chain %2 is \"%3\", expected \"%4\"")
                    .arg(i + 1)
                    .arg(it.key(), a.value(i), b.value(i));
        }
    }
    return {};
}

Result<NftApplyReport> NftApplier::apply(const FelixRuleset &next) const
{
    return apply(QList<FelixRuleset> {next});
}

Result<NftApplyReport> NftApplier::apply(const QList<FelixRuleset> &families) const
{
    QByteArray script;
    NftApplyReport report;
    for (const FelixRuleset &rs : families) {
        if (rs.chains.isEmpty() && rs.hooks.isEmpty() && rs.tables.isEmpty()) {
            report.removed.append(rs.ipVersion == 6 ? u"ip6 calico"_s : u"ip calico"_s);
            continue;
        }
        script += nftablesScript(rs).toUtf8();
        if (!script.endsWith('\n'))
            script += '\n';
    }
    report.tables = tablesOf(script);
    if (report.tables.isEmpty() && report.removed.isEmpty())
        return Error {tr("the nft rendering defines no table; nothing was changed")};
    const QStringList touched = report.tables + report.removed;

    // 1. What is there now. (`nft list tables` would cost as much as reading the table: nft
    // fetches the whole ruleset either way.)
    QByteArray saved;
    for (const QString &t : touched) {
        const CommandResult table = runCommand(
            m_commands.nft, {u"list"_s, u"table"_s, t.section(u' ', 0, 0), t.section(u' ', 1, 1)});
        if (!table.ok() && table.started && !table.timedOut
            && table.err.contains("No such file or directory"))
            continue; // not there yet
        if (!table.ok())
            return Error {tr("table %1 could not be read (%2); nothing was changed")
                              .arg(t, table.describe(m_commands.nft))};
        saved += table.out + '\n';
        if (report.tables.contains(t))
            report.replaced.append(t);
    }

    // 2. One batch for every family: all of it or nothing.
    QByteArray input = batch(script);
    for (const QString &t : std::as_const(report.removed))
        input += "add table " + t.toUtf8() + "\ndelete table " + t.toUtf8() + '\n';
    const CommandResult written = runCommand(m_commands.nft, {u"-f"_s, u"-"_s}, input, 120000);
    if (!written.ok())
        return Error {tr("nft refused the batch (%1); the previous ruleset is unchanged")
                          .arg(written.describe(m_commands.nft))};

    // 3. Read back and compared.
    QString failure;
    for (const QString &t : std::as_const(report.tables)) {
        const CommandResult now = runCommand(m_commands.nft,
            {u"-j"_s, u"list"_s, u"table"_s, t.section(u' ', 0, 0), t.section(u' ', 1, 1)});
        if (!now.ok()) {
            failure = now.describe(m_commands.nft);
            break;
        }
        if (const QString diff = differences(script, t, now.out); !diff.isEmpty()) {
            failure
                = tr("after writing, table %1 does not hold the rendered rules (%2)").arg(t, diff);
            break;
        }
    }
    if (failure.isEmpty())
        return report;

    // 4. The saved tables back, in one batch too.
    const CommandResult back
        = runCommand(m_commands.nft, {u"-f"_s, u"-"_s}, restoreBatch(touched, saved), 120000);
    if (!back.ok())
        return Error {tr("%1; restoring the previous rules failed too: %2")
                          .arg(failure, back.describe(m_commands.nft))};
    return Error {tr("%1; the previous ruleset was restored").arg(failure)};
}

} // namespace ps
