#pragma once
// ResourceDecoder: turns YAML documents (YamlTree) into model values appended to a
// WorkspaceData, checking structure on the way: unknown fields of strict kinds (with a
// "did you mean"), wrong value types, unknown kinds, unparseable ports and protocols. Every
// field's position is recorded in the resource's SourceMap under its path. Calico's load-time
// defaulting is applied here. Private to core/io; Loader drives it.

#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "core/io/yamltree_p.h"
#include "core/model/diagnostic.h"
#include "core/model/workspace.h"

namespace ps {

class ResourceDecoder {
    Q_DECLARE_TR_FUNCTIONS(Loader)

public:
    /// `text` is the parsed text (for column computation); `ascii` says it has no multi-byte
    /// characters. Resources go to `out`, problems to `diagnostics`.
    ResourceDecoder(const QString &file, QByteArrayView text, bool ascii, WorkspaceData &out,
        Diagnostics &diagnostics);
    ~ResourceDecoder();

    /// Decodes one document (a resource or a List of resources). Empty documents are skipped.
    void decode(const YamlTree &tree, int documentIndex);

private:
    enum class Strictness { Inherit, Strict, Lenient };
    class FieldScope;
    class IndexScope;

    // Positions and diagnostics
    SourcePos pos(const YamlNode &node) const;
    void report(Severity severity, const YamlNode &node, const QString &message);
    void error(const YamlNode &node, const QString &message)
    {
        report(Severity::Error, node, message);
    }
    void typeError(const YamlNode &node, const QString &expected);
    QString describe(const YamlNode &node) const;
    QString currentName() const;
    bool spend();

    // Structure

    /// Decodes one field's value; a non-owning reference to a lambda that lives for the call
    /// to fields().
    class FieldDecoder {
    public:
        template<class F>
        requires(!std::is_same_v<std::remove_cvref_t<F>, FieldDecoder>)
            FieldDecoder(const F &decode)
            : m_object(&decode), m_call([](const void *object, const YamlNode &value) {
                  (*static_cast<const F *>(object))(value);
              })
        {
        }
        void operator()(const YamlNode &value) const { m_call(m_object, value); }

    private:
        const void *m_object;
        void (*m_call)(const void *, const YamlNode &);
    };
    /// One known field of a mapping and how it is decoded: the one table both decoding and the
    /// "unknown field, did you mean" check read, so the two cannot disagree. A field that is not
    /// `allowed` here (a global-only field in a namespaced policy) is an unknown field.
    struct Field {
        std::string_view name;
        FieldDecoder decode;
        bool allowed = true;
    };

    void fields(const YamlNode &map, const char *what, std::initializer_list<Field> table,
        Strictness strictness = Strictness::Inherit);
    template<class F> void items(const YamlNode &sequence, F &&onItem);

    // Scalars
    QString string(const YamlNode &node);
    QStringList strings(const YamlNode &node);
    Labels labels(const YamlNode &node);
    std::optional<double> number(const YamlNode &node);
    std::optional<int> integer(const YamlNode &node);
    bool boolean(const YamlNode &node);
    std::optional<Port> port(const YamlNode &node);
    QList<Port> ports(const YamlNode &node);
    std::optional<Protocol> protocol(const YamlNode &node);

    // Resources
    void decodeObject(const YamlNode &object, const QString &defaultApiVersion,
        const QString &defaultKind, bool inList);
    void decodeList(const YamlNode &object, const QString &apiVersion, const QString &itemKind);
    void beginResource(const YamlNode &object);
    /// A field that was accepted but is not kept: the resource is not complete.
    void notKept() { m_notKept = true; }
    /// Decodes a field the model does not hold: any value but an empty one (null, {} or [])
    /// leaves the resource incomplete, so a save never rewrites it without that field. The
    /// returned decoder must be used within the full expression that calls this.
    auto notKeptField()
    {
        return [this](const YamlNode &value) {
            const bool empty
                = value.isNull() || ((value.isMap() || value.isSequence()) && value.size == 0);
            if (!empty)
                notKept();
        };
    }
    Source finishResource(const YamlNode &object);
    ObjectMeta metadata(const YamlNode &node);
    /// apiVersion, kind, metadata, spec and status of a resource.
    void topLevel(const YamlNode &object, ObjectMeta &meta, FieldDecoder spec, FieldDecoder status);

    void decodeCalicoPolicy(const YamlNode &object, ResourceKind kind);
    Rule rule(const YamlNode &node);
    QList<Rule> rules(const YamlNode &node);
    EntityRule entityRule(const YamlNode &node, const char *what);
    IcmpFields icmp(const YamlNode &node, const char *what);
    HttpMatch http(const YamlNode &node);
    void decodeTier(const YamlNode &object);
    void decodeProfile(const YamlNode &object);
    void decodeNetworkSet(const YamlNode &object, bool global);
    void decodeHostEndpoint(const YamlNode &object);
    void decodeIpPool(const YamlNode &object);
    void decodeFelixConfiguration(const YamlNode &object);

    void decodeKubernetesPolicy(const YamlNode &object, bool staged);
    LabelSelector labelSelector(const YamlNode &node, const char *what);
    QList<K8sRule> kubernetesRules(const YamlNode &node, bool ingress);

    void decodeAdminPolicy(const YamlNode &object, ResourceKind kind);
    AdminPods adminPods(const YamlNode &node);
    QList<AdminRule> adminRules(const YamlNode &node, bool ingress, bool cluster);

    void decodeNamespace(const YamlNode &object);
    void decodeServiceAccount(const YamlNode &object);
    void decodePod(const YamlNode &object);
    void decodeWorkload(const YamlNode &object, ResourceKind kind);
    void podSpec(const YamlNode &node, QString &serviceAccount, bool &hostNetwork,
        QList<ContainerPort> &ports, QString *nodeName);
    void podTemplate(const YamlNode &node, WorkloadTemplate &workload);
    void decodeService(const YamlNode &object);
    void decodeEndpointSlice(const YamlNode &object);
    void decodeNode(const YamlNode &object);

    QString m_file;
    QByteArrayView m_text;
    bool m_ascii = true;
    WorkspaceData &m_out;
    Diagnostics &m_diagnostics;

    const YamlTree *m_tree = nullptr;
    int m_document = 0;
    QString m_kindLabel; // for messages: "GlobalNetworkPolicy"
    bool m_strict = true; // projectcalico.org/v3 and networking.k8s.io/v1 NetworkPolicy
    std::shared_ptr<SourceMap> m_map;
    QString m_path;
    std::vector<qsizetype> m_componentStart;
    qint64 m_budget = 0;
    bool m_overBudget = false;
    int m_errors = 0; // errors reported so far
    int m_errorsAtBegin = 0; // ... when the current resource began
    bool m_notKept = false;
    bool m_inResource = false; // between beginResource() and finishResource()
    std::shared_ptr<const Diagnostic> m_readError; // the current resource's first error
    bool m_inList = false; // decoding the items of a List // the current resource's text has a
                           // field it does not keep
};

} // namespace ps
