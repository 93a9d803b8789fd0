#pragma once
// ResourcePatch: `kubectl patch --local` for one resource of a workspace. The resource is named
// by kind, name and namespace; the patch — a JSON merge patch (RFC 7386) or a JSON patch
// (RFC 6902: add, remove, replace, move, copy, test) — is applied to its JSON form (the
// ResourceEncoder's, defaults included, as `calicoctl get -o json` shows it), and the result is
// read back by the same decoder as a file, so its structure is checked as a file's is. The
// patched resource keeps the identity and Source of the one it replaces, so the WorkspaceStore
// writes it back as a minimal edit of its document.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include "core/model/kind.h"
#include "core/model/result.h"
#include "core/model/workspace.h"

namespace ps {

enum class PatchType {
    Merge, // RFC 7386
    Json, // RFC 6902
};

struct ResourcePatch {
    /// The kind as written (`kind:`) or shown ("KubernetesNetworkPolicy"), any case.
    QString kind;
    QString name;
    /// Empty: any namespace, when the name is unique.
    QString namespace_;
    PatchType type = PatchType::Merge;
    QByteArray patch; // JSON text
};

struct PatchedResource {
    Workspace workspace; // the workspace with the patched resource in place of the old one
    ResourceId id;
    ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
    QString name; // "namespace/name" for namespaced kinds
    Source source; // where the resource was read from
    bool changed = false; // false when the patch leaves the resource as it was
};

class ResourcePatcher {
    Q_DECLARE_TR_FUNCTIONS(ResourcePatcher)

public:
    /// The workspace with the resource `patch` names patched. Errors: an unknown kind or a
    /// resource that is not there (with "did you mean"), a name found in several namespaces,
    /// a patch that is not JSON (with its line and column), a JSON patch operation that fails
    /// (a failed test included, with its index and path), and a result that does not read as
    /// a resource of the same kind (the decoder's messages with the field path) or holds
    /// fields that are not modelled.
    static Result<PatchedResource> apply(const Workspace &workspace, const ResourcePatch &patch);
    /// The names ResourcePatch::kind accepts (each kind's `kind:` and shown name, once), in the
    /// order the kinds are declared: the CLI's help lists them, and the shell completion made
    /// from the help offers them.
    static QStringList kindNames();

    /// RFC 7386: `patch` merged into `target` (null removes a key).
    static QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);
    /// RFC 6902: the operations of `patch` (an array) applied to `target` in order.
    static Result<QJsonValue> jsonPatch(const QJsonValue &target, const QJsonValue &patch);
    /// `text` parsed as JSON; the error names the line and column.
    static Result<QJsonValue> parseJson(const QByteArray &text);
};

} // namespace ps
