#pragma once
// JsonWriter: compact JSON whose keys stay in the order they are written (QJsonObject sorts
// them; policyctl's JSON contract documents an order). Strings are UTF-8 with the JSON escapes
// for quotes, backslashes and control characters.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ps {

class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray(const char *key = nullptr);
    void endArray();
    void key(const char *key);
    void value(const QString &s);
    void value(int n);
    void value64(qint64 n);
    /// A JSON number, the shortest text that reads back as `d`; null for what JSON cannot
    /// write (NaN, infinity).
    void valueDouble(double d);
    void value(bool b);
    void null();
    void field(const char *key, const QString &s)
    {
        this->key(key);
        value(s);
    }
    void field(const char *key, int n)
    {
        this->key(key);
        value(n);
    }
    void fieldBool(const char *key, bool b)
    {
        this->key(key);
        value(b);
    }
    /// `"key":["a","b",...]`
    void fieldStrings(const char *key, const QStringList &strings)
    {
        beginArray(key);
        for (const QString &s : strings)
            value(s);
        endArray();
    }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace ps
