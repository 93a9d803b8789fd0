#include "core/agent/nodeagent.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include "core/agent/nftapplier.h"
#include "core/dataplane/rulesetformat.h"
#include "core/eval/policyengine.h"
#include "core/io/jsonwriter.h"
#include "core/io/loader.h"
#include "core/io/workspacestore.h"
#include "core/io/writer.h"
#include "core/model/resourcekindof.h"
#include "core/validate/validator.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

const QString kStateFile = u"state.json"_s;
const QString kWorkspaceFileName = u"workspace.yaml"_s;

QString sha256(QByteArrayView bytes)
{
    return u"sha256:"_s
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString dataplaneName(Dataplane d)
{
    return d == Dataplane::Nftables ? u"nft"_s : u"iptables"_s;
}

const FelixRuleset *familyOf(const QList<FelixRuleset> &rulesets, int ipVersion)
{
    for (const FelixRuleset &rs : rulesets) {
        if (rs.ipVersion == ipVersion)
            return &rs;
    }
    return nullptr;
}

/// What the kernel is given, as JSON: {"dataplane","ipsetRestore","iptablesRestore"} or
/// {"dataplane","nft"} for IPv4, and the same keys under "ipv6" for IPv6.
QByteArray kernelInput(const QList<FelixRuleset> &rulesets, Dataplane dataplane)
{
    const auto inputs = [&](JsonWriter &w, const FelixRuleset &ruleset) {
        if (dataplane == Dataplane::Nftables) {
            w.field("nft", nftablesScript(ruleset));
        } else {
            w.field("ipsetRestore", QString::fromUtf8(ipsetRestoreUtf8(ruleset)));
            w.field("iptablesRestore", QString::fromUtf8(iptablesRestoreUtf8(ruleset)));
        }
    };
    JsonWriter w;
    w.beginObject();
    w.field("dataplane", dataplaneName(dataplane));
    if (const FelixRuleset *v4 = familyOf(rulesets, 4))
        inputs(w, *v4);
    if (const FelixRuleset *v6 = familyOf(rulesets, 6)) {
        w.key("ipv6");
        w.beginObject();
        inputs(w, *v6);
        w.endObject();
    }
    w.endObject();
    return w.take();
}

/// Every resource by "Kind\tname" with its canonical text, to compare two workspaces that were
/// read separately.
QMap<std::pair<QString, QString>, QByteArray> resourceTexts(const Workspace &ws)
{
    QMap<std::pair<QString, QString>, QByteArray> out;
    const Writer writer;
    forEachResourceList([&](auto member) {
        for (const auto &r : ws.data().*member) {
            const QString name = r.meta.namespace_.isEmpty()
                ? r.meta.name
                : r.meta.namespace_ + u'/' + r.meta.name;
            out.insert({kindName(resourceKindOf(r)), name}, writer.writeResource(r));
        }
    });
    return out;
}

NameChanges chainChanges(
    const FelixRuleset &before, const FelixRuleset &after, const QString &family)
{
    const auto hashes = [&family](const FelixRuleset &rs) {
        QMap<QString, QStringList> out;
        const auto add = [&](const QString &table, const QList<FelixChain> &chains) {
            const QString prefix = family + table;
            for (const FelixChain &c : chains) {
                QStringList &h = out[prefix + c.name];
                for (const FelixRule &r : c.rules)
                    h.append(r.hash);
            }
        };
        for (const FelixTable &t : rs.tables)
            add(t.name + u':', t.chains);
        add(QString(), rs.chains);
        return out;
    };
    const auto a = hashes(before), b = hashes(after);
    NameChanges c;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            c.added.append(it.key());
        else if (a.value(it.key()) != *it)
            c.changed.append(it.key());
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            c.removed.append(it.key());
    }
    return c;
}

NameChanges setChanges(const FelixRuleset &before, const FelixRuleset &after)
{
    QMap<QString, const IpSetDefinition *> a, b;
    for (const IpSetDefinition &s : before.ipsets)
        a.insert(s.name, &s);
    for (const IpSetDefinition &s : after.ipsets)
        b.insert(s.name, &s);
    NameChanges c;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const IpSetDefinition *old = a.value(it.key());
        if (!old) {
            c.added.append(it.key());
            continue;
        }
        QStringList x = old->members, y = (*it)->members;
        x.sort();
        y.sort();
        if (x != y || old->type != (*it)->type)
            c.changed.append(it.key());
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            c.removed.append(it.key());
    }
    return c;
}

