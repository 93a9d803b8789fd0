#pragma once
// A small read-only JSON tree over one text, for flow records: parsed in one pass into a flat
// list of nodes that point into the text, so reading a record costs one allocation for the
// nodes and one per string read, not a tree of values. It reads RFC 8259 JSON strictly (no
// comments, no trailing commas, no control characters in strings); a key given twice means its
// last value, as in encoding/json. Private to core/flows.

#include <cstdint>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>

namespace ps {

class JsonDom;

/// One value of a JsonDom, or "undefined" (a missing key, an index past the end). Keys are
/// looked up in a hash table built once per text, so a record's many fields cost one probe each.
class JsonRef {
public:
    JsonRef() = default;

    bool isUndefined() const { return m_dom == nullptr; }
    bool isNull() const;
    bool isBool() const;
    bool isNumber() const;
    bool isString() const;
    bool isArray() const;
    bool isObject() const;

    /// The string's text, unescaped; "" for other values.
    QString toString() const;
    /// The number's value; 0 for other values.
    double toDouble() const;
    /// The number when it is a whole number that fits 64 bits (exactly, also past 2^53).
    std::optional<qint64> toWholeNumber() const;
    bool toBool() const;

    /// The member of an object named `key`; undefined for a missing key or another value.
    JsonRef value(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }

    /// The first element of an array (undefined when empty), and the element after this one.
    JsonRef first() const;
    JsonRef next() const;

    /// The value as it is written in the text.
    QByteArrayView text() const;

private:
    friend class JsonDom;
    JsonRef(const JsonDom *dom, std::uint32_t index) : m_dom(dom), m_index(index) { }
    const JsonDom *m_dom = nullptr;
    std::uint32_t m_index = 0;
};

class JsonDom {
    Q_DECLARE_TR_FUNCTIONS(JsonDom)
public:
    /// Parses `text`, which must outlive the JsonDom. False with error() and errorOffset()
    /// (the byte where the text stops being JSON) when it is not one JSON value.
    bool parse(QByteArrayView text);
    const QString &error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

    JsonRef root() const { return m_nodes.empty() ? JsonRef() : JsonRef(this, 0); }

private:
    friend class JsonRef;
    enum class Type : std::uint8_t { Null, False, True, Number, String, Array, Object };
    struct Node {
        Type type = Type::Null;
        bool escaped = false; // a string with backslash escapes
        std::uint32_t start = 0; // the value's first byte (a string's opening quote)
        std::uint32_t end = 0; // after its last byte
        std::uint32_t child = 0; // containers: the first element or key; 0: empty
        std::uint32_t next = 0; // the next element or key in the container; 0: none
    };

    /// Where an object's member is found: the object's node and its key's (0: an empty slot).
    struct Slot {
        std::uint32_t object = 0;
        std::uint32_t key = 0;
    };

    bool value(int depth);
    void index();
    std::uint32_t find(std::uint32_t object, QLatin1StringView key) const;
    static std::uint64_t hash(std::uint32_t object, QByteArrayView key);
    QByteArray keyText(std::uint32_t key) const;
    bool string();
    bool number();
    bool literal(const char *word, Type type);
    void skipSpace();
    bool fail(const QString &message);
    static QString unescape(QByteArrayView raw);

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    std::vector<Node> m_nodes;
    std::vector<Slot> m_members; // (object, key) in the order read, then a hash table of them
    QString m_error;
    qsizetype m_errorOffset = 0;
};

} // namespace ps
