#pragma once
// SelectorResult<T>: the value of a selector operation that can fail on bad input, or the
// SelectorError that says why and where. Used as SelectorParseResult = SelectorResult<Selector>.

#include <utility>
#include <variant>

#include "core/selector/selectorerror.h"

namespace ps {

template<class T> class SelectorResult {
public:
    SelectorResult(T value) : m_v(std::in_place_index<0>, std::move(value)) { }
    SelectorResult(SelectorError error) : m_v(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const SelectorError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, SelectorError> m_v;
};

} // namespace ps