bool hooksDiffer(const FelixRuleset &before, const FelixRuleset &after)
{
    const auto text = [](const FelixRuleset &rs) {
        QStringList out;
        const auto add = [&](const QList<KernelHook> &hooks) {
            for (const KernelHook &h : hooks) {
                for (const FelixRule &r : h.inserted + h.appended)
                    out.append(h.chain + u' ' + r.hash);
            }
        };
        add(rs.hooks);
        for (const FelixTable &t : rs.tables)
            add(t.hooks);
        return out;
    };
    return text(before) != text(after);
}

int chainCount(const FelixRuleset &rs)
{
    qsizetype n = rs.chains.size();
    for (const FelixTable &t : rs.tables)
        n += t.chains.size();
    return int(n);
}

FamilyCounts familyCounts(const QList<FelixRuleset> &rulesets, int ipVersion)
{
    const FelixRuleset *rs = familyOf(rulesets, ipVersion);
    if (!rs)
        return {};
    return {true, chainCount(*rs), int(rs->ruleCount()), int(rs->ipsets.size())};
}

void appendAll(NameChanges &to, const NameChanges &from)
{
    to.added += from.added;
    to.removed += from.removed;
    to.changed += from.changed;
}

} // namespace

struct NodeAgent::Prepared {
    QByteArray yaml;
    Workspace workspace;
    QList<FelixRuleset> rulesets; // IPv4, then IPv6 when the node programs it
    QStringList warnings;
};

NodeAgent::NodeAgent(NodeAgentOptions options) : m_options(std::move(options))
{
    m_state.node = m_options.node;
    m_state.dataplane = dataplaneName(m_options.dataplane);
}

QString NodeAgent::workspaceFile(qint64 generation) const
{
    return QDir(m_options.stateDir).filePath(u"workspace-%1.yaml"_s.arg(generation));
}

Result<NodeAgent::Prepared> NodeAgent::prepare(const QByteArray &yaml) const
{
    if (yaml.trimmed().isEmpty())
        return Error {tr("the request holds no workspace (send the node's resources as YAML)")};
    const LoadResult loaded = Loader().loadText(yaml, kWorkspaceFileName);
    const Diagnostics validation = Validator().validate(loaded.workspace);
    QStringList errors;
    for (const Diagnostic &d : loaded.diagnostics + validation) {
        if (d.severity == Severity::Error)
            errors.append(d.toString());
    }
    if (!errors.isEmpty())
        return Error {tr("the workspace has %n error(s); Calico would refuse it, so nothing was "
                         "applied:\n%1",
            nullptr, int(errors.size()))
                          .arg(errors.join(u'\n'))};
    Prepared p;
    p.yaml = yaml;
    p.workspace = loaded.workspace;
    const PolicyEngine engine(loaded.workspace, validation);
    RenderRequest request;
    request.node = m_options.node;
    request.dataplane = m_options.dataplane;
    // Felix programs IPv6 whenever its IPv6 support is on (the default), whether or not any
    // endpoint has an IPv6 address yet; with it off, it leaves ip6tables alone.
    QList<int> versions {4};
    if (engine.felixSettings(m_options.node).ipv6Support)
        versions.append(6);
    for (const int version : versions) {
        request.options.ipVersion = version;
        const Result<FelixRuleset> rendered = render(engine, request);
        if (!rendered)
            return rendered.error();
        p.rulesets.append(*rendered);
        for (const QString &w : rendered->warnings) {
            if (!p.warnings.contains(w))
                p.warnings.append(w);
        }
    }
    if (p.rulesets.first().endpoints.isEmpty())
        p.warnings.append(
            tr("no pod or host endpoint of the workspace is on node %1: only Felix's fixed "
               "chains are applied")
                .arg(m_options.node));
    return p;
}

AgentPlan NodeAgent::planFor(const Prepared &next) const
{
    AgentPlan plan;
    plan.node = m_options.node;
    plan.generation = m_state.generation;
    const auto before = resourceTexts(m_workspace), after = resourceTexts(next.workspace);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        const auto action = old == before.cend() ? ResourceChange::Action::Create
            : *old == *it                        ? ResourceChange::Action::Unchanged
                                                 : ResourceChange::Action::Update;
        plan.resources.append({action, it.key().first, it.key().second});
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            plan.resources.append(
                {ResourceChange::Action::Delete, it.key().first, it.key().second});
    }
    std::sort(plan.resources.begin(), plan.resources.end(),
        [](const ResourceChange &a, const ResourceChange &b) {
            return std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
        });
    // Compared with what the kernel holds: nothing, when the last start could not apply.
    const QList<FelixRuleset> inKernel = m_state.inKernel ? m_rulesets : QList<FelixRuleset>();
    for (const int version : {4, 6}) {
        const FelixRuleset *a = familyOf(inKernel, version);
        const FelixRuleset *b = familyOf(next.rulesets, version);
        const FelixRuleset none;
        const FelixRuleset &before = a ? *a : none, &after = b ? *b : none;
        appendAll(plan.chains, chainChanges(before, after, version == 6 ? u"ipv6:"_s : QString()));
        appendAll(plan.sets, setChanges(before, after));
        plan.hooksChanged = plan.hooksChanged || hooksDiffer(before, after);
    }
    plan.ipv4 = familyCounts(next.rulesets, 4);
    plan.ipv6 = familyCounts(next.rulesets, 6);
    plan.rules = plan.ipv4.rules + plan.ipv6.rules;
    plan.setCount = plan.ipv4.sets + plan.ipv6.sets;
    plan.endpoints = int(next.rulesets.first().endpoints.size());
    plan.warnings = next.warnings;
    return plan;
}

