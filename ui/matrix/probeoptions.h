#pragma once
// ProbeOptions: the row of choices the Matrix and Graph panels share — group endpoints by
// namespace, service account, workload or pod; the protocol and the destination port to ask
// about — and the one reading of them both panels use (a port needs a protocol with ports).

#include <optional>

#include <QWidget>

#include "core/eval/matrix.h"
#include "core/model/result.h"

class QComboBox;
class QLineEdit;

namespace ps {

/// What the row asks about.
struct ProbeChoice {
    MatrixGrouping by = MatrixGrouping::Namespace;
    std::optional<int> protocol; // a protocol number; none = every protocol
    std::optional<int> port; // a destination port; none = every port
};

class ProbeOptions : public QWidget {
    Q_OBJECT
public:
    enum class Protocols {
        AnyOrOne, // "any" (first, chosen) and each protocol: the graph
        One, // one protocol, TCP at first: the matrix
    };
    ProbeOptions(Protocols protocols, QWidget *parent = nullptr);

    /// The choices; an error message (for the panel's status line) when the port is not a
    /// whole number from 0 to 65535 or the protocol has no ports.
    Result<ProbeChoice> choice() const;

    QComboBox *groupingCombo() const { return m_by; }
    QComboBox *protocolCombo() const { return m_protocol; }
    QLineEdit *portEdit() const { return m_port; }

Q_SIGNALS:
    /// Another grouping was chosen.
    void groupingChanged();
    /// Another protocol was chosen, or Return pressed in the port.
    void probeChanged();

private:
    QComboBox *m_by;
    QComboBox *m_protocol;
    QLineEdit *m_port;
};

} // namespace ps
