#include "ui/editor/formtext.h"

namespace ps {

QString listToText(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QStringList listFromText(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(u','))
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    return list;
}

QString portsToText(const QList<Port> &ports)
{
    QStringList texts;
    for (const Port &port : ports)
        texts.append(port.toString());
    return texts.join(QStringLiteral(", "));
}

std::optional<QList<Port>> portsFromText(const QString &text, QString *error)
{
    QList<Port> ports;
    for (const QString &part : listFromText(text)) {
        const Result<Port> port = Port::parse(part);
        if (!port) {
            if (error)
                *error = port.error().message;
            return std::nullopt;
        }
        ports.append(port.value());
    }
    return ports;
}

} // namespace ps
