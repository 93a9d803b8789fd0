#include "core/io/writer.h"

#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/outnode_p.h"
#include "core/io/resourceencoder_p.h"

namespace ps {

namespace {

// Calls `f` with every resource of the workspace in the Writer's order: Calico resources first,
// tiers before the policies that use them, then Kubernetes policies, then the inventory,
// namespaces before what lives in them.
template<class F> void forEachInWriteOrder(const WorkspaceData &d, F &&f)
{
    const auto all = [&f](const auto &values) {
        for (const auto &value : values)
            f(value);
    };
    all(d.tiers);
    all(d.policies);
    all(d.profiles);
    all(d.networkSets);
    all(d.hostEndpoints);
    all(d.ipPools);
    all(d.felixConfigurations);
    all(d.kubernetesPolicies);
    all(d.adminPolicies);
    all(d.namespaces);
    all(d.serviceAccounts);
    all(d.nodes);
    all(d.workloads);
    all(d.pods);
    all(d.services);
    all(d.endpointSlices);
}

// QJsonDocument writes every character of a string as it is; the ones YAML readers cannot take
// raw (mustEscapeInYaml) can only occur inside strings here, so they become \u escapes, which
// every JSON and YAML reader reads back as the same character.
QByteArray yamlSafeJson(const QByteArray &json)
{
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < json.size();) {
        const auto b = static_cast<unsigned char>(json[i]);
        qsizetype length = 1;
        char32_t c = b;
        if (b >= 0xE0 && b < 0xF0 && i + 2 < json.size()) {
            length = 3;
            c = char32_t(b & 0x0F) << 12 | char32_t(json[i + 1] & 0x3F) << 6 | (json[i + 2] & 0x3F);
        } else if (b >= 0xC0 && b < 0xE0 && i + 1 < json.size()) {
            length = 2;
            c = char32_t(b & 0x1F) << 6 | (json[i + 1] & 0x3F);
        } else if (b >= 0xF0) {
            length = 4;
        }
        if (mustEscapeInYaml(c)) {
            out += QByteArrayView(json).sliced(copied, i - copied);
            out += "\\u" + QByteArray::number(uint(c), 16).toUpper().rightJustified(4, '0');
            copied = i + length;
        }
        i += length;
    }
    if (copied == 0)
        return json;
    out += QByteArrayView(json).sliced(copied);
    return out;
}

QByteArray jsonText(const QJsonObject &object)
{
    return yamlSafeJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

QByteArray Writer::write(const Workspace &workspace, OutputFormat format) const
{
    if (format == OutputFormat::Json) {
        QJsonArray items;
        forEachInWriteOrder(workspace.data(),
            [&](const auto &value) { items.append(ResourceEncoder::encode(value).toJson()); });
        QJsonObject list;
        list.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
        list.insert(QStringLiteral("kind"), QStringLiteral("List"));
        list.insert(QStringLiteral("items"), items);
        return jsonText(list);
    }
    // One document at a time: a large workspace never has all its trees in memory.
    QByteArray out;
    bool first = true;
    forEachInWriteOrder(workspace.data(), [&](const auto &value) {
        if (!first)
            out += "---\n";
        first = false;
        out += ResourceEncoder::encode(value).toYaml();
    });
    return out;
}

QByteArray Writer::write(const CalicoPolicy &policy, OutputFormat format) const
{
    return writeResource(policy, format);
}

template<class T> QByteArray Writer::writeResource(const T &resource, OutputFormat format) const
{
    const OutNode doc = ResourceEncoder::encode(resource);
    if (format == OutputFormat::Json)
        return jsonText(doc.toJson().toObject());
    return doc.toYaml();
}

template<class T> QByteArray Writer::writeResourceCompactJson(const T &resource) const
{
    return ResourceEncoder::encode(resource).toCompactJson();
}

template QByteArray Writer::writeResource(const CalicoPolicy &, OutputFormat) const;
template QByteArray Writer::writeResource(const Tier &, OutputFormat) const;
template QByteArray Writer::writeResource(const Profile &, OutputFormat) const;
template QByteArray Writer::writeResource(const NetworkSet &, OutputFormat) const;
template QByteArray Writer::writeResource(const HostEndpoint &, OutputFormat) const;
template QByteArray Writer::writeResource(const IpPool &, OutputFormat) const;
template QByteArray Writer::writeResource(const FelixConfiguration &, OutputFormat) const;
template QByteArray Writer::writeResource(const KubernetesNetworkPolicy &, OutputFormat) const;
template QByteArray Writer::writeResource(const AdminPolicy &, OutputFormat) const;
template QByteArray Writer::writeResource(const Namespace &, OutputFormat) const;
template QByteArray Writer::writeResource(const Pod &, OutputFormat) const;
template QByteArray Writer::writeResource(const ServiceAccount &, OutputFormat) const;
template QByteArray Writer::writeResource(const Service &, OutputFormat) const;
template QByteArray Writer::writeResource(const EndpointSlice &, OutputFormat) const;
template QByteArray Writer::writeResource(const Node &, OutputFormat) const;
template QByteArray Writer::writeResource(const WorkloadTemplate &, OutputFormat) const;

template QByteArray Writer::writeResourceCompactJson(const CalicoPolicy &) const;
template QByteArray Writer::writeResourceCompactJson(const Tier &) const;
template QByteArray Writer::writeResourceCompactJson(const Profile &) const;
template QByteArray Writer::writeResourceCompactJson(const NetworkSet &) const;
template QByteArray Writer::writeResourceCompactJson(const HostEndpoint &) const;
template QByteArray Writer::writeResourceCompactJson(const IpPool &) const;
template QByteArray Writer::writeResourceCompactJson(const FelixConfiguration &) const;
template QByteArray Writer::writeResourceCompactJson(const KubernetesNetworkPolicy &) const;
template QByteArray Writer::writeResourceCompactJson(const AdminPolicy &) const;
template QByteArray Writer::writeResourceCompactJson(const Namespace &) const;
template QByteArray Writer::writeResourceCompactJson(const Pod &) const;
template QByteArray Writer::writeResourceCompactJson(const ServiceAccount &) const;
template QByteArray Writer::writeResourceCompactJson(const Service &) const;
template QByteArray Writer::writeResourceCompactJson(const EndpointSlice &) const;
template QByteArray Writer::writeResourceCompactJson(const Node &) const;
template QByteArray Writer::writeResourceCompactJson(const WorkloadTemplate &) const;

} // namespace ps
