#pragma once
// InheritedLabels: the labels an endpoint exposes to selectors when it inherits from profiles
// (docs/semantics.md: "Selectors"): its own labels first, then each parent's labels in list order,
// first hit wins. It only views the maps it is given; they must outlive it.

#include <initializer_list>
#include <vector>

#include <QString>

#include "core/selector/labelsource.h"

namespace ps {

class InheritedLabels {
public:
    explicit InheritedLabels(LabelSource own, std::initializer_list<LabelSource> parents = {})
    {
        m_sources.reserve(parents.size() + 1);
        m_sources.push_back(own);
        m_sources.insert(m_sources.end(), parents.begin(), parents.end());
    }

    void addParent(LabelSource parent) { m_sources.push_back(parent); }

    const QString *labelValue(const QString &key) const
    {
        for (const LabelSource &source : m_sources) {
            if (const QString *v = source.value(key))
                return v;
        }
        return nullptr;
    }

private:
    std::vector<LabelSource> m_sources;
};

} // namespace ps