Result<AgentPlan> NodeAgent::plan(const QByteArray &yaml) const
{
    const Result<Prepared> next = prepare(yaml);
    if (!next)
        return next.error();
    return planFor(*next);
}

Result<qint64> NodeAgent::putInKernel(
    const QList<FelixRuleset> &target, const QList<FelixRuleset> &current) const
{
    QList<FelixRuleset> families = target;
    // A family no longer programmed: an empty ruleset of it removes our part.
    for (const FelixRuleset &rs : current) {
        if (!familyOf(target, rs.ipVersion)) {
            FelixRuleset none;
            none.ipVersion = rs.ipVersion;
            families.append(none);
        }
    }
    if (families.isEmpty()) {
        FelixRuleset none;
        families.append(none);
    }
    QElapsedTimer clock;
    clock.start();
    if (m_options.dataplane == Dataplane::Nftables) {
        const Result<NftApplyReport> done = NftApplier(m_options.commands).apply(families);
        if (!done)
            return done.error();
        return clock.elapsed();
    }
    const Result<IptablesApplyReport> done = IptablesApplier(m_options.commands).apply(families);
    if (!done)
        return done.error();
    return clock.elapsed();
}

Result<void> NodeAgent::saveState(const AgentState &state, qint64 previous) const
{
    AgentState saved = state;
    saved.previousGeneration = previous;
    saved.lastError.clear();
    const Result<FileFingerprint> written
        = writeFileAtomically(QDir(m_options.stateDir).filePath(kStateFile), toJson(saved) + '\n');
    if (!written)
        return written.error();
    return {};
}

Result<void> NodeAgent::start()
{
    QDir dir(m_options.stateDir);
    if (!dir.exists() && !QDir().mkpath(m_options.stateDir))
        return Error {tr("cannot create the state folder %1").arg(m_options.stateDir)};
    QFile stateFile(dir.filePath(kStateFile));
    if (!stateFile.exists())
        return {};
    if (!stateFile.open(QIODevice::ReadOnly))
        return Error {tr("cannot read %1: %2").arg(stateFile.fileName(), stateFile.errorString())};
    const Result<AgentState> saved = agentStateFromJson(stateFile.readAll());
    if (!saved)
        return Error {tr("%1 is damaged: %2").arg(stateFile.fileName(), saved.error().message)};
    if (saved->node != m_options.node)
        return Error {tr("%1 holds the state of node %2, not %3")
                          .arg(stateFile.fileName(), saved->node, m_options.node)};
    QFile ws(workspaceFile(saved->generation));
    if (!ws.open(QIODevice::ReadOnly))
        return Error {tr("cannot read %1: %2").arg(ws.fileName(), ws.errorString())};
    m_yaml = ws.readAll();
    m_state = *saved;
    m_state.dataplane = dataplaneName(m_options.dataplane);
    m_state.inKernel = false;
    if (m_state.previousGeneration > 0) {
        QFile previous(workspaceFile(m_state.previousGeneration));
        if (previous.open(QIODevice::ReadOnly))
            m_previousYaml = previous.readAll();
        else
            m_state.previousGeneration = 0;
    }
    const Result<Prepared> prepared = prepare(m_yaml);
    if (!prepared) {
        m_state.lastError = prepared.error().message;
        return {};
    }
    m_rulesets = prepared->rulesets;
    m_workspace = prepared->workspace;
    const Result<qint64> kernel = putInKernel(m_rulesets, {});
    if (!kernel) {
        m_state.lastError = tr("generation %1 could not be applied again at start: %2")
                                .arg(m_state.generation)
                                .arg(kernel.error().message);
        return {};
    }
    m_state.inKernel = true;
    return {};
}

