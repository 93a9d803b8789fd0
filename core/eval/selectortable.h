#pragma once
// SelectorTable: interns selector texts so that each distinct text is parsed once and can be
// referred to by a small integer id (the policy engine's "IP set" ids). Not thread-safe for
// interning; const lookups are. Copies share the parsed entries: an engine built after an edit
// starts from its predecessor's table, and ids stay what they were.

#include <memory>
#include <optional>
#include <vector>

#include <QHash>
#include <QString>

#include "core/selector/selector.h"

namespace ps {

class SelectorTable {
public:
    /// The id of text, parsing it the first time it is seen.
    int intern(const QString &text);
    /// The id of "(P) && !(N)" for two interned ids: Felix's combined positive set.
    int internCombined(int positive, int negative);

    int size() const { return int(m_entries.size()); }
    const QString &text(int id) const { return m_entries[size_t(id)]->text; }
    /// nullptr when the text does not parse.
    const Selector *selector(int id) const;
    const QString &error(int id) const { return m_entries[size_t(id)]->error; }

private:
    struct Entry {
        QString text;
        std::optional<Selector> selector;
        QString error;
    };
    int add(Entry entry);

    std::vector<std::shared_ptr<const Entry>> m_entries;
    QHash<QString, int> m_ids;
};

} // namespace ps
