#pragma once
// JsonObjectBuilder: one compact JSON object whose keys stay in the order they were added.
// QJsonObject sorts its keys; policyctl's JSON contract prints them in the documented order
// ({valid, canonical, id, ipset, matches, error}, {severity, message, file, ...}).

#include <QString>
#include <QStringView>

namespace ps::cli {

class JsonObjectBuilder {
public:
    JsonObjectBuilder &addString(QStringView key, QStringView value);
    JsonObjectBuilder &addBool(QStringView key, bool value);
    JsonObjectBuilder &addNumber(QStringView key, qint64 value);
    JsonObjectBuilder &addNull(QStringView key);
    /// `json` is already JSON text (an object, an array, ...).
    JsonObjectBuilder &addRaw(QStringView key, QStringView json);

    /// "{...}" on one line.
    QString toString() const { return u'{' + m_text + u'}'; }

    /// A JSON string literal with the quotes; non-ASCII characters are kept as they are.
    static QString quote(QStringView text);

private:
    void addKey(QStringView key);

    QString m_text;
};

} // namespace ps::cli
