#include "core/io/writer.h"

#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/outnode.h"
#include "core/io/resourceencoder.h"

namespace ps {

namespace {

template<class T> void encodeAll(std::vector<OutNode> &documents, const QList<T> &values)
{
    for (const T &value : values)
        documents.push_back(ResourceEncoder::encode(value));
}

QByteArray print(const std::vector<OutNode> &documents, OutputFormat format)
{
    if (format == OutputFormat::Json) {
        QJsonArray items;
        for (const OutNode &doc : documents)
            items.append(doc.toJson());
        QJsonObject list;
        list.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
        list.insert(QStringLiteral("kind"), QStringLiteral("List"));
        list.insert(QStringLiteral("items"), items);
        return QJsonDocument(list).toJson(QJsonDocument::Indented);
    }
    QByteArray out;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        if (i > 0)
            out += "---\n";
        out += documents[i].toYaml();
    }
    return out;
}

} // namespace

QByteArray Writer::write(const Workspace &workspace, OutputFormat format) const
{
    const WorkspaceData &d = workspace.data();
    std::vector<OutNode> documents;
    documents.reserve(size_t(workspace.resourceCount()));
    // Calico resources first, tiers before the policies that use them.
    encodeAll(documents, d.tiers);
    encodeAll(documents, d.policies);
    encodeAll(documents, d.profiles);
    encodeAll(documents, d.networkSets);
    encodeAll(documents, d.hostEndpoints);
    encodeAll(documents, d.kubernetesPolicies);
    // The inventory, namespaces before what lives in them.
    encodeAll(documents, d.namespaces);
    encodeAll(documents, d.serviceAccounts);
    encodeAll(documents, d.nodes);
    encodeAll(documents, d.workloads);
    encodeAll(documents, d.pods);
    encodeAll(documents, d.services);
    encodeAll(documents, d.endpointSlices);
    return print(documents, format);
}

QByteArray Writer::write(const CalicoPolicy &policy, OutputFormat format) const
{
    const OutNode doc = ResourceEncoder::encode(policy);
    if (format == OutputFormat::Json)
        return QJsonDocument(doc.toJson().toObject()).toJson(QJsonDocument::Indented);
    return doc.toYaml();
}

} // namespace ps
