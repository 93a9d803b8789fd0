#include "core/agent/agentplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/jsonwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

class PlanText {
    Q_DECLARE_TR_FUNCTIONS(NodeAgent)

public:
    static QString notJson(const QString &why)
    {
        return tr("the agent's answer is not JSON: %1").arg(why);
    }
    static QString field(const QString &name)
    {
        return tr("the agent's answer has no valid \"%1\"").arg(name);
    }
};

void writeNames(JsonWriter &w, const char *key, const NameChanges &c)
{
    w.key(key);
    w.beginObject();
    w.fieldStrings("added", c.added);
    w.fieldStrings("removed", c.removed);
    w.fieldStrings("changed", c.changed);
    w.endObject();
}

void writeFamily(JsonWriter &w, const char *key, const FamilyCounts &c)
{
    w.key(key);
    w.beginObject();
    w.fieldBool("programmed", c.programmed);
    w.field("chains", c.chains);
    w.field("rules", c.rules);
    w.field("sets", c.sets);
    w.endObject();
}

QString dateText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// Reads fields of one JSON object, remembering the first one that was missing or wrong.
class Fields {
public:
    explicit Fields(QJsonObject o) : m_o(std::move(o)) { }
    QString string(const QString &key, bool optional = false)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isString())
            return v.toString();
        if (!(optional && (v.isUndefined() || v.isNull())))
            fail(key);
        return {};
    }
    qint64 integer(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isDouble())
            fail(key);
        return qint64(v.toDouble());
    }
    bool boolean(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isBool())
            fail(key);
        return v.toBool();
    }
    QStringList strings(const QJsonObject &o, const QString &key)
    {
        QStringList out;
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(key);
            return out;
        }
        for (const auto &s : v.toArray()) {
            if (!s.isString())
                fail(key);
            out.append(s.toString());
        }
        return out;
    }
    QStringList strings(const QString &key) { return strings(m_o, key); }
    NameChanges names(const QString &key)
    {
        const QJsonObject o = m_o.value(key).toObject();
        if (!m_o.value(key).isObject())
            fail(key);
        return {strings(o, u"added"_s), strings(o, u"removed"_s), strings(o, u"changed"_s)};
    }
    /// An "ipv4" / "ipv6" object; `absent` when the answer has none (an older agent).
    FamilyCounts family(const QString &key, const FamilyCounts &absent)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return absent;
        const QJsonObject o = v.toObject();
        const QJsonValue programmed = o.value(u"programmed"_s);
        FamilyCounts c;
        c.programmed = programmed.toBool();
        const auto count = [&](const QString &name) {
            const QJsonValue n = o.value(name);
            if (!n.isDouble())
                fail(key);
            return int(n.toDouble());
        };
        c.chains = count(u"chains"_s);
        c.rules = count(u"rules"_s);
        c.sets = count(u"sets"_s);
        if (!v.isObject() || !programmed.isBool())
            fail(key);
        return c;
    }
    const QJsonObject &object() const { return m_o; }
    void fail(const QString &key)
    {
        if (m_failed.isEmpty())
            m_failed = key;
    }
    std::optional<Error> error() const
    {
        if (m_failed.isEmpty())
            return std::nullopt;
        return Error {PlanText::field(m_failed)};
    }

private:
    QJsonObject m_o;
    QString m_failed;
};

Result<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError)
        return Error {PlanText::notJson(e.errorString())};
    if (!doc.isObject())
        return Error {PlanText::notJson(u"not an object"_s)};
    return doc.object();
}

} // namespace

QString resourceActionName(ResourceChange::Action action)
{
    switch (action) {
    case ResourceChange::Action::Create:
        return u"create"_s;
    case ResourceChange::Action::Update:
        return u"update"_s;
    case ResourceChange::Action::Delete:
        return u"delete"_s;
    case ResourceChange::Action::Unchanged:
        break;
    }
    return u"unchanged"_s;
}

std::optional<ResourceChange::Action> resourceActionFromName(QStringView name)
{
    for (const auto a : {ResourceChange::Action::Create, ResourceChange::Action::Update,
             ResourceChange::Action::Delete, ResourceChange::Action::Unchanged}) {
        if (resourceActionName(a) == name)
            return a;
    }
    return std::nullopt;
}

qsizetype AgentPlan::count(ResourceChange::Action action) const
{
    return std::count_if(resources.cbegin(), resources.cend(),
        [action](const ResourceChange &c) { return c.action == action; });
}

