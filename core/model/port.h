#pragma once
// Port: Calico's int-or-string port (numorstring.Port): a single port, an inclusive range
// "min:max", or a named port.

#include <QString>

#include "core/model/result.h"

namespace ps {

class Port {
public:
    Port() = default;
    static Port single(int port) { return range(port, port); }
    static Port range(int min, int max);
    static Port named(const QString &name);
    /// Parse a YAML/JSON string value: "80", "80:90", or a name matching
    /// ^[a-zA-Z0-9_.-]{1,128}$. A number above 65535 or min > max is an error.
    static Result<Port> parse(const QString &text);

    bool isNamed() const { return !m_name.isEmpty(); }
    int min() const { return m_min; }
    int max() const { return m_max; }
    const QString &name() const { return m_name; }
    bool contains(int port) const { return !isNamed() && port >= m_min && port <= m_max; }

    /// "80", "80:90" or the name: the string form.
    QString toString() const;
    /// Serialised as a YAML/JSON number (a single numeric port) rather than a string.
    bool serialisesAsNumber() const { return !isNamed() && m_min == m_max; }

    friend bool operator==(const Port &, const Port &) = default;

private:
    int m_min = 0;
    int m_max = 0;
    QString m_name;
};

/// Kubernetes port-name rule (IANA_SVC_NAME): 1–15 of [a-z0-9-], at least one letter, no
/// leading, trailing or doubled '-'. Returns an empty string when valid, else the reason.
QString checkKubernetesPortName(const QString &name);

} // namespace ps
