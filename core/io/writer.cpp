#include "core/io/writer.h"

#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/outnode_p.h"
#include "core/io/resourceencoder_p.h"

namespace ps {

namespace {

template<class T> void encodeAll(std::vector<OutNode> &documents, const QList<T> &values)
{
    for (const T &value : values)
        documents.push_back(ResourceEncoder::encode(value));
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
        return jsonText(list);
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
        return jsonText(doc.toJson().toObject());
    return doc.toYaml();
}

} // namespace ps
