#pragma once
// The text forms of multi-valued fields in the policy editor's form: lists ("a, b, c"),
// labels ("key=value, key=value"), annotations (one "key=value" per line) and ports
// ("80, 443, 8000:8080, http"). Parsing never throws; invalid input comes back with a message.

#include <optional>

#include <QList>
#include <QStringList>

#include "core/model/meta.h"
#include "core/model/port.h"

namespace ps {

QString listToText(const QStringList &list);
QStringList listFromText(const QString &text);

/// `separator` ", " for labels on one line, "\n" for annotations.
QString labelsToText(const Labels &labels, const QString &separator);
/// nullopt (and `error` set) when an entry has no '=' or an empty key.
std::optional<Labels> labelsFromText(const QString &text, QChar separator, QString *error);

QString portsToText(const QList<Port> &ports);
std::optional<QList<Port>> portsFromText(const QString &text, QString *error);

} // namespace ps