ApplyOutcome NodeAgent::apply(const QByteArray &yaml, std::optional<qint64> ifMatch)
{
    ApplyOutcome out;
    if (ifMatch && *ifMatch != m_state.generation) {
        out.status = ApplyOutcome::Status::Conflict;
        out.message = tr("the agent is at generation %1, not %2: another push came first; read "
                         "its state and plan again")
                          .arg(m_state.generation)
                          .arg(*ifMatch);
        return out;
    }
    const Result<Prepared> next = prepare(yaml);
    if (!next) {
        out.status = ApplyOutcome::Status::Invalid;
        const QStringList lines = next.error().message.split(u'\n');
        out.message = lines.first();
        out.details = lines.mid(1);
        return out;
    }
    out.plan = planFor(*next);
    const QList<FelixRuleset> inKernel = m_state.inKernel ? m_rulesets : QList<FelixRuleset>();
    const Result<qint64> kernel = putInKernel(next->rulesets, inKernel);
    if (!kernel) {
        out.status = ApplyOutcome::Status::Failed;
        out.message = kernel.error().message;
        m_state.lastError = out.message;
        return out;
    }
    out.milliseconds = *kernel;

    AgentState state = m_state;
    state.generation = m_state.generation + 1;
    state.contentHash = sha256(yaml);
    state.rulesetHash = sha256(kernelInput(next->rulesets, m_options.dataplane));
    state.appliedAt = QDateTime::currentDateTimeUtc();
    state.inKernel = true;
    state.ipv4 = familyCounts(next->rulesets, 4);
    state.ipv6 = familyCounts(next->rulesets, 6);
    state.chains = state.ipv4.chains + state.ipv6.chains;
    state.rules = state.ipv4.rules + state.ipv6.rules;
    state.sets = state.ipv4.sets + state.ipv6.sets;
    state.endpoints = int(next->rulesets.first().endpoints.size());
    state.previousGeneration = m_state.generation > 0 && m_state.inKernel ? m_state.generation : 0;
    state.lastError.clear();
    // The workspace first, then the state that names it: a crash in between leaves the old
    // state whole.
    Result<void> saved;
    if (const Result<FileFingerprint> w
        = writeFileAtomically(workspaceFile(state.generation), yaml);
        !w)
        saved = w.error();
    else
        saved = saveState(state, state.previousGeneration);
    if (!saved) {
        const Result<qint64> back = putInKernel(inKernel, next->rulesets);
        out.status = ApplyOutcome::Status::Failed;
        out.message = back ? tr("the state could not be saved (%1); the previous ruleset was put "
                                "back")
                                 .arg(saved.error().message)
                           : tr("the state could not be saved (%1), and putting the previous "
                                "ruleset back failed: %2")
                                 .arg(saved.error().message, back.error().message);
        m_state.lastError = out.message;
        return out;
    }
    // Only the current and the previous workspace are kept.
    const QRegularExpression kept(u"^workspace-(\\d+)\\.yaml$"_s);
    for (const QString &f : QDir(m_options.stateDir).entryList(QDir::Files)) {
        const QRegularExpressionMatch m = kept.match(f);
        const qint64 g = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        if (g >= 0 && g != state.generation && g != state.previousGeneration)
            QFile::remove(QDir(m_options.stateDir).filePath(f));
    }
    m_previousYaml = state.previousGeneration > 0 ? m_yaml : QByteArray();
    m_yaml = yaml;
    m_rulesets = next->rulesets;
    m_workspace = next->workspace;
    m_state = state;
    out.status = ApplyOutcome::Status::Applied;
    out.message = tr("generation %1 applied: %2 rules, %3 IP sets, %4 local endpoints")
                      .arg(state.generation)
                      .arg(state.rules)
                      .arg(state.sets)
                      .arg(state.endpoints);
    return out;
}

ApplyOutcome NodeAgent::rollback(std::optional<qint64> ifMatch)
{
    if (m_state.previousGeneration == 0 || m_previousYaml.isEmpty()) {
        ApplyOutcome out;
        out.status = ApplyOutcome::Status::NothingToRollBack;
        out.message = tr("there is no previous generation to roll back to");
        return out;
    }
    const qint64 target = m_state.previousGeneration;
    ApplyOutcome out = apply(QByteArray(m_previousYaml), ifMatch);
    if (out.status == ApplyOutcome::Status::Applied)
        out.message = tr("rolled back to the workspace of generation %1, applied as generation %2")
                          .arg(target)
                          .arg(m_state.generation);
    return out;
}

QByteArray NodeAgent::rulesetText() const
{
    if (m_state.generation == 0)
        return "{}";
    return kernelInput(m_rulesets, m_options.dataplane);
}

} // namespace ps
