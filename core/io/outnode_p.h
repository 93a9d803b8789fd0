#pragma once
// OutNode: a small ordered document tree (mappings keep insertion order) that the Writer
// builds from model values and then prints as block-style YAML or as JSON (QJsonDocument).
// The YAML is printed here rather than by yaml-cpp's Emitter, which cannot write some
// characters back (U+FFFE and U+FFFF become U+FFFD): strings are plain when every YAML
// reader reads them back unchanged, double-quoted with escapes otherwise. Private to core/io.

#include <vector>

#include <QJsonValue>
#include <QString>

namespace ps {

/// Characters a YAML 1.1 reader (libyaml, and the Go parser kubectl and calicoctl use) refuses
/// or takes for a line break when written as they are — DEL, the C1 controls, LINE and
/// PARAGRAPH SEPARATOR, U+FFFE/U+FFFF — and the byte order mark, which is easily lost: they
/// are written as \u escapes, in YAML and in JSON. (C0 controls are escaped by both anyway.)
constexpr bool mustEscapeInYaml(char32_t c)
{
    return (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE
        || c == 0xFFFF;
}

class OutNode {
public:
    enum class Type { String, Number, Bool, Map, Sequence };

    static OutNode string(const QString &text);
    static OutNode number(double value);
    static OutNode boolean(bool value);
    static OutNode mapping();
    static OutNode sequence();

    Type type() const { return m_type; }
    /// String: the text; Number: its canonical text ("100", "0.5"); Bool: "true"/"false".
    const QString &text() const { return m_text; }
    double numberValue() const { return m_number; }
    bool boolValue() const { return m_bool; }

    /// Mapping: appends a key (keys are written in insertion order).
    OutNode &insert(const QString &key, OutNode value);
    /// Sequence: appends an item.
    OutNode &append(OutNode value);

    bool isEmpty() const { return m_values.empty(); }
    std::size_t size() const { return m_values.size(); }
    const QString &key(std::size_t i) const { return m_keys[i]; }
    const OutNode &value(std::size_t i) const { return m_values[i]; }

    /// The YAML text of a number: integers without a fraction, otherwise the shortest text
    /// that reads back as the same double.
    static QString formatNumber(double value);

    /// As a JSON value (mapping keys end up sorted, as QJsonObject keeps them).
    QJsonValue toJson() const;
    /// Block-style YAML for one document, without the "---" separator.
    QByteArray toYaml() const;
    /// On one line in flow style, keys in insertion order: JSON (`json`) or YAML
    /// ({key: value, list: [a, b]}, scalars plain where that is safe inside brackets).
    QByteArray toFlow(bool json) const;
    /// JSON on one line without spaces, keys in insertion order (as Go's encoding/json writes
    /// a struct).
    QByteArray toCompactJson() const;

    /// The YAML text of a scalar as the Writer writes it: numbers and booleans as they are,
    /// strings plain when every reader reads them back unchanged (`flow`: also inside
    /// brackets), double-quoted with escapes otherwise. The one quoting policy of the core.
    QString yamlScalar(bool flow = false) const;
    /// `text` in double quotes with the escapes YAML and JSON readers share.
    static QString doubleQuoted(const QString &text);
    /// Whether `text` reads back as the same string when written plain (`flow`: inside
    /// brackets, where ",[]{}" end a plain scalar).
    static bool canBePlain(const QString &text, bool flow = false);

    /// Same type, same text, same keys and values in the same order.
    friend bool operator==(const OutNode &a, const OutNode &b);

private:
    Type m_type = Type::Map;
    QString m_text;
    double m_number = 0;
    bool m_bool = false;
    std::vector<QString> m_keys; // Map only
    std::vector<OutNode> m_values; // Map values / Sequence items
};

} // namespace ps
