#include "core/io/resourcepatch.h"

#include <optional>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "core/io/didyoumean.h"
#include "core/io/loader.h"
#include "core/io/resourceencoder_p.h"
#include "core/io/resourcekind_p.h"
#include "core/io/textcheck_p.h"

namespace ps {

namespace {

constexpr int kKindCount = int(ResourceKind::ReplicationController) + 1;

/// The kinds `name` may mean: its `kind:` ("NetworkPolicy" is Calico's and Kubernetes') or
/// its shown name, any case.
QList<ResourceKind> kindsNamed(const QString &name)
{
    QList<ResourceKind> kinds;
    for (int k = 0; k < kKindCount; ++k) {
        const auto kind = ResourceKind(k);
        if (kindName(kind).compare(name, Qt::CaseInsensitive) == 0
            || kindDisplayName(kind).compare(name, Qt::CaseInsensitive) == 0)
            kinds.append(kind);
    }
    return kinds;
}

/// The tokens of a JSON pointer (RFC 6901), or nullopt when it is not one.
std::optional<QStringList> pointerTokens(const QString &pointer)
{
    if (pointer.isEmpty())
        return QStringList();
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString &token : tokens)
        token.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return tokens;
}

/// An array index token: digits without a leading zero.
std::optional<qsizetype> arrayIndex(const QString &token)
{
    if (token.isEmpty() || (token.size() > 1 && token.front() == u'0'))
        return std::nullopt;
    qsizetype index = 0;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9' || index > 100000000)
            return std::nullopt;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index;
}

/// The paths of the values of `patched` that `kept` (the same resource decoded and encoded
/// again) does not hold: fields that are not modelled. Empty collections do not count (the
/// encoder leaves them out).
void unkept(
    const QJsonValue &patched, const QJsonValue &kept, const QString &path, QStringList &lost)
{
    if (patched.isObject()) {
        const QJsonObject object = patched.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            const bool empty = (it.value().isObject() && it.value().toObject().isEmpty())
                || (it.value().isArray() && it.value().toArray().isEmpty()) || it.value().isNull();
            if (empty)
                continue;
            if (!kept.isObject() || !kept.toObject().contains(it.key()))
                lost.append(child);
            else
                unkept(it.value(), kept.toObject().value(it.key()), child, lost);
        }
    } else if (patched.isArray()) {
        const QJsonArray array = patched.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString child = path + u'[' + QString::number(i) + u']';
            if (!kept.isArray() || i >= kept.toArray().size())
                lost.append(child);
            else
                unkept(array.at(i), kept.toArray().at(i), child, lost);
        }
    }
}

class JsonPatcher {
    Q_DECLARE_TR_FUNCTIONS(ResourcePatcher)

public:
    enum class Op { Add, Remove, Replace };

    /// The value at `tokens`, or why there is none.
    static Result<QJsonValue> get(const QJsonValue &doc, const QStringList &tokens)
    {
        QJsonValue at = doc;
        for (const QString &token : tokens) {
            if (at.isObject() && at.toObject().contains(token)) {
                at = at.toObject().value(token);
                continue;
            }
            const std::optional<qsizetype> index = arrayIndex(token);
            if (at.isArray() && index && *index < at.toArray().size()) {
                at = at.toArray().at(*index);
                continue;
            }
            return Error {tr("the path does not exist")};
        }
        return at;
    }

    /// `doc` with `op` done at `tokens` (from `depth` on).
    static Result<QJsonValue> change(const QJsonValue &doc, const QStringList &tokens,
        qsizetype depth, Op op, const QJsonValue &value)
    {
        if (tokens.isEmpty()) {
            if (op == Op::Remove)
                return Error {tr("the whole resource cannot be removed")};
            return value;
        }
        const QString &token = tokens[depth];
        const bool last = depth + 1 == tokens.size();
        if (doc.isObject()) {
            QJsonObject object = doc.toObject();
            if (!object.contains(token) && !(last && op == Op::Add))
                return Error {tr("the path does not exist")};
            if (!last) {
                const Result<QJsonValue> inner
                    = change(object.value(token), tokens, depth + 1, op, value);
                if (!inner)
                    return inner;
                object.insert(token, *inner);
            } else if (op == Op::Remove) {
                object.remove(token);
            } else {
                object.insert(token, value);
            }
            return QJsonValue(object);
        }
        if (doc.isArray()) {
            QJsonArray array = doc.toArray();
            if (last && op == Op::Add && token == u'-') {
                array.append(value);
                return QJsonValue(array);
            }
            const std::optional<qsizetype> index = arrayIndex(token);
            const qsizetype limit = last && op == Op::Add ? array.size() : array.size() - 1;
            if (!index || *index > limit)
                return Error {tr("the path does not exist")};
            if (!last) {
                const Result<QJsonValue> inner
                    = change(array.at(*index), tokens, depth + 1, op, value);
                if (!inner)
                    return inner;
                array.replace(*index, *inner);
            } else if (op == Op::Add) {
                array.insert(*index, value);
            } else if (op == Op::Remove) {
                array.removeAt(*index);
            } else {
                array.replace(*index, value);
            }
            return QJsonValue(array);
        }
        return Error {tr("the path does not exist")};
    }
};

} // namespace

