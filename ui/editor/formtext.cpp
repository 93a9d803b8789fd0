#include "ui/editor/formtext.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct FormText {
    Q_DECLARE_TR_FUNCTIONS(FormText)
};

} // namespace

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

QString labelsToText(const Labels &labels, const QString &separator)
{
    QStringList entries;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        entries.append(it.key() + u'=' + it.value());
    return entries.join(separator);
}

std::optional<Labels> labelsFromText(const QString &text, QChar separator, QString *error)
{
    Labels labels;
    for (const QString &part : text.split(separator)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype eq = entry.indexOf(u'=');
        if (eq <= 0) {
            if (error)
                *error = FormText::tr("\"%1\" is not key=value").arg(entry);
            return std::nullopt;
        }
        labels.insert(entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed());
    }
    return labels;
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
