#pragma once
// A Kubernetes label selector (metav1.LabelSelector) as the one-line text kubectl's -l takes,
// for the studio's Kubernetes NetworkPolicy form: `app=web,tier in (a,b),env!=prod,role,!debug`.
// matchLabels k: v is `k=v`; matchExpressions are `k in (v1,v2)`, `k notin (v1,v2)`, `k`
// (Exists) and `!k` (DoesNotExist); `k!=v` reads as `k notin (v)`. The text of an empty selector
// (everything) is "" — the form keeps "is there a selector at all" apart. Written in a fixed
// order (matchLabels by key, then the expressions as given), so reading what was written gives
// the same selector back; an operator Kubernetes does not know (a file's misspelt "Inn") is
// written as given, `k Inn (v1,v2)`, so it shows, and reads back as an error. Keys and values are
// checked as Kubernetes checks label keys and values; an error names the position and what is
// wrong.

#include <QCoreApplication>
#include <QString>

#include "core/model/kubernetes.h"
#include "core/model/result.h"

namespace ps {

class LabelSelectorText {
    Q_DECLARE_TR_FUNCTIONS(LabelSelectorText)

public:
    static QString format(const LabelSelector &selector);
    static Result<LabelSelector> parse(const QString &text);
};

} // namespace ps