QJsonValue ResourcePatcher::mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject changes = patch.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

Result<QJsonValue> ResourcePatcher::jsonPatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isArray())
        return Error {tr("a JSON patch is an array of operations")};
    QJsonValue doc = target;
    const QJsonArray operations = patch.toArray();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QJsonObject operation = operations.at(i).toObject();
        const QString op = operation.value(QStringLiteral("op")).toString();
        const QString path = operation.value(QStringLiteral("path")).toString();
        const auto failed = [&](const QString &why) {
            return Error {tr("patch operation %1 (%2 %3): %4").arg(i).arg(op, path, why)};
        };
        if (!operations.at(i).isObject() || !operation.value(QStringLiteral("path")).isString())
            return failed(tr("an operation is an object with \"op\" and \"path\""));
        const std::optional<QStringList> tokens = pointerTokens(path);
        if (!tokens)
            return failed(tr("the path is not a JSON pointer (it starts with /)"));
        const bool needsValue = op == QLatin1StringView("add") || op == QLatin1StringView("replace")
            || op == QLatin1StringView("test");
        if (needsValue && !operation.contains(QStringLiteral("value")))
            return failed(tr("\"value\" is missing"));
        const QJsonValue value = operation.value(QStringLiteral("value"));
        std::optional<QStringList> from;
        if (op == QLatin1StringView("move") || op == QLatin1StringView("copy")) {
            from = pointerTokens(operation.value(QStringLiteral("from")).toString());
            if (!operation.value(QStringLiteral("from")).isString() || !from)
                return failed(tr("\"from\" is missing or not a JSON pointer"));
        }

        Result<QJsonValue> next = doc;
        if (op == QLatin1StringView("add")) {
            next = JsonPatcher::change(doc, *tokens, 0, JsonPatcher::Op::Add, value);
        } else if (op == QLatin1StringView("remove")) {
            next = JsonPatcher::change(doc, *tokens, 0, JsonPatcher::Op::Remove, {});
        } else if (op == QLatin1StringView("replace")) {
            next = JsonPatcher::change(doc, *tokens, 0, JsonPatcher::Op::Replace, value);
        } else if (op == QLatin1StringView("move") || op == QLatin1StringView("copy")) {
            const QString fromText = operation.value(QStringLiteral("from")).toString();
            if (op == QLatin1StringView("move")
                && (path == fromText || path.startsWith(fromText + u'/')))
                return failed(tr("a value cannot be moved into itself"));
            const Result<QJsonValue> moved = JsonPatcher::get(doc, *from);
            if (!moved)
                return failed(tr("\"from\" %1: %2").arg(fromText, moved.error().message));
            QJsonValue source = doc;
            if (op == QLatin1StringView("move")) {
                const Result<QJsonValue> removed
                    = JsonPatcher::change(doc, *from, 0, JsonPatcher::Op::Remove, {});
                if (!removed)
                    return failed(removed.error().message);
                source = *removed;
            }
            next = JsonPatcher::change(source, *tokens, 0, JsonPatcher::Op::Add, *moved);
        } else if (op == QLatin1StringView("test")) {
            const Result<QJsonValue> actual = JsonPatcher::get(doc, *tokens);
            if (!actual)
                return failed(tr("test failed: %1").arg(actual.error().message));
            if (*actual != value) {
                const auto text = [](const QJsonValue &v) {
                    return QString::fromUtf8(
                        QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))
                        .chopped(1)
                        .mid(1);
                };
                return failed(
                    tr("test failed: the value is %1, not %2").arg(text(*actual), text(value)));
            }
        } else {
            return failed(tr("unknown operation (add, remove, replace, move, copy or test)"));
        }
        if (!next)
            return failed(next.error().message);
        doc = *next;
    }
    return doc;
}