QByteArray toJson(const AgentState &state)
{
    JsonWriter w;
    w.beginObject();
    w.field("node", state.node);
    w.field("dataplane", state.dataplane);
    w.key("generation");
    w.value64(state.generation);
    w.field("contentHash", state.contentHash);
    w.field("rulesetHash", state.rulesetHash);
    w.key("appliedAt");
    if (state.appliedAt.isValid())
        w.value(dateText(state.appliedAt));
    else
        w.null();
    w.fieldBool("inKernel", state.inKernel);
    w.field("chains", state.chains);
    w.field("rules", state.rules);
    w.field("sets", state.sets);
    w.field("endpoints", state.endpoints);
    writeFamily(w, "ipv4", state.ipv4);
    writeFamily(w, "ipv6", state.ipv6);
    w.key("previousGeneration");
    w.value64(state.previousGeneration);
    w.field("lastError", state.lastError);
    w.endObject();
    return w.take();
}

QByteArray toJson(const AgentPlan &plan)
{
    JsonWriter w;
    w.beginObject();
    w.field("node", plan.node);
    w.key("generation");
    w.value64(plan.generation);
    w.fieldBool("changesKernel", plan.changesKernel());
    w.beginArray("resources");
    for (const ResourceChange &c : plan.resources) {
        w.beginObject();
        w.field("action", resourceActionName(c.action));
        w.field("kind", c.kind);
        w.field("name", c.name);
        w.endObject();
    }
    w.endArray();
    writeNames(w, "chains", plan.chains);
    writeNames(w, "sets", plan.sets);
    w.fieldBool("hooksChanged", plan.hooksChanged);
    w.field("rules", plan.rules);
    w.field("setCount", plan.setCount);
    w.field("endpoints", plan.endpoints);
    writeFamily(w, "ipv4", plan.ipv4);
    writeFamily(w, "ipv6", plan.ipv6);
    w.fieldStrings("warnings", plan.warnings);
    w.endObject();
    return w.take();
}

Result<AgentState> agentStateFromJson(const QByteArray &json)
{
    const Result<QJsonObject> o = parseObject(json);
    if (!o)
        return o.error();
    Fields f(*o);
    AgentState s;
    s.node = f.string(u"node"_s);
    s.dataplane = f.string(u"dataplane"_s);
    s.generation = f.integer(u"generation"_s);
    s.contentHash = f.string(u"contentHash"_s);
    s.rulesetHash = f.string(u"rulesetHash"_s);
    const QString applied = f.string(u"appliedAt"_s, true);
    if (!applied.isEmpty()) {
        s.appliedAt = QDateTime::fromString(applied, Qt::ISODateWithMs);
        if (!s.appliedAt.isValid())
            f.fail(u"appliedAt"_s);
    }
    s.inKernel = f.boolean(u"inKernel"_s);
    s.chains = int(f.integer(u"chains"_s));
    s.rules = int(f.integer(u"rules"_s));
    s.sets = int(f.integer(u"sets"_s));
    s.endpoints = int(f.integer(u"endpoints"_s));
    s.ipv4 = f.family(u"ipv4"_s, {s.generation > 0, s.chains, s.rules, s.sets});
    s.ipv6 = f.family(u"ipv6"_s, {});
    s.previousGeneration = f.integer(u"previousGeneration"_s);
    s.lastError = f.string(u"lastError"_s);
    if (const auto e = f.error())
        return *e;
    return s;
}

Result<AgentPlan> agentPlanFromJson(const QByteArray &json)
{
    const Result<QJsonObject> o = parseObject(json);
    if (!o)
        return o.error();
    Fields f(*o);
    AgentPlan p;
    p.node = f.string(u"node"_s);
    p.generation = f.integer(u"generation"_s);
    const QJsonValue resources = o->value(u"resources"_s);
    if (!resources.isArray())
        f.fail(u"resources"_s);
    for (const auto &v : resources.toArray()) {
        const QJsonObject r = v.toObject();
        const auto action = resourceActionFromName(r.value(u"action"_s).toString());
        if (!action || !r.value(u"kind"_s).isString() || !r.value(u"name"_s).isString()) {
            f.fail(u"resources"_s);
            continue;
        }
        p.resources.append({*action, r.value(u"kind"_s).toString(), r.value(u"name"_s).toString()});
    }
    p.chains = f.names(u"chains"_s);
    p.sets = f.names(u"sets"_s);
    p.hooksChanged = f.boolean(u"hooksChanged"_s);
    p.rules = int(f.integer(u"rules"_s));
    p.setCount = int(f.integer(u"setCount"_s));
    p.endpoints = int(f.integer(u"endpoints"_s));
    p.ipv4 = f.family(u"ipv4"_s, {true, 0, p.rules, p.setCount});
    p.ipv6 = f.family(u"ipv6"_s, {});
    p.warnings = f.strings(u"warnings"_s);
    if (const auto e = f.error())
        return *e;
    return p;
}

} // namespace ps
