#include "core/validate/selectorrules_p.h"

#include "core/model/excerpt.h"
#include "core/selector/selector.h"
#include "core/validate/diagnosticsink.h"
#include "core/validate/namerules.h"

namespace ps {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

QStringView trimBlanks(QStringView s)
{
    while (!s.isEmpty() && isBlank(s.front()))
        s = s.mid(1);
    while (!s.isEmpty() && isBlank(s.back()))
        s.chop(1);
    return s;
}

} // namespace

bool SelectorRules::isInvalidGlobalUse(const QString &text)
{
    if (!text.contains(QStringLiteral("global(")))
        return false;
    // Calico tokenizes the selector and accepts exactly [Global, EOF].
    QStringView s = trimBlanks(text);
    if (!s.startsWith(u"global("))
        return true;
    s = trimBlanks(s.mid(7));
    return s != u")";
}

void SelectorRules::check(
    DiagnosticSink &sink, const QString &path, const QString &text, SelectorRole role)
{
    const int length = NameRules::utf8Length(text);
    if (length > kMaxLength) {
        sink.error(path,
            tr("selector is %1 characters long; the maximum is %2").arg(length).arg(kMaxLength));
    }

    const Result<Selector> parsed = Selector::parse(text);
    if (!parsed.ok()) {
        const Error &e = parsed.error();
        sink.errorInValue(path, text, e.offset,
            tr("invalid selector \"%1\": %2 (at character %3 of the selector)")
                .arg(excerpt(text, e.offset), excerpt(e.message, 0, 200))
                .arg(e.offset + 1));
    }

    switch (role) {
    case SelectorRole::PolicySelector:
    case SelectorRole::PolicyServiceAccountSelector:
    case SelectorRole::PolicyNamespaceSelector:
    case SelectorRole::RuleSelector:
    case SelectorRole::IpPoolSelector:
        if (text.contains(QStringLiteral("global("))) {
            sink.error(path,
                tr("global() can only be used in a rule's namespaceSelector "
                   "(Calico rejects any selector here that contains \"global(\", "
                   "even inside a quoted value)"));
        }
        break;
    case SelectorRole::RuleNamespaceSelector:
        if (isInvalidGlobalUse(text)) {
            sink.error(path,
                tr("global() cannot be combined with other selectors: a "
                   "namespaceSelector that uses global() must be exactly "
                   "\"global()\""));
        }
        break;
    case SelectorRole::RuleNotSelector:
        if (text.contains(QStringLiteral("global("))) {
            sink.warning(path,
                tr("global() has no special meaning in a notSelector: it is "
                   "true for every endpoint, so this rule only matches "
                   "addresses outside the cluster"));
        }
        break;
    case SelectorRole::ServiceAccountSelector:
        break;
    }
}

} // namespace ps