Result<QJsonValue> ResourcePatcher::parseJson(const QByteArray &text)
{
    QJsonParseError error {};
    // QJsonDocument takes only objects and arrays at the top; a scalar merge patch replaces the
    // whole resource, which is refused later anyway.
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const SourcePos at = TextCheck::position(text, error.offset);
        return Error {tr("the patch is not valid JSON: %1 (line %2, column %3)")
                          .arg(error.errorString())
                          .arg(at.line)
                          .arg(at.column),
            {}, at.line, at.column};
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QStringList ResourcePatcher::kindNames()
{
    QStringList names;
    for (int k = 0; k < kKindCount; ++k) {
        const auto kind = ResourceKind(k);
        names.append(kindName(kind));
        names.append(kindDisplayName(kind));
    }
    names.removeDuplicates();
    return names;
}

Result<PatchedResource> ResourcePatcher::apply(
    const Workspace &workspace, const ResourcePatch &patch)
{
    const QList<ResourceKind> kinds = kindsNamed(patch.kind);
    if (kinds.isEmpty()) {
        QString message = tr("unknown kind \"%1\"").arg(patch.kind);
        if (const QString best = didYouMean(patch.kind, kindNames()); !best.isEmpty())
            message += tr("; did you mean \"%1\"?").arg(best);
        return Error {message};
    }
    const Result<QJsonValue> patchValue = parseJson(patch.patch);
    if (!patchValue)
        return patchValue.error();

    // The resource: of one of the kinds, with the name, in the namespace when one is given.
    struct Found {
        int list = 0;
        qsizetype index = 0;
        QString namespace_;
    };
    std::vector<Found> found;
    QStringList names;
    const auto inNamespace = [&patch](const QString &ns) {
        return patch.namespace_.isEmpty() || ns == patch.namespace_
            || (ns.isEmpty() && patch.namespace_ == QLatin1StringView("default"));
    };
    int list = 0;
    forEachResourceList([&](auto member) {
        const auto &resources = workspace.data().*member;
        for (qsizetype i = 0; i < resources.size(); ++i) {
            const auto &r = resources[i];
            if (!kinds.contains(resourceKindOf(r)))
                continue;
            if (r.meta.name == patch.name && inNamespace(r.meta.namespace_))
                found.push_back({list, i, r.meta.namespace_});
            else if (inNamespace(r.meta.namespace_))
                names.append(r.meta.name);
        }
        ++list;
    });
    const QString kindText = kindDisplayName(kinds.first());
    if (found.empty()) {
        QString message = patch.namespace_.isEmpty()
            ? tr("no %1 named \"%2\" in the workspace").arg(kindText, patch.name)
            : tr("no %1 named \"%2\" in namespace \"%3\"")
                  .arg(kindText, patch.name, patch.namespace_);
        if (const QString best = didYouMean(patch.name, names); !best.isEmpty())
            message += tr("; did you mean \"%1\"?").arg(best);
        return Error {message};
    }
    if (found.size() > 1) {
        QStringList where;
        for (const Found &f : found)
            where.append(f.namespace_.isEmpty() ? QStringLiteral("-") : f.namespace_);
        return Error {tr("%1 \"%2\" is in several namespaces (%3); choose one with --namespace")
                          .arg(kindText, patch.name, where.join(QStringLiteral(", ")))};
    }

    std::optional<Result<PatchedResource>> result;
    list = 0;
    forEachResourceList([&](auto member) {
        if (list++ != found.front().list)
            return;
        const auto &original = (workspace.data().*member)[found.front().index];
        using T = std::remove_cvref_t<decltype(original)>;
        const QJsonValue json = ResourceEncoder::encode(original).toJson();
        QJsonValue patched;
        if (patch.type == PatchType::Merge) {
            patched = mergePatch(json, *patchValue);
        } else {
            const Result<QJsonValue> applied = jsonPatch(json, *patchValue);
            if (!applied) {
                result = applied.error();
                return;
            }
            patched = *applied;
        }
        const QString what
            = kindDisplayName(resourceKindOf(original)) + u' ' + displayName(original);
        if (!patched.isObject()) {
            result = Error {tr("the patched %1 is not a JSON object").arg(what)};
            return;
        }
        // Read back as a file is read: the same decoder, the same structural checks.
        const QByteArray text = QJsonDocument(patched.toObject()).toJson(QJsonDocument::Indented);
        const LoadResult read = Loader().loadText(text, original.source.file);
        QStringList problems;
        for (const Diagnostic &d : read.diagnostics) {
            if (d.severity == Severity::Error)
                problems.append(
                    d.path.isEmpty() ? d.message : d.path + QStringLiteral(": ") + d.message);
        }
        const QList<T> *decoded = nullptr;
        forEachResourceList([&](auto m) {
            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(read.workspace.data().*m)>,
                              QList<T>>)
                decoded = &(read.workspace.data().*m);
        });
        if (problems.isEmpty() && (read.workspace.resourceCount() != 1 || decoded->size() != 1))
            problems.append(
                tr("it is no longer a %1").arg(kindDisplayName(resourceKindOf(original))));
        if (!problems.isEmpty()) {
            result = Error {tr("the patched %1 is not valid: %2")
                                .arg(what, problems.join(QStringLiteral("; ")))};
            return;
        }
        T value = decoded->first();
        if (resourceKindOf(value) != resourceKindOf(original)) {
            result
                = Error {tr("the patch changes the kind of %1; patches keep the kind").arg(what)};
            return;
        }
        // A field the model does not keep would be dropped silently: refused.
        QStringList lost;
        unkept(patched, ResourceEncoder::encode(value).toJson(), QString(), lost);
        if (!lost.isEmpty()) {
            result = Error {tr("the patched %1 sets fields that Policy Studio does not model "
                               "(%2); edit the file itself")
                                .arg(what, lost.join(QStringLiteral(", ")))};
            return;
        }
        value.source = original.source;
        PatchedResource out;
        out.id = original.source.id;
        out.kind = resourceKindOf(original);
        out.name = displayName(original);
        out.source = original.source;
        out.changed = !(value == original);
        out.workspace = workspace.edited(
            [&](WorkspaceData &d) { (d.*member)[found.front().index] = std::move(value); });
        result = std::move(out);
    });
    return *result;
}

} // namespace ps
