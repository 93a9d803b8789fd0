#pragma once
// The text forms of multi-valued fields in the policy editor's form: lists ("a, b, c") and
// ports ("80, 443, 8000:8080, http"). Parsing never throws; invalid input comes back with a
// message.

#include <optional>

#include <QList>
#include <QStringList>

#include "core/model/port.h"

namespace ps {

QString listToText(const QStringList &list);
QStringList listFromText(const QString &text);

QString portsToText(const QList<Port> &ports);
std::optional<QList<Port>> portsFromText(const QString &text, QString *error);

} // namespace ps
