#pragma once
// excerpt(): a value as messages quote it — on one line, and short. A diagnostic must stay one
// line and readable even when the value is a 200 KB selector or a folded block of many lines.

#include <QString>
#include <QStringView>

namespace ps {

/// At most about `width` characters of `text` around character `around`, with "…" where it
/// was cut, and every line break and tab shown as a space-like mark (↵, →) so the result is one
/// line. `text` itself when it is short and on one line.
QString excerpt(QStringView text, qsizetype around = 0, qsizetype width = 60);

/// `message` on one line: line breaks shown as ↵ (a message built from a value that was not
/// cut with excerpt() still prints as one line).
QString oneLine(QStringView message);

/// `message` with every run of more than `longest` characters without a space cut to its first
/// and last 40 characters around "…": a value of 200 KB quoted whole still makes a short
/// message, and a long file path keeps its file name. No name Kubernetes or Calico accepts is
/// longer than 253 characters.
QString shortWords(QStringView message, qsizetype longest = 256);

} // namespace ps
