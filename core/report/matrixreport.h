#pragma once
// A connectivity matrix in every format policyctl prints: text, CSV, Markdown, DOT and JSON.

#include <QByteArray>
#include <QString>

#include "core/eval/matrix.h"

namespace ps {

QString matrixToText(const ConnectivityMatrix &m);
QString matrixToCsv(const ConnectivityMatrix &m);
QString matrixToMarkdown(const ConnectivityMatrix &m);
QString matrixToDot(const ConnectivityMatrix &m);
QByteArray matrixToJson(const ConnectivityMatrix &m);

} // namespace ps
