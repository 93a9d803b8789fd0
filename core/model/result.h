#pragma once
// Result<T>: the return type of core functions that can fail. Holds either a value or an
// Error (message and, for input, where it came from). Result<void> is the form for operations
// that return nothing but can fail. Core code never throws across its API.

#include <optional>
#include <utility>
#include <variant>

#include <QString>
#include <QtGlobal>

namespace ps {

/// Why something failed and, when the failure is about input, where. Positions come in two
/// kinds, each with its own fields:
/// * in a file: `file`, `line` and `column`, 1-based, columns counted in characters (code
///   points) like every position the project prints;
/// * in a text passed as a string (a selector expression): `offset` and `byteOffset`, 0-based,
///   with `file`, `line` and `column` left unknown.
struct Error {
    QString message;
    QString file; // empty when the error is not about a file
    int line = 0; // 1-based; 0 = unknown
    int column = 0; // 1-based, in characters; 0 = unknown
    QString path; // field path, e.g. spec.ingress[0].action; may be empty
    /// Where in the text that was parsed: a 0-based index into that QString (UTF-16 code units),
    /// for placing a text cursor; -1 when the error is not about such a text.
    qsizetype offset = -1;
    /// The same place as a 0-based count of the UTF-8 bytes before it — what Calico's selector
    /// tokenizer reports as an error's column; -1 when unknown.
    qsizetype byteOffset = -1;

    /// "file:line:column: message [path]" with the parts that are known; an error in a text
    /// with no file starts "character N: " (N = offset + 1).
    QString toString() const;

    friend bool operator==(const Error &, const Error &) = default;
};

template<class T> class Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    /// The value; only when ok().
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// The value, or `fallback` when there is an error.
    template<class U> T value_or(U &&fallback) const &
    {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }
    template<class U> T value_or(U &&fallback) &&
    {
        return ok() ? std::move(*this).value() : static_cast<T>(std::forward<U>(fallback));
    }

    /// The error; only when !ok().
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Success (default-constructed) or an Error, for operations without a value.
template<> class Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    /// The error; only when !ok().
    const Error &error() const
    {
        Q_ASSERT(m_error);
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace ps
