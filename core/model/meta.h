#pragma once
// ObjectMeta: the metadata every resource carries.

#include <QMap>
#include <QString>

namespace ps {

using Labels = QMap<QString, QString>;

struct ObjectMeta {
    QString name;
    QString namespace_; // empty for cluster-scoped kinds
    Labels labels;
    Labels annotations;
    QString resourceVersion; // kept so a round trip through calicoctl output is lossless
    QString uid;
    QString creationTimestamp;
    QString generateName;

    friend bool operator==(const ObjectMeta &, const ObjectMeta &) = default;
};

} // namespace ps
