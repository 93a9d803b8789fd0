#pragma once
// Result<T>: the return type of core functions that can fail. Holds either a value or an
// Error (message and, for input, where it came from). Core code never throws across its API.

#include <utility>
#include <variant>

#include <QString>

namespace ps {

struct Error {
    QString message;
    QString file;    // empty when the error is not about a file
    int line = 0;    // 1-based; 0 = unknown
    int column = 0;  // 1-based; 0 = unknown
    QString path;    // field path, e.g. spec.ingress[0].action; may be empty

    /// "file:line:column: message [path]" with the parts that are known.
    QString toString() const;
};

template <class T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

} // namespace ps
