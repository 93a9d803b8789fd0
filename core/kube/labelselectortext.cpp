#include "core/kube/labelselectortext.h"

#include <QRegularExpression>

namespace ps {

namespace {

// A label key: an optional DNS-subdomain prefix and "/", then a name of at most 63 characters:
// alphanumerics, '-', '_', '.', starting and ending alphanumeric. A value: the same name, or "".
const QRegularExpression &namePattern()
{
    static const QRegularExpression name(
        QStringLiteral("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$"));
    return name;
}

bool validName(const QString &name)
{
    return namePattern().match(name).hasMatch();
}

bool validKey(const QString &key)
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash < 0)
        return validName(key);
    const QString prefix = key.left(slash);
    static const QRegularExpression subdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return !prefix.isEmpty() && prefix.size() <= 253 && subdomain.match(prefix).hasMatch()
        && validName(key.mid(slash + 1));
}

bool validValue(const QString &value)
{
    return value.isEmpty() || validName(value);
}

// The parts of `text` separated by commas outside parentheses, with their offsets. The text's
// end ends the last part even inside an unclosed parenthesis ("app in (web" is one part, which
// the parser refuses; it used to be dropped, leaving a selector of everything).
QList<std::pair<qsizetype, QString>> terms(const QString &text)
{
    QList<std::pair<qsizetype, QString>> out;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u',');
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (c == u',' && (depth <= 0 || i == text.size())) {
            out.append({start, text.mid(start, i - start)});
            start = i + 1;
        }
    }
    return out;
}

} // namespace

QString LabelSelectorText::format(const LabelSelector &selector)
{
    QStringList parts;
    for (auto it = selector.matchLabels.cbegin(); it != selector.matchLabels.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    for (const LabelSelectorRequirement &r : selector.matchExpressions) {
        if (r.op == u"In")
            parts.append(QStringLiteral("%1 in (%2)").arg(r.key, r.values.join(u',')));
        else if (r.op == u"NotIn")
            parts.append(QStringLiteral("%1 notin (%2)").arg(r.key, r.values.join(u',')));
        else if (r.op == u"Exists")
            parts.append(r.key);
        else if (r.op == u"DoesNotExist")
            parts.append(u'!' + r.key);
        else // not a selector Kubernetes takes: shown as written, and it reads back as an error
            parts.append(QStringLiteral("%1 %2 (%3)").arg(r.key, r.op, r.values.join(u',')));
    }
    return parts.join(u',');
}

Result<LabelSelector> LabelSelectorText::parse(const QString &text)
{
    LabelSelector out;
    if (text.trimmed().isEmpty())
        return out;
    static const QRegularExpression setTerm(
        QStringLiteral("^\\s*(\\S+?)\\s+(in|notin)\\s*\\(([^()]*)\\)\\s*$"));
    for (const auto &[offset, raw] : terms(text)) {
        const QString term = raw.trimmed();
        const auto at = [&, offset = offset](const QString &message) {
            return Error {tr("column %1: %2").arg(offset + 1).arg(message)};
        };
        if (term.isEmpty())
            return at(tr("an empty requirement (two commas, or a comma at an end)"));
        if (const QRegularExpressionMatch m = setTerm.match(term); m.hasMatch()) {
            LabelSelectorRequirement r;
            r.key = m.captured(1);
            r.op = m.captured(2) == u"in" ? QStringLiteral("In") : QStringLiteral("NotIn");
            for (const QString &v : m.captured(3).split(u',')) {
                const QString value = v.trimmed();
                if (!validValue(value))
                    return at(tr("“%1” is not a label value").arg(value));
                r.values.append(value);
            }
            if (!validKey(r.key))
                return at(tr("“%1” is not a label key").arg(r.key));
            out.matchExpressions.append(r);
            continue;
        }
        if (term.contains(u'(') || term.contains(u')'))
            return at(tr("“%1”: write “key in (a,b)” or “key notin (a,b)”").arg(term));
        if (const qsizetype ne = term.indexOf(QStringLiteral("!=")); ne > 0) {
            LabelSelectorRequirement r;
            r.key = term.left(ne).trimmed();
            r.op = QStringLiteral("NotIn");
            r.values = {term.mid(ne + 2).trimmed()};
            if (!validKey(r.key))
                return at(tr("“%1” is not a label key").arg(r.key));
            if (!validValue(r.values.first()))
                return at(tr("“%1” is not a label value").arg(r.values.first()));
            out.matchExpressions.append(r);
            continue;
        }
        if (const qsizetype eq = term.indexOf(u'='); eq >= 0) {
            QString key = term.left(eq).trimmed();
            QString value = term.mid(eq + 1).trimmed();
            if (value.startsWith(u'='))
                value = value.mid(1).trimmed(); // "k==v" as kubectl takes it
            if (!validKey(key))
                return at(tr("“%1” is not a label key").arg(key));
            if (!validValue(value))
                return at(tr("“%1” is not a label value").arg(value));
            if (out.matchLabels.contains(key) && out.matchLabels.value(key) != value)
                return at(tr("“%1” is given two values").arg(key));
            out.matchLabels.insert(key, value);
            continue;
        }
        LabelSelectorRequirement r;
        r.op = term.startsWith(u'!') ? QStringLiteral("DoesNotExist") : QStringLiteral("Exists");
        r.key = term.startsWith(u'!') ? term.mid(1).trimmed() : term;
        if (!validKey(r.key))
            return at(tr("“%1” is not a label key").arg(r.key));
        out.matchExpressions.append(r);
    }
    return out;
}

} // namespace ps
